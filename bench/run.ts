// `npm run bench [-- --scale 1,10,100,1000] [--runs 5] [--toggles 50] [--no-lighthouse]`
// Builds the production bundle (and, at scale 1, the reference build), serves each
// on localhost, drives Debian's Chromium through the journeys in measure.ts in
// fresh browser contexts, prints a table and writes bench/results.json.
// A script, not a test: timings are reported here, never asserted in `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Dataset } from '../src/domain/schema.ts';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from './chromium.ts';
import { journey, loadArticle, loadOverview, median, p95, type Bytes, type JourneyResult } from './measure.ts';
import { scaleDataset } from './scale.ts';
import { serveStatic } from './static-server.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const scales = option('scale', '1').split(',').map(Number);
const runs = Number(option('runs', '5'));
const toggles = Number(option('toggles', '50'));
const lighthouse = !args.includes('--no-lighthouse');
const OUT = resolve('bench/out');
/** Toggles per page counted as warm-up in the second toggle figure (never left out of the first). */
const WARM_UP = 5;

function build(outDir: string, mode: string, dataset: string, env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['vite', 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, PULSE_DATASET: dataset, ...env },
    encoding: 'utf8',
  });
  // The build prerenders `/` itself (vite.config.ts); the reference stays a plain single-page app.
  if (result.status !== 0) throw new Error(`build ${mode} failed:\n${result.stderr}`);
}

/** Serves a build on a free port of 127.0.0.1. */
async function serve(outDir: string): Promise<{ url: string; kill: () => void }> {
  const server = await serveStatic(outDir, 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, kill: () => server.close() };
}

const sum = (b: Bytes, keys: (keyof Bytes)[], kind: 'raw' | 'gzip') => keys.reduce((s, k) => s + b[k][kind], 0);
const kb = (n: number) => Math.round(n / 102.4) / 10;
const ms = (n: number) => Math.round(n);

interface VariantResult {
  firstLoad: {
    jsGzipKB: number;
    jsRawKB: number;
    cssGzipKB: number;
    dataGzipKB: number;
    dataRawKB: number;
    mapGzipKB: number;
    mapRawKB: number;
    entryJsGzipKB: number;
  };
  articleLoad: {
    jsGzipKB: number;
    dataGzipKB: number;
    dataRawKB: number;
    mapGzipKB: number;
    quoteMs: { median: number; p95: number };
    chartCodeLoaded: boolean;
  };
  firstChartMs: { median: number; p95: number };
  mapMs: { median: number; p95: number };
  lcpMs: { median: number; p95: number };
  /** The first filter on `/`, which loads the whole index. */
  firstFilterMs: { median: number; p95: number };
  toggleMs: { median: number; p95: number; count: number };
  /** The same without each page's first toggles, which run code not yet compiled: where the tail comes from. */
  warmToggleMs: { median: number; p95: number; count: number };
  openArticleMs: { median: number; p95: number };
  searchMs: { median: number; p95: number };
  peakHeapMB: number;
}

async function measureVariant(
  name: string,
  dist: string,
  hookDist: string,
  articlePath: string,
): Promise<VariantResult> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  let server = await serve(dist);
  const loads = [];
  const articles = [];
  try {
    for (let r = 0; r < runs; r++) loads.push(await loadOverview(browser, server.url));
    for (let r = 0; r < runs; r++) articles.push(await loadArticle(browser, server.url, articlePath));
  } finally {
    server.kill();
  }
  server = await serve(hookDist);
  const journeys: JourneyResult[] = [];
  try {
    for (let r = 0; r < runs; r++) journeys.push(await journey(browser, server.url, toggles));
  } finally {
    server.kill();
    await browser.close();
  }
  const entry = readFileSync(join(dist, 'index.html'), 'utf8').match(/src="(\/assets\/index-[^"]+\.js)"/)?.[1];
  const entryGzip = entry ? (await import('node:zlib')).gzipSync(readFileSync(join(dist, entry))).length : 0;
  const stat = (values: number[]) => ({ median: ms(median(values)), p95: ms(p95(values)) });
  const b = loads[0]!.bytes;
  const a = articles[0]!.bytes;
  console.log(`  measured ${name}`);
  return {
    firstLoad: {
      jsGzipKB: kb(b.js.gzip),
      jsRawKB: kb(b.js.raw),
      cssGzipKB: kb(b.css.gzip),
      dataGzipKB: kb(b.data.gzip),
      dataRawKB: kb(b.data.raw),
      mapGzipKB: kb(b.map.gzip),
      mapRawKB: kb(b.map.raw),
      entryJsGzipKB: kb(entryGzip),
    },
    articleLoad: {
      jsGzipKB: kb(sum(a, ['js'], 'gzip')),
      dataGzipKB: kb(a.data.gzip),
      dataRawKB: kb(a.data.raw),
      mapGzipKB: kb(a.map.gzip),
      quoteMs: stat(articles.map((x) => x.quoteMs)),
      chartCodeLoaded: articles.some((x) => x.chartCodeLoaded),
    },
    firstChartMs: stat(loads.map((l) => l.firstChartMs)),
    mapMs: stat(loads.map((l) => l.mapMs)),
    lcpMs: stat(loads.map((l) => l.lcpMs)),
    firstFilterMs: stat(journeys.map((j) => j.firstFilterMs)),
    toggleMs: { ...stat(journeys.flatMap((j) => j.toggleMs)), count: journeys.flatMap((j) => j.toggleMs).length },
    warmToggleMs: {
      ...stat(journeys.flatMap((j) => j.toggleMs.slice(WARM_UP))),
      count: journeys.flatMap((j) => j.toggleMs.slice(WARM_UP)).length,
    },
    openArticleMs: stat(journeys.map((j) => j.openArticleMs)),
    searchMs: stat(journeys.map((j) => j.searchMs)),
    peakHeapMB: Math.round(Math.max(...journeys.map((j) => j.peakHeapBytes)) / 1048576),
  };
}

