// Taking a figure elsewhere: the chart as an image with its source, an embed in
// another site's page, a link that says which data it shows, a link preview,
// and the other places one click away.
import { expect, test } from './support/test.ts';
import { readFileSync } from 'node:fs';
import { waitForChart } from './support/charts.ts';
import { VERSION, dataset } from './support/dataset.ts';
import { screenshot, watchErrors } from './support/page.ts';

const STORY = 'jingmen-auto-output';
const FIGURE = 'jingmen-nev-park-area';

/** Width and height of a PNG, from its header. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test('a story chart downloads as SVG and as a 2× PNG, each with its title, filters and source lines', async ({
  page,
  baseURL,
}) => {
  const errors = watchErrors(page);
  await page.goto('/region/jingmen?lang=en');
  const card = page.locator(`[data-story="${STORY}"]`);
  await waitForChart(page, `story-${STORY}`);
  const group = card.getByRole('group', { name: 'Download chart' });

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    group.getByRole('button', { name: 'SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe(`regional-pulse-${STORY}.svg`);
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  // Well-formed XML (a standalone file, not only a page's inline SVG), its text as a reader sees it.
  const { malformed, text } = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      malformed: doc.querySelector('parsererror') !== null,
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(''),
    };
  }, svg);
  expect(malformed).toBe(false);
  // The title, the filters in force, the source page and the link, as text in the image (long lines wrap).
  expect(text).toContain((await card.locator('h3').textContent())!);
  expect(text).toContain('Regions: Jingmen Hi-tech Zone · Duodao');
  expect(text).toContain(
    "Source: A '100-billion-yuan industry' cluster rises here, 2022-page-01.txt, 2022 (year inferred from the page)",
  );
  expect(text).toContain(`Every number's sentence at ${baseURL}/region/jingmen?lang=en&v=${VERSION}`);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    group.getByRole('button', { name: 'PNG' }).click(),
  ]);
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const drawn = await page
    .locator(`[data-chart="story-${STORY}"] canvas`)
    .first()
    .evaluate((c) => ({ width: c.clientWidth, height: c.clientHeight }));
  const size = pngSize(png);
  expect(size.width).toBe(drawn.width * 2);
  // The chart's height, twice, plus the header and the source lines.
  expect(size.height).toBeGreaterThan(drawn.height * 2);
  expect(size.height).toBeLessThan(drawn.height * 2 + 400);
  expect(errors).toEqual([]);
});

test('an embed renders inside an iframe on another site, its links leading out, hostile parameters inert', async ({
  page,
  context,
  baseURL,
  request,
}) => {
  // Another origin (127.0.0.1, not localhost); a page served by page.route counts as public, so Chromium asks before it frames a local address.
  await context.grantPermissions(['local-network-access']);
  const host = `${baseURL!.replace('localhost', '127.0.0.1')}/host-page`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><h1>A blog post</h1>
        <iframe src="${baseURL}/embed/story/${STORY}?lang=en&region=%3Cscript%3Ealert(1)%3C/script%3E" width="100%" height="560" style="border:0"></iframe>
        <iframe src="${baseURL}/embed/region/tongnan?lang=en" width="100%" height="640" style="border:0"></iframe>`,
    }),
  );
  const dialogs: string[] = [];
  page.on('dialog', (d) => void dialogs.push(d.message()));
  await page.goto(host);
  const story = page.frameLocator('iframe').first();
  await expect(story.locator(`[data-story="${STORY}"]`)).toBeVisible();
  await expect(story.locator('.site-header')).toHaveCount(0);
  const full = story.getByRole('link', { name: /Open the full view/ });
  await expect(full).toHaveAttribute('href', `/region/jingmen?lang=en#story-${STORY}`);
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(story.locator('.embed-source')).toContainText('Source');
  const region = page.frameLocator('iframe').nth(1);
  await expect(region.getByRole('heading', { level: 1 })).toContainText('Tongnan');
  expect(dialogs).toEqual([]);
  await screenshot(page, 'embed-on-host');

  // Framable by any site at /embed/ only.
  const embed = (await request.get('/embed/region/tongnan')).headers();
  expect(embed['content-security-policy']).toContain('frame-ancestors *');
  expect(embed['x-frame-options']).toBeUndefined();
  expect((await request.get('/region/tongnan')).headers()['content-security-policy']).toContain(
    "frame-ancestors 'none'",
  );
});

test('the embed control gives an iframe snippet for the story', async ({ page, baseURL }) => {
  await page.goto('/region/jingmen?lang=en');
  const card = page.locator(`[data-story="${STORY}"]`);
  await card.getByText('Embed', { exact: true }).click();
  await expect(card.locator('.embed-control textarea')).toHaveValue(
    `<iframe src="${baseURL}/embed/story/${STORY}?lang=en&amp;v=${VERSION}" title="${(await card.locator('h3').textContent())!.replace(/&/g, '&amp;')} · Regional Pulse" width="100%" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>`,
  );
});

test('a copied link carries the version; opened against another version, the page says what became of the figure', async ({
  page,
  context,
  consoleWatch,
}) => {
  // The version with no record is a 404, on purpose.
  consoleWatch.expectConsoleErrors(/404/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/region/jingmen?lang=en');
  await page.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`/region/jingmen\\?lang=en&v=${VERSION}$`),
  );
  await expect(page.locator('.version-note')).toHaveCount(0);

  // An older version's record, where the figure had another value and a figure since removed existed.
  const old = {
    version: '0badc0de',
    indicators: {
      [FIGURE]: { value: 12, unit: '平方公里', quote: '000000000000' },
      'jingmen-removed': { value: 1, unit: '个', quote: '000000000000' },
    },
  };
  await page.route('**/data/versions/0badc0de.json', (route) => route.fulfill({ json: old }));
  await page.goto(`/indicator/${FIGURE}?lang=en&v=0badc0de`);
  const note = page.locator('.version-note');
  await expect(note).toContainText(`dataset version 0badc0de; this page shows version ${VERSION}`);
  await expect(note).toContainText('has changed since (value, sentence): when the link was made it was 12 平方公里');
  // The redirect to the sentence kept the version.
  await expect(page).toHaveURL(/\/article\/jingmen-2022-page-01\?lang=en&v=0badc0de&indicator=jingmen-nev-park-area$/);

  await page.goto('/indicator/jingmen-removed?lang=en&v=0badc0de');
  await expect(note).toContainText('no longer exists in the current data');
  // A version with no record: said, not guessed; a malformed one is an ignored parameter.
  await page.goto(`/indicator/${FIGURE}?lang=en&v=12345678`);
  await expect(note).toContainText('There is no record of that version');
  await page.goto('/region/jingmen?lang=en&v=../../x');
  await expect(page.locator('.param-notes').first()).toContainText('v=');
  await expect(note).toHaveCount(0);
});

