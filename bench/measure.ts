// What the benchmark measures in one fresh browser context. Each function drives
// the real app in Chromium and reads the app's own performance marks.
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';

export type Category = 'js' | 'css' | 'data' | 'map' | 'other';
export type Bytes = Record<Category, { raw: number; gzip: number }>;

export function categorize(path: string): Category {
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\/assets\/(china|jingmen|tongnan|shushan|linjiang|anning|zoucheng)[^/]*\.json$/.test(path)) return 'map';
  if (path.startsWith('/data/') || path.endsWith('.json')) return 'data';
  return 'other';
}

/** The JSON data blocks a prerendered page carries (scripts/prerender-html.ts `withData`). */
const DATA_BLOCK = /<script type="application\/json" id="pulse-[\w-]+">([\s\S]*?)<\/script>/g;
export const shippedData = (html: string): string[] => [...html.matchAll(DATA_BLOCK)].map((m) => m[1]!);

const emptyBytes = (): Bytes => ({
  js: { raw: 0, gzip: 0 },
  css: { raw: 0, gzip: 0 },
  data: { raw: 0, gzip: 0 },
  map: { raw: 0, gzip: 0 },
  other: { raw: 0, gzip: 0 },
});

/**
 * Records every response body of a page, by category, raw and gzipped. Bodies are
 * read and compressed only once the page is done: not while the measured page needs the CPU.
 */
function recordBytes(page: Page): { bytes: Bytes; done: () => Promise<void> } {
  const bytes = emptyBytes();
  const responses: Response[] = [];
  page.on('response', (response) => void responses.push(response));
  const done = async () => {
    const bodies = responses.map((r) =>
      r.body().then(
        (body) => ({ url: r.url(), body }),
        () => null,
      ),
    );
    const add = (category: Category, body: Buffer) => {
      bytes[category].raw += body.length;
      bytes[category].gzip += gzipSync(body).length;
    };
    for (const got of await Promise.all(bodies)) {
      if (!got) continue;
      const category = categorize(new URL(got.url).pathname);
      // A page's own data (`/`'s overview, an article's slice) travels inside its HTML: counted as data.
      const shipped = category === 'other' ? shippedData(got.body.toString('utf8')) : [];
      for (const data of shipped) add('data', Buffer.from(data));
      add(category, shipped.length ? Buffer.from(got.body.toString('utf8').replace(DATA_BLOCK, '')) : got.body);
    }
  };
  return { bytes, done };
}

async function markTime(page: Page, pattern: string, timeoutMs = 20_000): Promise<number> {
  return page.evaluate(
    ([source, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const look = () => {
          const hit = performance.getEntriesByType('mark').filter((m) => new RegExp(source).test(m.name));
          if (hit.length) return resolve(Math.min(...hit.map((m) => m.startTime)));
          if (performance.now() - started > timeout) return reject(new Error(`no mark ${source}`));
          setTimeout(look, 10);
        };
        look();
      }),
    [pattern, timeoutMs] as const,
  );
}

async function largestContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) last = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(last), 300);
      }),
  );
}

async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/**
 * A fresh context. tsx compiles this file with esbuild's keepNames, which wraps
 * functions in a `__name` helper that does not exist in the page: define it there.
 */
async function freshContext(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context;
}

export interface LoadResult {
  bytes: Bytes;
  firstChartMs: number;
  mapMs: number;
  lcpMs: number;
}

export async function loadOverview(browser: Browser, baseUrl: string): Promise<LoadResult> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const recorder = recordBytes(page);
  await page.goto(`${baseUrl}/`);
  // Charts are drawn as they come into view: the first chart drawn is the first one on screen.
  const firstChartMs = await markTime(page, '^pulse:chart:');
  const mapMs = await markTime(page, '^pulse:chart:china-map$');
  const lcpMs = await largestContentfulPaint(page);
  await page.waitForLoadState('networkidle');
  await recorder.done();
  await context.close();
  return { bytes: recorder.bytes, firstChartMs, mapMs, lcpMs };
}

export interface ArticleLoadResult {
  bytes: Bytes;
  quoteMs: number;
  chartCodeLoaded: boolean;
}

export async function loadArticle(browser: Browser, baseUrl: string, path: string): Promise<ArticleLoadResult> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const recorder = recordBytes(page);
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
  await page.goto(`${baseUrl}${path}`);
  await page.locator('mark.quote').first().waitFor();
  const quoteMs = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  await recorder.done();
  await context.close();
  return {
    bytes: recorder.bytes,
    quoteMs,
    chartCodeLoaded: scripts.some((p) => /\/(chart|map-chart)-[\w-]{8}\.js$/.test(p) || /echarts/.test(p)),
  };
}

