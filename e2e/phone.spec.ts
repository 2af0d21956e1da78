// The phone-sized run (375×812): the same journeys a thumb makes, no sideways scrolling.
import { expect, test } from './support/test.ts';
import { clickMark, drawAllCharts, everyExplorerMeasureDraws, waitForChart } from './support/charts.ts';
import { expectNoHorizontalScroll, screenshot, tableRegions } from './support/page.ts';

test('overview on a phone: filter, see the map and charts, no horizontal scroll', async ({ page }) => {
  await page.goto('/');
  await waitForChart(page, 'china-map');
  await drawAllCharts(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'phone-overview');
  // The first screen is figures: the filters are one control, opened as a sheet.
  await expect(page.locator('.tiles .tile').first()).toBeInViewport();
  await expect(page.getByRole('button', { name: /^邹城市/ })).toBeHidden();
  await page.getByRole('button', { name: '筛选', exact: true }).tap();
  await page.getByRole('button', { name: /^邹城市/ }).tap();
  await expect(page).toHaveURL(/\?region=zoucheng$/);
  await page.getByRole('button', { name: '完成' }).tap();
  await expect(page.getByRole('button', { name: /^邹城市/ })).toBeHidden();
  // The active filter is a token that removes it.
  await expect(page.getByRole('button', { name: '移除筛选：邹城市' })).toBeVisible();
  expect(new Set(await tableRegions(page))).toEqual(new Set(['zoucheng']));
  // Zoucheng's batches are drawn within their whole, and status shows at this width.
  await expect(page.locator('[data-story="zoucheng-posts"] .part-of-whole')).toBeVisible();
  await expect(page.locator('table.indicator-table tbody tr').first().locator('.badge').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('region and article on a phone; a chart bar opens the sentence', async ({ page }) => {
  await page.goto('/region/jingmen');
  await waitForChart(page, 'place-map');
  await waitForChart(page, 'story-jingmen-auto-output');
  await drawAllCharts(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'phone-region');
  await page.locator('[data-story="jingmen-auto-output"]').scrollIntoViewIfNeeded();
  await clickMark(page, 'story-jingmen-auto-output', 0, 1);
  await expect(page).toHaveURL(/indicator=jingmen-auto-output-2022/);
  await expect(page.getByRole('complementary')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'phone-article');
});

test('the explorer reads on a phone: every measure it offers draws, status and places in its keys', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/?lang=en');
  expect((await everyExplorerMeasureDraws(page)).length).toBeGreaterThan(1);
  await expect(page.locator('section.explorer .legend').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  expect(errors).toEqual([]);
});
