// `npm run bench:compare -- <dist-a> <dist-b> [--rounds 8]`
// Filter-toggle latency of two hook builds (`vite build --mode e2e`, e.g. of two
// commits), measured page by page in turn, so that both see the same machine:
// this machine's speed drifts by a third between runs, which hides a change of a
// few milliseconds when builds are measured one after the other. Pools the
// toggles of each build and prints median and p95, all and warm.
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { journey, median, p95 } from './measure.ts';
import { serveStatic } from './static-server.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args[at + 1]) : 8;
const dirs = args.filter((a, k) => !a.startsWith('--') && k !== at + 1);
if (dirs.length < 2 || !(rounds > 0)) throw new Error('usage: npm run bench:compare -- <dist-a> <dist-b> [--rounds N]');

const TOGGLES = 50;
/** Toggles per page left out of the warm figure, as in run.ts. */
const WARM_UP = 5;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const servers = await Promise.all(dirs.map((dir) => serveStatic(dir, 0)));
const toggles = dirs.map(() => [] as number[]);
try {
  for (let round = 0; round < rounds; round++) {
    // Alternate which build goes first, so neither always meets a page just closed.
    const order = round % 2 === 0 ? dirs.map((_, k) => k) : dirs.map((_, k) => dirs.length - 1 - k);
    for (const k of order) {
      const address = servers[k]!.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      toggles[k]!.push(...(await journey(browser, `http://127.0.0.1:${port}`, TOGGLES)).toggleMs);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}

const ms = (n: number) => n.toFixed(1);
console.log('| build | toggles | median | p95 | warm median | warm p95 |\n|---|---|---|---|---|---|');
dirs.forEach((dir, k) => {
  const all = toggles[k]!;
  const warm = all.filter((_, i) => i % TOGGLES >= WARM_UP);
  console.log(
    `| ${dir} | ${all.length} | ${ms(median(all))} | ${ms(p95(all))} | ${ms(median(warm))} | ${ms(p95(warm))} |`,
  );
});
