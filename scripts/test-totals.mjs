// Prints the totals of `npm test` as one line, "N passed, N failed", from the
// runners' JSON reports. A step that failed before reporting (typecheck, lint)
// counts as one failure, so a red run never prints "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (existsSync('test-results/e2e.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  // A test that passed only on its retry: counted as passed, and named, so it gets fixed.
  if (e2e.stats.flaky > 0) {
    const flaky = [];
    const walk = (suite) => {
      for (const spec of suite.specs ?? [])
        for (const test of spec.tests ?? []) if (test.status === 'flaky') flaky.push(`${spec.file}: ${spec.title}`);
      for (const child of suite.suites ?? []) walk(child);
    };
    for (const suite of e2e.suites ?? []) walk(suite);
    console.log(`flaky (passed on retry): ${flaky.join('; ')}`);
  }
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