export interface JourneyResult {
  /** The first filter on `/`: it loads the whole index (`/` ships only its own data). */
  firstFilterMs: number;
  toggleMs: number[];
  openArticleMs: number;
  searchMs: number;
  peakHeapBytes: number;
}

/**
 * The interaction journey on the hook build: filter toggles until map, charts and
 * table all show the new state, opening an article from a chart mark, typing a search.
 */
export async function journey(browser: Browser, baseUrl: string, toggles: number): Promise<JourneyResult> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => (window.__pulseCharts?.['china-map']?.renders ?? 0) > 0);
  let peakHeapBytes = await heapUsed(page);

  /** One toggle: the time until map and table both show the new state. */
  const toggle = (selector: string) =>
    page.evaluate(
      (sel) =>
        new Promise<number>((resolve, reject) => {
          // A toggle that never shows fails the run loudly instead of hanging it.
          const timeout = setTimeout(
            () => reject(new Error(`toggle ${sel}: map and table did not update within 10 s`)),
            10_000,
          );
          const caption = () => document.querySelector('.indicator-table caption')?.textContent ?? '';
          const charts = window.__pulseCharts!;
          const mapBefore = charts['china-map']!.renders;
          const captionBefore = caption();
          const t0 = performance.now();
          (document.querySelector(sel) as HTMLButtonElement).click();
          const check = () => {
            if (charts['china-map']!.renders > mapBefore && caption() !== captionBefore) {
              // The map drew in this frame's animation callbacks; a message posted
              // now runs once this frame's style, layout and paint are done: the
              // time to the painted new state, without idling until the next frame.
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                clearTimeout(timeout);
                resolve(performance.now() - t0);
              };
              channel.port2.postMessage(0);
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      selector,
    );
  // At hundreds of places the region chips show the most reported first: open the list if jingmen is not among them.
  if ((await page.locator('.chip[data-region="jingmen"]').count()) === 0)
    await page.locator('.chips:has(.chip[data-region]) .more-chips').click();
  await page.locator('.chip[data-region="jingmen"]').waitFor();
  // The first filter on `/` loads that place's own file: measured on its own, then undone.
  const firstFilterMs = await toggle('.chip[data-region="jingmen"]');
  await toggle('.chip[data-region="jingmen"]');
  const toggleMs: number[] = [];
  for (let k = 0; k < toggles; k++) {
    // Alternate a region and a sector, each switched on then off, so every toggle changes the rows.
    toggleMs.push(await toggle(k % 4 < 2 ? '.chip[data-region="jingmen"]' : '.chip[data-sector="ecology"]'));
  }
  peakHeapBytes = Math.max(peakHeapBytes, await heapUsed(page));

  // Open an article from a chart mark, once the last toggle's bar animation (300 ms) is over.
  await page.locator('[data-story="jingmen-auto-output"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => (window.__pulseCharts?.['story-jingmen-auto-output']?.renders ?? 0) > 0);
  await page.waitForTimeout(400);
  const position = await page.evaluate(() => {
    const chart = window.__pulseCharts!['story-jingmen-auto-output']!.chart;
    chart.getDom().scrollIntoView({ block: 'center' });
    const model = (
      chart as unknown as {
        getModel(): {
          getSeriesByIndex(i: number): {
            getData(): { getItemLayout(i: number): { x: number; y: number; width: number; height: number } };
          };
        };
      }
    ).getModel();
    const bar = model.getSeriesByIndex(0).getData().getItemLayout(0);
    const box = chart.getDom().getBoundingClientRect();
    return { x: box.left + bar.x + bar.width / 2, y: box.top + bar.y + bar.height / 2 };
  });
  const before = await page.evaluate(() => performance.now());
  await page.mouse.click(position.x, position.y);
  await page.locator('mark.quote').first().waitFor();
  const openArticleMs = (await page.evaluate(() => performance.now())) - before;
  peakHeapBytes = Math.max(peakHeapBytes, await heapUsed(page));

  // Type a search term on the overview.
  await page.goBack();
  const box = page.getByRole('searchbox');
  await box.waitFor();
  const captionBefore = await page.locator('.indicator-table caption').textContent();
  const t0 = await page.evaluate(() => performance.now());
  await box.pressSequentially('锂电');
  await page.waitForFunction(
    (c) => document.querySelector('.indicator-table caption')?.textContent !== c,
    captionBefore,
  );
  const searchMs = (await page.evaluate(() => performance.now())) - t0;
  peakHeapBytes = Math.max(peakHeapBytes, await heapUsed(page));
  await context.close();
  return { firstFilterMs, toggleMs, openArticleMs, searchMs, peakHeapBytes };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}
