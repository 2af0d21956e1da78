// A seeded, bounded fuzz of deep links: random paths and query values, hostile
// strings among them. Each must give a page (a heading or an alert, never blank),
// no uncaught error and no element made from the link. Most are opened in one
// page as the app opens links (history + popstate), some cold.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { seededRandom } from '../bench/scale.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const IN_PAGE = 300;
const COLD = 16;

const rng = seededRandom;

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '"><b id="pwn">x</b>',
  "'><svg onload=window.__pwned=1>",
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '\u202eevil\u202c',
  '\u0000\u0007\u001b[31m',
  "$&$1$`$'",
  '{{7*7}}${7*7}',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  '%E0%A4%A',
  '%',
  '😀👍🏽',
  '锂电,汽车,,',
  ' ',
  '',
  'x'.repeat(3000),
];
const IDS = [
  'jingmen',
  'tongnan',
  'shushan',
  'linjiang',
  'anning',
  'zoucheng',
  'ecology',
  'jingmen-2022-page-01',
  'tongnan-2022-page-01',
  'zoucheng-posts-total',
  'value',
  'desc',
  'en',
  'zh',
  '1',
];
const PARAMS = [
  'region',
  'sector',
  'q',
  'lang',
  'measure',
  'all',
  'sort',
  'dir',
  'indicator',
  'family',
  'x',
  'region[]',
  '__proto__',
];
const PATHS = ['', 'region', 'article', 'indicator', 'nope', 'region/jingmen/extra'];

function makeUrl(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const value = () => (random() < 0.5 ? pick(HOSTILE) : random() < 0.6 ? pick(IDS) : `${pick(IDS)},${pick(HOSTILE)}`);
  const path = pick(PATHS);
  const segment = path && random() < 0.8 && !path.includes('/') ? `/${encodeURIComponent(value())}` : '';
  const query = new URLSearchParams();
  const n = Math.floor(random() * 4);
  for (let i = 0; i < n; i++) query.append(pick(PARAMS), value());
  const search = query.toString();
  // Sometimes raw, unencoded or badly encoded.
  const raw = random() < 0.1 ? `&q=${pick(['%', '%zz', '%E0%A4%A', '<b>'])}` : '';
  return `/${path}${segment}${search || raw ? `?${search}${raw}` : ''}`;
}

/** The page is a page: a heading or an alert, some text, and nothing the link made. */
async function check(page: Page, url: string, errors: string[]) {
  await page.waitForFunction(
    () => !document.querySelector('main[aria-busy="true"]') && !!document.querySelector('h1, [role="alert"]'),
    undefined,
    { timeout: 10_000 },
  );
  const state = await page.evaluate(() => ({
    text: (document.getElementById('root')?.innerText ?? '').trim().length,
    injected: document.querySelectorAll('#pwn, [onerror], [onload], svg[onload], #root script').length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
  }));
  expect(state.text, url).toBeGreaterThan(10);
  expect(state.injected, url).toBe(0);
  expect(state.pwned, url).toBe(false);
  expect(errors, url).toEqual([]);
}

test(`${IN_PAGE} random and hostile deep links, opened in one page (seed ${SEED})`, async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const random = rng(SEED);
  await page.goto('/');
  await check(page, '/', errors);
  for (let i = 0; i < IN_PAGE; i++) {
    const url = makeUrl(random);
    await page.evaluate((u) => {
      history.pushState(null, '', u);
      dispatchEvent(new PopStateEvent('popstate'));
    }, url);
    await check(page, url, errors);
  }
});

test(`${COLD} random and hostile deep links, each opened cold (seed ${SEED + 1})`, async ({ page }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const random = rng(SEED + 1);
  for (let i = 0; i < COLD; i++) {
    const url = makeUrl(random);
    await page.goto(url);
    await check(page, url, errors);
  }
});
