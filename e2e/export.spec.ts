// Taking the data away: a filtered, sorted view downloads as the rows it shows,
// each with its sentence and a link back to it.
import { expect, test } from './support/test.ts';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { dataset } from './support/dataset.ts';
import { tableIds } from './support/page.ts';

test('the table downloads the filtered, sorted rows as CSV (BOM, every column, the sentence, the link) and as JSON', async ({
  page,
}) => {
  await page.goto('/?region=tongnan&sector=ecology&sort=value&dir=desc&lang=en');
  const shown = await tableIds(page);
  const expected = dataset.indicators.filter((i) => i.regionId === 'tongnan' && i.sectorIds.includes('ecology'));
  expect(shown).toHaveLength(expected.length);
  const table = page.locator('section[aria-labelledby="table-title"]');

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    table.getByRole('button', { name: 'CSV' }).click(),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(
    expect.arrayContaining([
      'place',
      'indicator',
      'indicator_zh',
      'value_as_printed',
      'unit_as_printed',
      'value_normalised',
      'unit_normalised',
      'qualifier',
      'period',
      'status',
      'sectors',
      'quote',
      'article_headline',
      'source_file',
      'source_sha256',
      'link',
    ]),
  );
  // The rows of the view, in its order, each with its own sentence.
  const ids = parsed.data.map((row) => new URL(row.link!).searchParams.get('indicator'));
  expect(ids).toEqual(shown);
  for (const row of parsed.data) {
    const id = new URL(row.link!).searchParams.get('indicator');
    expect(row.quote).toBe(dataset.indicators.find((i) => i.id === id)!.quote);
    expect(row.place).toBe('Tongnan');
  }

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    table.getByRole('button', { name: 'JSON' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as { url: string; rows: { link: string }[] };
  expect(json.url).toContain('region=tongnan');
  expect(json.rows.map((r) => new URL(r.link).searchParams.get('indicator'))).toEqual(shown);
});

test('cite: an indicator and an article give GB/T 7714 and APA lines that hold their link, with a copy button', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/article/linjiang-2022-page-01?indicator=linjiang-credit-rank&lang=en');
  const details = page.getByRole('complementary');
  await details.getByText('Cite', { exact: true }).click();
  const gbt = details.locator('.cite-line').filter({ hasText: 'GB/T 7714' });
  await expect(gbt).toContainText(`${baseURL}/indicator/linjiang-credit-rank`);
  await expect(gbt).toContainText('[N/OL]');
  await expect(details.locator('.cite-line').filter({ hasText: 'APA' })).toContainText('year inferred from the page');
  await gbt.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    `${baseURL}/indicator/linjiang-credit-rank`,
  );

  const articleCite = page.locator('.reader-main .cite');
  await articleCite.getByText('Cite', { exact: true }).click();
  await expect(articleCite.locator('.cite-line').first()).toContainText(`${baseURL}/article/linjiang-2022-page-01`);
});

test('region and article pages print without buttons or filters, status and the source kept', async ({ page }) => {
  for (const path of ['/region/jingmen', '/article/zoucheng-2022-page-01?indicator=zoucheng-posts-total']) {
    await page.emulateMedia({ media: 'print' });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // No control shows; the numbers in the text are still there to read.
    await expect(page.locator('.button:visible, .chip:visible, .token:visible')).toHaveCount(0);
    if (path.startsWith('/article')) await expect(page.getByRole('button', { name: '3894名' })).toBeVisible();
    await expect(page.locator('.filters')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeVisible();
    await expect(page.locator('.badge:visible').first()).toBeVisible();
    await page.screenshot({
      path: `test-results/screenshots/print${path.replace(/[^a-z0-9]+/gi, '-')}.png`,
      fullPage: true,
    });
  }
});