test('region, article and indicator addresses are prerendered with their own title and Open Graph tags', async ({
  request,
}) => {
  const index = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(index)![1];
  for (const [path, title] of [
    ['/region/jingmen', '荆门高新区·掇刀区（湖北省）'],
    ['/article/zoucheng-2022-page-01', '· 区域发展看板'],
    [`/indicator/${FIGURE}`, '新能源汽车产业园规划面积：14.4'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>');
    expect(/<title>([^<]*)<\/title>/.exec(html)![1]).toContain(title);
    expect(html).toMatch(new RegExp(`<meta property="og:url" content="[^"]*${path}" />`));
    expect(html).toMatch(/<meta property="og:title" content="[^"]+" \/>/);
    expect(html).toMatch(/<meta property="og:description" content="[^"]+" \/>/);
    expect(html).toMatch(/<meta property="og:type" content="(website|article)" \/>/);
    // Its own description, and the same policy (the inline script is the same).
    expect(/<meta name="description" content="([^"]*)"/.exec(html)![1]).not.toBe(
      /<meta name="description" content="([^"]*)"/.exec(index)![1],
    );
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]).toBe(policy);
  }
  const region = await (await request.get('/region/jingmen')).text();
  expect(/<meta name="description" content="([^"]*)"/.exec(region)![1]).toContain('317.7亿元');
});

test('a region page has a place switcher and a locator', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/region/jingmen?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jingmen');
  await waitForChart(page, 'locator');
  const switcher = page.getByRole('navigation', { name: 'Other places' });
  // Every other place of the dataset.
  await expect(switcher.getByRole('link')).toHaveText(
    dataset.regions.filter((r) => r.id !== 'jingmen').map((r) => r.name.en),
  );
  await switcher.getByRole('link', { name: 'Tongnan' }).click();
  await expect(page).toHaveURL(/\/region\/tongnan\?lang=en$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tongnan');
  await expect(
    page.getByRole('navigation', { name: 'Other places' }).getByRole('link', { name: 'Jingmen Hi-tech Zone · Duodao' }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
