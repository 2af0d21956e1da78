// Screenshots for people to look at (test-results/screenshots), at desktop size.
// The phone-sized ones come from phone.spec.ts.
import { expect, test } from './support/test.ts';
import { drawAllCharts, waitForChart } from './support/charts.ts';
import { expectNoHorizontalScroll, screenshot } from './support/page.ts';

test('desktop screenshots of overview, region and article', async ({ page }) => {
  await page.goto('/');
  await waitForChart(page, 'china-map');
  await waitForChart(page, 'explorer');
  await drawAllCharts(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'desktop-overview');

  await page.goto('/region/jingmen');
  await waitForChart(page, 'place-map');
  await waitForChart(page, 'story-jingmen-lithium-share');
  await drawAllCharts(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'desktop-region');

  await page.goto('/article/shushan-2022-page-01?indicator=shushan-huangudai-disbursed');
  await expect(page.locator('mark.quote').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'desktop-article');
});
