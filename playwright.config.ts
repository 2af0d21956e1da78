import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './bench/chromium.ts';

// Overridable so two checkouts (or two people on one machine) can run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const OUT = process.env.E2E_OUT ?? 'dist-e2e';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  // The build on texts no one expected, for e2e/odd-text.spec.ts (built only when the run can use it).
  globalSetup: './e2e/support/odd-text-server.ts',
  fullyParallel: true,
  workers: 2,
  // On CI a test that fails is run once more, and a pass on the retry is reported as flaky
  // (scripts/test-totals.mjs names them): a 2-core machine under a full suite has
  // shown timing races that a person then fixes; locally nothing is retried.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
    trace: 'retain-on-failure',
    // The service worker would answer requests before page.route sees them: tests
    // meet the network as a first visit does. The offline journey allows it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', testIgnore: /phone\.spec\.ts/, use: { viewport: { width: 1440, height: 900 } } },
    { name: 'phone', testMatch: /phone\.spec\.ts/, use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } },
  ],
  webServer: {
    // The production build plus the test-only chart hook and a short load timeout
    // (see .env.e2e), served as people get it: `vite preview` with the security
    // headers and a 404 for a missing file (scripts/security.ts).
    command: `npx vite build --mode e2e --outDir ${OUT} && npx tsx scripts/prerender.ts ${OUT} --mode e2e && npx vite preview --outDir ${OUT} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
