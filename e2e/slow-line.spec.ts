// A slow line (issue 20, point 4), on the page's own clock (Playwright's, paused
// and moved by the test) and with files held back by the host until the test
// answers them, never with sleeps: a held file says it is slow after the e2e
// build's SLOW_MS and offers a Retry; a file that keeps arriving is never cut,
// however long it takes; a file that never answers has its verdict at the
// bounds' sum; the prerendered `/` is busy until it is live; and the header's
// controls work while the data failed. The timings are the e2e build's
// (.env.e2e), read here; src/lib/load.test.ts checks the production ones.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/domain/schema.ts';
import { expect, test } from './support/test.ts';
import { staticHost, type StaticHost } from './support/static-host.ts';
import { watchErrors } from './support/page.ts';

const OUT = resolve(process.env.E2E_OUT ?? 'dist-e2e');
const dataset = JSON.parse(readFileSync(process.env.PULSE_DATASET ?? 'data/dataset.json', 'utf8')) as Dataset;
const region = dataset.regions.find((r) => dataset.articles.some((a) => a.regionId === r.id))!;
const article = dataset.articles.find((a) => a.regionId === region.id)!;

/** The e2e build's clock (.env.e2e), as src/lib/load.ts reads it. */
const env = Object.fromEntries(
  readFileSync('.env.e2e', 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => line.split('=') as [string, string]),
);
const TIMEOUT = Number(env.VITE_LOAD_TIMEOUT_MS);
const BACKOFF = Number(env.VITE_LOAD_BACKOFF_MS);
const SLOW = Number(env.VITE_LOAD_SLOW_MS);
/** Three attempts (the last twice as patient) and two backoffs: when a file that never answers is given up. */
const VERDICT = TIMEOUT + BACKOFF + TIMEOUT + BACKOFF * 4 + TIMEOUT * 2;
/** How far the test moves the page's clock at a time. */
const STEP = 100;

// The whole index, and each place's and sector's own file: a first filter on `/` reads one of those, any other view the index.
const INDEX = /^\/data\/(index-[^/]*|views-[^/]*\/[^/]*)\.json$/;
const ARTICLE = new RegExp(`^/data/article-${article.id}-[^/]*\\.json$`);

test.beforeEach(({ consoleWatch }) => consoleWatch.expectConsoleErrors(/^Failed to load resource/));

let host: StaticHost;
test.beforeEach(async ({ page }) => {
  host = await staticHost(OUT);
  // The page's clock stands still unless the test moves it.
  await page.clock.install({ time: new Date('2026-03-01T08:00:00Z') });
  await page.clock.pauseAt(new Date('2026-03-01T08:00:01Z'));
});
test.afterEach(() => host.close());

/**
 * Before each step, what must already have happened in real time: a request the
 * page sends travels to the host in real time, the page's clock moves only when
 * the test moves it, so a test that counts requests first waits for each to
 * arrive (else a busy machine could move the clock past an attempt's wait before
 * its request reached the host). Set per test; none by default.
 */
let beforeStep: () => Promise<void> = () => Promise.resolve();
test.beforeEach(() => {
  beforeStep = () => Promise.resolve();
});

/** Moves the page's clock by `ms`, a step at a time (timers set by what one step fires land in a later one). */
async function advance(page: Page, ms: number) {
  for (let moved = 0; moved < ms; moved += STEP) {
    await beforeStep();
    await page.clock.runFor(Math.min(STEP, ms - moved));
  }
}

/** Moves the clock until `done()` holds; returns how far it moved. */
async function advanceUntil(page: Page, done: () => Promise<boolean>, limit: number): Promise<number> {
  let moved = 0;
  while (!(await done())) {
    if (moved > limit) throw new Error(`still waiting after ${moved} ms on the page's clock`);
    await beforeStep();
    await page.clock.runFor(STEP);
    moved += STEP;
  }
  return moved;
}

const slowNote = (page: Page) => page.getByRole('status').filter({ hasText: /网络较慢|connection is slow/ });

