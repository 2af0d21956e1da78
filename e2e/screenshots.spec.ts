// Screenshots for people to look at (test-results/screenshots/<size>-<theme>-<lang>-<view>.png):
// overview, a region and an article, at desktop and phone size, in both languages
// and both themes. Each page is also checked for sideways scrolling.
import { expect, test } from './support/test.ts';
import { drawAllCharts, waitForChart } from './support/charts.ts';
import { expectNoHorizontalScroll, screenshot } from './support/page.ts';

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } };

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots of overview, region and article: ${size}, ${theme}, both languages`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize(viewport);
      await page.addInitScript(
        (t) => localStorage.setItem('regional-pulse-ui', JSON.stringify({ state: { theme: t } })),
        theme,
      );
      for (const lang of ['zh', 'en'] as const) {
        const q = lang === 'en' ? '?lang=en' : '';
        const shot = (view: string) => screenshot(page, `${size}-${theme}-${lang}-${view}`);
        await page.goto(`/${q}`);
        await waitForChart(page, 'china-map');
        await drawAllCharts(page);
        await expectNoHorizontalScroll(page);
        await shot('overview');

        await page.goto(`/region/jingmen${q}`);
        await waitForChart(page, 'place-map');
        await drawAllCharts(page);
        await expectNoHorizontalScroll(page);
        await shot('region');

        await page.goto(`/article/shushan-2022-page-01${q ? `${q}&` : '?'}indicator=shushan-huangudai-disbursed`);
        await expect(page.locator('mark.quote').first()).toBeVisible();
        await expectNoHorizontalScroll(page);
        await shot('article');
      }
    });
  }
}