/** Lighthouse runs in a child process; async, because the server it loads lives in this one. */
async function runLighthouse(url: string): Promise<Record<string, number>> {
  const file = join(OUT, 'lighthouse.json');
  const flags = FLAGS.join(' ').replace('--headless', '--headless=new');
  const child = spawn(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${flags}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) {
    console.warn(`lighthouse failed: ${stderr.slice(0, 400)}`);
    return {};
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as { categories: Record<string, { score: number }> };
  return Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
}

function printTable(scale: number, app: VariantResult, reference?: VariantResult) {
  const rows: [string, number | string, number | string | undefined][] = [
    [
      'first load / : JS gzip KB (raw)',
      `${app.firstLoad.jsGzipKB} (${app.firstLoad.jsRawKB})`,
      reference && `${reference.firstLoad.jsGzipKB} (${reference.firstLoad.jsRawKB})`,
    ],
    ['  entry JS before first paint, gzip KB', app.firstLoad.entryJsGzipKB, reference?.firstLoad.entryJsGzipKB],
    ['  CSS gzip KB', app.firstLoad.cssGzipKB, reference?.firstLoad.cssGzipKB],
    [
      '  data gzip KB (raw)',
      `${app.firstLoad.dataGzipKB} (${app.firstLoad.dataRawKB})`,
      reference && `${reference.firstLoad.dataGzipKB} (${reference.firstLoad.dataRawKB})`,
    ],
    [
      '  map gzip KB (raw)',
      `${app.firstLoad.mapGzipKB} (${app.firstLoad.mapRawKB})`,
      reference && `${reference.firstLoad.mapGzipKB} (${reference.firstLoad.mapRawKB})`,
    ],
    [
      'cold article link: JS / data / map gzip KB',
      `${app.articleLoad.jsGzipKB} / ${app.articleLoad.dataGzipKB} / ${app.articleLoad.mapGzipKB}`,
      reference &&
        `${reference.articleLoad.jsGzipKB} / ${reference.articleLoad.dataGzipKB} / ${reference.articleLoad.mapGzipKB}`,
    ],
    [
      '  data raw KB (its slice in its page, and its text)',
      app.articleLoad.dataRawKB,
      reference?.articleLoad.dataRawKB,
    ],
    [
      '  chart code loaded on article link',
      String(app.articleLoad.chartCodeLoaded),
      reference && String(reference.articleLoad.chartCodeLoaded),
    ],
    [
      '  quote shown ms (median / p95)',
      `${app.articleLoad.quoteMs.median} / ${app.articleLoad.quoteMs.p95}`,
      reference && `${reference.articleLoad.quoteMs.median} / ${reference.articleLoad.quoteMs.p95}`,
    ],
    [
      'first chart drawn ms (median / p95)',
      `${app.firstChartMs.median} / ${app.firstChartMs.p95}`,
      reference && `${reference.firstChartMs.median} / ${reference.firstChartMs.p95}`,
    ],
    [
      'map drawn ms (median / p95)',
      `${app.mapMs.median} / ${app.mapMs.p95}`,
      reference && `${reference.mapMs.median} / ${reference.mapMs.p95}`,
    ],
    [
      'LCP ms (median / p95)',
      `${app.lcpMs.median} / ${app.lcpMs.p95}`,
      reference && `${reference.lcpMs.median} / ${reference.lcpMs.p95}`,
    ],
    [
      'first filter on / ms, loads the whole index (median / p95)',
      `${app.firstFilterMs.median} / ${app.firstFilterMs.p95}`,
      reference?.firstFilterMs && `${reference.firstFilterMs.median} / ${reference.firstFilterMs.p95}`,
    ],
    [
      `filter toggle ms (median / p95 of ${app.toggleMs.count})`,
      `${app.toggleMs.median} / ${app.toggleMs.p95}`,
      reference && `${reference.toggleMs.median} / ${reference.toggleMs.p95}`,
    ],
    [
      `  after each page's first ${WARM_UP} toggles (median / p95)`,
      `${app.warmToggleMs.median} / ${app.warmToggleMs.p95}`,
      reference && `${reference.warmToggleMs.median} / ${reference.warmToggleMs.p95}`,
    ],
    [
      'open article from chart ms (median / p95)',
      `${app.openArticleMs.median} / ${app.openArticleMs.p95}`,
      reference && `${reference.openArticleMs.median} / ${reference.openArticleMs.p95}`,
    ],
    [
      'type a search ms (median / p95)',
      `${app.searchMs.median} / ${app.searchMs.p95}`,
      reference && `${reference.searchMs.median} / ${reference.searchMs.p95}`,
    ],
    ['peak JS heap MB', app.peakHeapMB, reference?.peakHeapMB],
  ];
  console.log(`\nscale ${scale} (runs: ${runs})`);
  console.log(`| metric | app | ${reference ? 'reference | ratio |' : ''}`);
  console.log(`|---|---|${reference ? '---|---|' : ''}`);
  for (const [label, value, ref] of rows) {
    const ratio =
      reference && typeof value === 'number' && typeof ref === 'number' && value > 0
        ? ` ${(ref / value).toFixed(2)}x |`
        : reference
          ? ' |'
          : '';
    const jsRatio =
      reference && label.startsWith('first load')
        ? ` ${(reference.firstLoad.jsGzipKB / app.firstLoad.jsGzipKB).toFixed(2)}x less |`
        : '';
    console.log(`| ${label} | ${value} | ${reference ? `${ref} |` : ''}${jsRatio || ratio}`);
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const real = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;
  // A run updates the scales it measures and keeps the others' last figures.
  const previous = existsSync('bench/results.json')
    ? (JSON.parse(readFileSync('bench/results.json', 'utf8')) as { scales?: Record<string, unknown> })
    : {};
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    runs,
    toggles,
    scales: { ...previous.scales },
  };
  for (const scale of scales) {
    const dir = join(OUT, `scale-${scale}`);
    mkdirSync(dir, { recursive: true });
    const datasetPath = scale === 1 ? resolve('data/dataset.json') : join(dir, 'dataset.json');
    if (scale !== 1) writeFileSync(datasetPath, JSON.stringify(scaleDataset(real, scale)));
    console.log(`scale ${scale}: building…`);
    build(join(dir, 'dist'), 'production', datasetPath);
    build(join(dir, 'dist-hook'), 'e2e', datasetPath);
    const article = `/article/zoucheng-2022-page-01?indicator=zoucheng-posts-total`;
    const app = await measureVariant('app', join(dir, 'dist'), join(dir, 'dist-hook'), article);
    let reference: VariantResult | undefined;
    if (scale === 1) {
      build(join(dir, 'dist-reference'), 'reference', datasetPath);
      // The reference with the chart hook, for its interaction figures.
      build(join(dir, 'dist-reference-hook'), 'reference', datasetPath, { VITE_E2E_HOOKS: '1' });
      reference = await measureVariant(
        'reference',
        join(dir, 'dist-reference'),
        join(dir, 'dist-reference-hook'),
        article,
      );
    }
    // Lighthouse's simulated throttling swings by several points from run to run:
    // three runs, each score reported as the median with every run beside it.
    const lighthouseRuns: Record<string, number>[] = [];
    if (lighthouse && scale === 1) {
      const server = await serve(join(dir, 'dist'));
      try {
        for (let r = 0; r < 3; r++) lighthouseRuns.push(await runLighthouse(`${server.url}/`));
      } finally {
        server.kill();
      }
    }
    const categories = [...new Set(lighthouseRuns.flatMap((run) => Object.keys(run)))];
    const scores = Object.fromEntries(categories.map((c) => [c, median(lighthouseRuns.map((run) => run[c] ?? 0))]));
    (results.scales as Record<string, unknown>)[scale] = {
      measuredAt: new Date().toISOString(),
      runs,
      toggles,
      app,
      reference,
      lighthouse: scores,
      lighthouseRuns,
    };
    printTable(scale, app, reference);
    if (categories.length)
      console.log(
        `lighthouse (median of ${lighthouseRuns.length}): ${categories.map((c) => `${c} ${scores[c]} (${lighthouseRuns.map((run) => run[c]).join(', ')})`).join('; ')}`,
      );
  }
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