test('a file that never answers: slow said, then a verdict at the bounds’ sum, and the header works through it', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const index = host.hold(INDEX);
  // A filtered overview reads its place's own file (a place's page ships its own slice, `/` its own data).
  await page.goto(`${host.url}/?region=${region.id}&lang=en`);
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect.poll(() => index.requests.length).toBe(1);
  // When each attempt is sent, on the page's clock (the attempts' waits and the backoffs):
  // a few steps after that, the clock waits until the host has it.
  const sentAt = [0, TIMEOUT + BACKOFF, TIMEOUT + BACKOFF + TIMEOUT + BACKOFF * 4];
  let elapsed = 0;
  beforeStep = async () => {
    const due = sentAt.filter((at) => elapsed >= at + 5 * STEP).length;
    await expect.poll(() => index.requests.length, `attempt ${due} reached the host`).toBeGreaterThanOrEqual(due);
    elapsed += STEP;
  };

  // Nothing said before SLOW_MS; said, with a Retry, once it has passed.
  await advance(page, SLOW - STEP);
  await expect(slowNote(page)).toHaveCount(0);
  const slowAt = SLOW - STEP + (await advanceUntil(page, () => slowNote(page).isVisible(), 5 * STEP));
  expect(slowAt).toBeGreaterThanOrEqual(SLOW);
  await expect(slowNote(page).getByRole('button', { name: 'Retry' })).toBeVisible();

  // The verdict: at the sum of the attempts' waits and the backoffs (a step or a few
  // late, where a timer set by one step's work starts in the next), never before.
  const alert = page.getByRole('alert');
  const verdictAt = slowAt + (await advanceUntil(page, () => alert.isVisible(), VERDICT));
  expect(verdictAt).toBeGreaterThanOrEqual(VERDICT);
  expect(verdictAt).toBeLessThanOrEqual(VERDICT + 6 * STEP);
  await expect(alert).toContainText('The data could not be loaded');
  await expect(slowNote(page)).toHaveCount(0);
  // Three attempts, each given up (its request aborted), and no more.
  expect(index.requests.length).toBe(3);
  expect(index.requests.every((r) => r.aborted)).toBe(true);
  await advance(page, VERDICT);
  expect(index.requests.length).toBe(3);

  // The header's controls work with no data: the theme, the link, the language.
  const app = page.locator('.app');
  const theme = app.getByRole('button', { name: /Dark/ });
  await theme.click();
  await expect(app).toHaveAttribute('data-theme', 'dark');
  await app.getByRole('button', { name: 'Copy link' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`?region=${region.id}`);
  await app.getByRole('button', { name: '中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?region=${region.id}$`));
  await expect(alert).toContainText('数据加载失败');

  // Retry, with the file answered: the page.
  index.release();
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('table.indicator-table tbody tr').first()).toHaveAttribute('data-region', region.id);
  expect(errors).toEqual([]);
});

test('/ is live on its own data; a filter whose data is held keeps the page, busy, says it is slow, Retry asks again at once, and the answer brings the view', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const index = host.hold(INDEX);
  await page.goto(`${host.url}/`);
  // `/` ships its own data (src/data/overview-slice.ts): live, with no index asked for.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  expect(index.requests.length).toBe(0);
  await page
    .getByRole('button', { name: new RegExp(`^${region.name.zh}`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`[?&]region=${region.id}(&|$)`));
  await expect.poll(() => index.requests.length).toBe(1);
  // The overview stays as it was, marked busy, until the index is in: never a half-filtered page.
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');

  await advanceUntil(page, () => slowNote(page).isVisible(), SLOW + 5 * STEP);
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  const before = index.requests.length;
  await slowNote(page).getByRole('button', { name: '重试' }).click();
  // A new request at once (the clock has not moved), the one it replaces given up.
  await expect.poll(() => index.requests.length).toBe(before + 1);
  await expect.poll(() => index.requests.slice(0, -1).every((r) => r.aborted)).toBe(true);
  await expect(slowNote(page)).toHaveCount(0);

  await index.requests.at(-1)!.finish();
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('table.indicator-table tbody tr').first()).toHaveAttribute('data-region', region.id);
  expect(errors).toEqual([]);
});

test('a file that is slow but keeps arriving is never cut, however long it takes in all', async ({ page }) => {
  const errors = watchErrors(page);
  const text = host.hold(ARTICLE);
  // What the browser has received of the article's body (the renderer's own count).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  let received = 0;
  cdp.on('Network.requestWillBeSent', (e) => void urls.set(e.requestId, new URL(e.request.url).pathname));
  cdp.on('Network.dataReceived', (e) => {
    if (ARTICLE.test(urls.get(e.requestId) ?? '')) received += e.dataLength;
  });

  await page.goto(`${host.url}/article/${article.id}?lang=en`);
  await expect.poll(() => text.requests.length).toBe(1);
  const request = text.requests[0]!;
  // Longer in all than a file that never answers is given (the whole VERDICT and
  // then some), in pieces never further apart than half an attempt's wait.
  const gap = TIMEOUT / 2;
  const pieces = Math.ceil((VERDICT + 2 * TIMEOUT) / gap);
  const size = Math.ceil(request.body.length / (pieces + 1));
  let sent = 0;
  let saidSlow = false;
  for (let n = 0; n < pieces; n++) {
    const piece = request.body.subarray(sent, sent + size);
    await request.send(piece);
    sent += piece.length;
    await expect.poll(() => received).toBeGreaterThanOrEqual(sent);
    await advance(page, gap);
    saidSlow ||= await slowNote(page).isVisible();
  }
  await request.finish();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline);
  await expect(page.locator('.article')).toContainText(
    article.blocks.find((b) => b.type === 'paragraph')!.text.slice(0, 12),
  );
  // One request, never cut; slow said meanwhile, and gone once it arrived.
  expect(text.requests.length).toBe(1);
  expect(request.aborted).toBe(false);
  expect(saidSlow).toBe(true);
  await expect(slowNote(page)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
