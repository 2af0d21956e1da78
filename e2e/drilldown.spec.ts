import { expect, test } from './support/test.ts';
import { clickMark, markPosition, waitForChart } from './support/charts.ts';
import { NO_QUIET_PLACE, QUIET, dataset, figuresOf } from './support/dataset.ts';
import { watchErrors } from './support/page.ts';

/** A place's marker on the China map: one per region, in the dataset's order. */
const markerOf = (regionId: string) => dataset.regions.findIndex((r) => r.id === regionId);

test('clicking a chart bar opens the article at that number’s sentence', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await clickMark(page, 'story-jingmen-auto-output', 0, 1);
  await expect(page).toHaveURL(/\/article\/jingmen-2022-page-01\?indicator=jingmen-auto-output-2022$/);
  const quote = page.locator('mark.quote');
  await expect(quote.first()).toBeVisible();
  await expect(page.locator('mark.quote')).toContainText(['预计今年汽车产业产值将超过500亿元。'.slice(0, 4)]);
  expect((await quote.allTextContents()).join('')).toBe('预计今年汽车产业产值将超过500亿元。');
  await expect(page.getByRole('button', { name: '超过500亿元' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary')).toContainText('汽车产业产值（预计）');
  await expect(page.getByRole('complementary')).toContainText('2022');
  expect(errors).toEqual([]);
});

test('pointing at a bar shows its tooltip at once; its code comes with the first pointer, not with the page', async ({
  page,
}) => {
  const tooltipCode: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/tooltip-component-[^/]+\.js$/.test(request.url())) tooltipCode.push(request.url());
  });
  await page.goto('/');
  const { x, y } = await markPosition(page, 'story-jingmen-auto-output', 0, 1);
  expect(tooltipCode).toEqual([]);
  // One move, as a reader's first: the tooltip is shown once its code is in, without another.
  await page.mouse.move(x, y);
  // Each chart keeps its own tooltip element: the one shown is the visible one.
  const tooltip = page.locator('.chart-tooltip:visible');
  await expect(tooltip).toHaveCount(1);
  await expect(tooltip).toContainText('汽车产业产值（预计）');
  await expect(tooltip).toContainText('500');
  expect(tooltipCode).toHaveLength(1);
  // Another chart has its tooltip from the start.
  const map = await markPosition(page, 'china-map', 0, markerOf('linjiang'));
  await page.mouse.move(map.x, map.y);
  await expect(tooltip.filter({ hasText: '临江市' })).toBeVisible();
  expect(tooltipCode).toHaveLength(1);
});

test('clicking a place on the map opens its region view', async ({ page }) => {
  await page.goto('/?lang=en');
  await clickMark(page, 'china-map', 0, markerOf('linjiang'));
  await expect(page).toHaveURL(/\/region\/linjiang\?lang=en$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Linjiang');
  await waitForChart(page, 'place-map');
  // The rank reads as a rank among its field, the field marked as context, not as the place's own figure.
  const rank = page.locator('[data-story="linjiang-credit-rank"]');
  await expect(rank.locator('.rank')).toContainText('4th');
  await expect(rank.locator('.rank')).toContainText('383');
  await expect(rank.locator('.badge.status-context')).toHaveText('context');
  // Every row is Linjiang's: the table leaves the region column out.
  await expect(page.locator('table.indicator-table tbody tr')).toHaveCount(Math.min(25, figuresOf('linjiang').length));
  await expect(page.getByRole('columnheader', { name: /^Region/ })).toHaveCount(0);
});

test('a cold deep link to an article marks the quote and loads no chart code', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/article/zoucheng-2022-page-01?indicator=zoucheng-posts-total');
  const mention = page.getByRole('button', { name: '3894名' });
  await expect(mention).toHaveAttribute('aria-pressed', 'true');
  await expect(mention).toBeInViewport();
  await expect(mention).toBeFocused();
  expect((await page.locator('mark.quote').allTextContents()).join('')).toBe(
    '5月起，全市的3894名公益性岗位人员将定期领取岗位补贴，月平均待遇1100多元。',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('城乡公益岗 抗疫保民生');
  // The byline printed just before the article's first line is its own (data/annotations: bylines: lead).
  await expect(page.getByText('记者 陈曦 · 通讯员 盛超 马磊')).toBeVisible();
  expect(requested.filter((p) => /\/(chart|map-chart)-[\w-]{8}\.js$|china|places/.test(p))).toEqual([]);
});

test('a cold article link reads the figures its page shipped; the overview reads its page’s own data; the index only for a view only it answers', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/article/zoucheng-2022-page-01?indicator=zoucheng-posts-total');
  await expect(page.getByRole('button', { name: '3894名' })).toHaveAttribute('aria-pressed', 'true');
  // The page's own slice holds one source, yet the header counts the dataset's pages, as every page does.
  const span = await page.locator('.brand-date').textContent();
  expect(requested.filter((p) => /\/data\/index-/.test(p))).toEqual([]);
  expect(requested.filter((p) => /\/data\/article-/.test(p))).toHaveLength(1);
  await page.getByRole('link', { name: '总览' }).first().click();
  await expect(page.locator('table.indicator-table tbody tr').first()).toBeVisible();
  // `/`'s own data, read from its page (fetched as a route's data would be): still no index.
  expect(requested.filter((p) => p === '/')).toHaveLength(1);
  expect(requested.filter((p) => /\/data\/index-/.test(p))).toEqual([]);
  await expect(page.locator('.brand-date')).toHaveText(span!);
  // Two places at once: only the whole index has that.
  await page.getByRole('button', { name: /^潼南区/ }).click();
  await page.getByRole('button', { name: /^邹城市/ }).click();
  await expect(page).toHaveURL(/region=tongnan(%2C|,)zoucheng/);
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  expect(requested.filter((p) => /\/data\/index-/.test(p))).toHaveLength(1);
});

