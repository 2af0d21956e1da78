// Headers that travel with the build (issue 20, point 3): the build writes
// `_headers`, `_redirects` and `404.html` beside its files, with the policy of
// the pages' meta tag; a host that reads them refuses every frame but the
// embeds' and answers a missing file with 404; and where a host sends no header
// at all, the page itself refuses to run framed (except an embed).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/domain/schema.ts';
import { headersFor, parseHeadersFile } from '../scripts/host-config.ts';
import { policyOf } from '../scripts/security.ts';
import { expect, test } from './support/test.ts';
import { framingPage, otherSite } from './support/other-site.ts';
import { staticHost } from './support/static-host.ts';
import { watchErrors } from './support/page.ts';

const OUT = resolve(process.env.E2E_OUT ?? 'dist-e2e');
const dataset = JSON.parse(readFileSync(process.env.PULSE_DATASET ?? 'data/dataset.json', 'utf8')) as Dataset;
const story = dataset.stories[0]!;
const region = dataset.regions.find((r) => r.id === story.regionId)!;
const article = dataset.articles.find((a) => a.regionId === region.id)!;

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );

const PAGES = ['/', `/region/${region.id}`, `/article/${article.id}`, '/no/such/page'];
const EMBEDS = [`/embed/story/${story.id}`, `/embed/region/${region.id}`];
const NAMES = ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy'];

test('_headers carries the meta tag’s policy, frames refused but for the embeds, the same headers as the preview server', async ({
  request,
}) => {
  const meta = policyOf(readFileSync(join(OUT, 'index.html'), 'utf8'))!;
  expect(meta).toMatch(/script-src 'self' 'sha256-/);
  // Every page the build wrote (the prerendered heads included) carries that one policy.
  const pages = htmlFiles(OUT);
  expect(pages.length).toBeGreaterThan(2);
  for (const file of pages) expect(policyOf(readFileSync(file, 'utf8')), relative(OUT, file)).toBe(meta);

  const rules = parseHeadersFile(readFileSync(join(OUT, '_headers'), 'utf8'));
  const asset = `/assets/${readdirSync(join(OUT, 'assets')).find((name) => name.endsWith('.js'))}`;
  for (const path of [...PAGES, ...EMBEDS, asset]) {
    const embed = path.startsWith('/embed/');
    const sent = headersFor(rules, path);
    expect(sent['content-security-policy'], path).toBe(`${meta}; frame-ancestors ${embed ? '*' : "'none'"}`);
    expect(sent['x-content-type-options'], path).toBe('nosniff');
    expect(sent['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(sent['x-frame-options'], path).toBe(embed ? undefined : 'DENY');
    const served = (await request.get(path)).headers();
    for (const name of NAMES) expect(sent[name], `${path} ${name}`).toBe(served[name]);
  }
  expect(readFileSync(join(OUT, '_redirects'), 'utf8')).toMatch(/^\/embed\/\*\s+\/index\.html\s+200$/m);
  expect(readFileSync(join(OUT, '404.html'), 'utf8')).toContain('id="root"');
});

/** The n-th iframe's frame, in document order. */
const frameOf = (page: Page, n: number) => page.mainFrame().childFrames()[n];

test('on a host that reads _headers: the embeds are framed, no other page is, and a missing file is a 404', async ({
  page,
  context,
  request,
  consoleWatch,
}) => {
  consoleWatch.expectConsoleErrors(
    /^Framing '[^']*' violates the following Content Security Policy directive: "frame-ancestors 'none'"/,
    /^Failed to load resource/,
  );
  await context.grantPermissions(['local-network-access']);
  const errors = watchErrors(page);
  const host = await staticHost(OUT, 'headers');
  const site = await otherSite(
    framingPage([...EMBEDS, '/', `/region/${region.id}`].map((path) => `${host.url}${path}?lang=en`)),
  );
  try {
    await page.goto(site.url);
    const frames = page.frameLocator('iframe');
    await expect(frames.nth(0).locator(`[data-story="${story.id}"]`)).toBeVisible();
    await expect(frames.nth(1).getByRole('heading', { level: 1 })).toContainText(region.name.en);
    for (const n of [2, 3]) await expect.poll(() => frameOf(page, n)?.url(), `frame ${n}`).toMatch(/^chrome-error:/);

    for (const path of [`/assets/index-00000000.js`, '/data/article-gone-0000000000.json'])
      expect((await request.get(`${host.url}${path}`)).status(), path).toBe(404);
    for (const path of [`/region/${region.id}`, `/embed/region/${region.id}`])
      expect((await request.get(`${host.url}${path}`)).status(), path).toBe(200);
    // An address the site does not have: a 404, and the app's own not-found view.
    expect((await request.get(`${host.url}/no/such/page`)).status()).toBe(404);
    await page.goto(`${host.url}/no/such/page?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
    expect(errors).toEqual([]);
  } finally {
    await site.close();
    await host.close();
  }
});

test('on a host that sends no header: a framed page refuses to run, an embed runs, and the page on its own works', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['local-network-access']);
  const errors = watchErrors(page);
  const host = await staticHost(OUT, 'plain');
  const site = await otherSite(
    framingPage(
      ['/', `/region/${region.id}?lang=en`, `/embed/region/${region.id}?lang=en`].map((path) => `${host.url}${path}`),
    ),
  );
  try {
    expect((await page.request.get(`${host.url}/`)).headers()['content-security-policy']).toBeUndefined();
    await page.goto(site.url);
    const frames = page.frameLocator('iframe');
    for (const [n, text] of [
      [0, '此页面不在其他网站的框架中运行'],
      [1, 'does not run inside another site’s frame'],
    ] as const) {
      const refusal = frames.nth(n).locator('.framed-refusal a');
      await expect(refusal, `frame ${n}`).toContainText(text);
      await expect(refusal).toHaveAttribute('target', '_blank');
      // Nothing else: no header, no button, no view.
      await expect(frames.nth(n).locator('button, .site-header, main')).toHaveCount(0);
    }
    await expect(frames.nth(2).getByRole('heading', { level: 1 })).toContainText(region.name.en);
    // The app never started in the refused frames: no data was asked for by them.
    expect(
      await frameOf(page, 0)!.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => /\/data\//.test(e.name)).length,
      ),
    ).toBe(0);

    // The same page on its own runs as ever.
    await page.goto(`${host.url}/region/${region.id}?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(region.name.en);
    await expect(page.getByRole('button', { name: '中文' })).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await site.close();
    await host.close();
  }
});
