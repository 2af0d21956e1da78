// The phone-sized run (375×812): the same journeys a thumb makes, no sideways scrolling.
import { expect, test } from '@playwright/test';
import { clickMark, drawAllCharts, waitForChart } from './support/charts.ts';
import { expectNoHorizontalScroll, screenshot, tableRegions } from './support/page.ts';

test('overview on a phone: filter, see the map and charts, no horizontal scroll', async ({ page }) => {
  await page.goto('/');
  await waitForChart(page, 'china-map');
  await drawAllCharts(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'phone-overview');
  await page.getByRole('button', { name: /^邹城市/ }).tap();
  await expect(page).toHaveURL(/\?region=zoucheng$/);
  expect(new Set(await tableRegions(page))).toEqual(new Set(['zoucheng']));
  await waitForChart(page, 'story-zoucheng-posts');
  await expectNoHorizontalScroll(page);
});

test('region and article on a phone; a chart bar opens the sentence', async ({ page }) => {
  await page.goto('/region/tongnan');
  await waitForChart(page, 'place-map');
  await waitForChart(page, 'story-tongnan-rivers');
  await drawAllCharts(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'phone-region');
  await page.locator('[data-story="tongnan-rivers"]').scrollIntoViewIfNeeded();
  await clickMark(page, 'story-tongnan-rivers', 0, 1);
  await expect(page).toHaveURL(/indicator=tongnan-water-info-exchanges/);
  await expect(page.getByRole('complementary')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'phone-article');
});