test('a cold link to a place reads the figures its page shipped, under its filters too; another page reads its own page’s data', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/region/zoucheng');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('邹城市');
  const rows = page.locator('table.indicator-table tbody tr');
  await expect(rows.first()).toHaveAttribute('data-region', 'zoucheng');
  const all = await page.locator('.indicator-table caption').textContent();
  // A sector within the place: answered by the same slice.
  // The smallest sector (the largest may hold every figure of the place).
  await page.locator('.sector-bar').last().click();
  await expect(page).toHaveURL(/[?&]sector=/);
  await expect(page.locator('.indicator-table caption')).not.toHaveText(all!);
  expect(requested.filter((p) => /\/data\/index-/.test(p))).toEqual([]);
  await page.getByRole('link', { name: '总览' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  await expect(page.locator('table.indicator-table tbody tr').first()).toBeVisible();
  // `/`'s own data, read from its page; then another place's page, read from its own.
  expect(requested.filter((p) => /\/data\/index-/.test(p))).toEqual([]);
  await page
    .getByRole('link', { name: /^潼南区/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('潼南区');
  await expect(rows.first()).toHaveAttribute('data-region', 'tongnan');
  expect(requested.filter((p) => p === '/region/tongnan')).toHaveLength(1);
  expect(requested.filter((p) => /\/data\/index-/.test(p))).toEqual([]);
});

test('selecting a number in the text opens its details and can be closed', async ({ page }) => {
  await page.goto('/article/tongnan-2022-page-01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('遂潼一体加速 川渝样板渐成');
  await expect(page.getByText('——潼南区凸显重庆主城都市区桥头堡作用')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '生态环保联防联控' })).toBeVisible();
  await page.getByRole('button', { name: '34次' }).click();
  await expect(page).toHaveURL(/indicator=tongnan-joint-river-patrols/);
  await expect(page.getByRole('complementary')).toContainText('多层级联合巡河');
  await page.getByRole('complementary').getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).toHaveURL(/\/article\/tongnan-2022-page-01$/);
});

test('the first article says its beginning is on another page', async ({ page }) => {
  await page.goto('/article/jingmen-2022-page-01');
  await expect(page.getByText('本文开头刊于其他版面')).toBeVisible();
  // Its byline, printed before its beginning, is not on this page.
  await expect(page.getByText('本版未刊登署名')).toBeVisible();
});

test('a table value links to its quote; /indicator/ID does too', async ({ page }) => {
  await page.goto('/?region=shushan');
  await page.locator('tr[data-indicator="shushan-demands-resolved"] td.num a').click();
  await expect(page).toHaveURL(/\/article\/shushan-2022-page-01\?indicator=shushan-demands-resolved$/);
  await expect(page.getByRole('button', { name: '33个' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/indicator/linjiang-credit-rank');
  await expect(page).toHaveURL(/\/article\/linjiang-2022-page-01\?indicator=linjiang-credit-rank$/);
  await expect(page.getByRole('button', { name: '第4位' })).toHaveAttribute('aria-pressed', 'true');
});

test('a place whose article gives no figure shows its article and says so honestly', async ({ page }) => {
  test.skip(!QUIET, NO_QUIET_PLACE);
  await page.goto(`/region/${QUIET!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(QUIET!.name.zh);
  await expect(page.getByText('这篇报道没有给出可量化的数据。').first()).toBeVisible();
  for (const article of dataset.articles.filter((a) => a.regionId === QUIET!.id))
    await expect(page.getByRole('link', { name: article.headline })).toBeVisible();
  await expect(page.locator('table.indicator-table')).toHaveCount(0);
  await waitForChart(page, 'place-map');
});

test('hovering a place on the map marks its rows in the table', async ({ page }) => {
  // Sorted by value, the first page mixes places: 荆门's rows must be marked, and only they.
  await page.goto('/?sort=value');
  const rows = page.locator('table.indicator-table tbody tr');
  await expect(rows).toHaveCount(25);
  const jingmen = await page.locator('table.indicator-table tbody tr[data-region="jingmen"]').count();
  expect(jingmen).toBeGreaterThan(0);
  expect(jingmen).toBeLessThan(25);
  const { x, y } = await markPosition(page, 'china-map', 0, markerOf('jingmen'));
  await page.mouse.move(x, y);
  const hovered = page.locator('table.indicator-table tr.is-hovered');
  await expect(hovered).toHaveCount(jingmen);
  expect(new Set(await hovered.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.region)))).toEqual(
    new Set(['jingmen']),
  );
  await page.mouse.move(5, 5);
  await expect(hovered).toHaveCount(0);
});

test('the map is never mouse-only: its places are links beside it; focus marks the place, Enter opens it', async ({
  page,
}) => {
  await page.goto('/?sort=value');
  const list = page.getByRole('list', { name: '地图上的地区' });
  const linjiang = list.getByRole('link', { name: '临江市' });
  await linjiang.focus();
  // Focus marks the place as hovering does: its rows in the table.
  const marked = page.locator('table.indicator-table tbody tr.is-hovered');
  await expect(marked.first()).toBeVisible();
  expect(new Set(await marked.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.region)))).toEqual(
    new Set(['linjiang']),
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/region\/linjiang$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('临江市');
});

test('place names in the table, headline cards and article list open the place', async ({ page }) => {
  await page.goto('/');
  await page.locator('table.indicator-table tbody tr').first().getByRole('link', { name: '荆门高新区·掇刀区' }).click();
  await expect(page).toHaveURL(/\/region\/jingmen$/);
  await page.goto('/?lang=en');
  await page.locator('.tile-meta').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/region\/[a-z]+\?lang=en$/);
});
