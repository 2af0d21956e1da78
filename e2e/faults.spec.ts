// The fault suite (issue 11): each of the app's files fails in each way, and the
// page must say what failed where it failed, in the active language, with a
// Retry that works; keep the rest working; and never request the file more
// than the loading layer's bound (one attempt, or three for a transient fault).
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { waitForChart } from './support/charts.ts';
import { bound, CODE_FAULTS, failFile, holdRoute, JSON_FAULTS, settledCount } from './support/faults.ts';
import { watchErrors } from './support/page.ts';

// Failures provoked on purpose log the browser's own errors; any other error still fails the test.
test.beforeEach(({ consoleWatch }) => consoleWatch.expectConsoleErrors(/^Failed to load resource/));

// The whole index, and each place's and sector's own file: a first filter on `/` reads one of those, any other view the index.
const INDEX = /\/data\/(index-[^/]*|views-[^/]*\/[^/]*)\.json$/;
const ARTICLE = /\/data\/article-tongnan-[^/]*\.json$/;
const QUOTES = /\/data\/quotes-[^/]*\.json$/;
const CHINA_MAP = /\/assets\/china-[^/]*\.json$/;
// The chart wrapper's chunk (src/charts/chart.tsx): its name, then an 8-character hash (never chart-download-…).
const CHART_CODE = /\/assets\/chart-[\w-]{8}\.js$/;

/** The filters work: a chip press changes the URL and the table; a second press undoes it. */
async function chipsWork(page: Page, region = 'tongnan', name = /^潼南区/) {
  const chip = page.getByRole('button', { name });
  await chip.click();
  await expect(page).toHaveURL(new RegExp(`[?&]region=${region}(&|$)`));
  await expect(page.locator('table.indicator-table tbody tr').first()).toHaveAttribute('data-region', region);
  await chip.click();
  await expect(page).not.toHaveURL(/region=/);
}

test.describe('the index (and a filter’s own file) fails', () => {
  for (const fault of JSON_FAULTS) {
    test(`on / (${fault}): / shows its own figures; the first filter says its data failed, stops asking, and Retry brings it`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const index = await failFile(page, INDEX, fault);
      await page.goto('/');
      // `/` ships its own data (src/data/overview-slice.ts): live, with nothing asked of the index.
      await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
      await expect(page.locator('table.indicator-table tbody tr').first()).toBeVisible();
      expect(index.count).toBe(0);
      await page.getByRole('button', { name: /^潼南区/ }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('数据加载失败');
      // Not a page that looks complete but does nothing.
      await expect(page.locator('section.filters')).toHaveCount(0);
      expect(await settledCount(page, index)).toBe(bound(fault));
      index.heal();
      await alert.getByRole('button', { name: '重试' }).click();
      await expect(page).toHaveURL(/[?&]region=tongnan(&|$)/);
      await expect(page.locator('table.indicator-table tbody tr').first()).toHaveAttribute('data-region', 'tongnan');
      await page.getByRole('button', { name: /^潼南区/ }).click();
      await expect(page).not.toHaveURL(/region=/);
      await chipsWork(page);
      expect(index.count).toBe(bound(fault) + 1);
      expect(errors).toEqual([]);
    });
  }

  test('on a cold deep link, in English (404): the message is English and nothing is asked again', async ({ page }) => {
    const index = await failFile(page, INDEX, '404');
    // A filtered overview needs its place's own file (a place's own page ships its slice, `/` its own data).
    await page.goto('/?region=jingmen&lang=en');
    await expect(page.getByRole('alert')).toContainText('The data could not be loaded');
    expect(await settledCount(page, index)).toBe(1);
    index.heal();
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('table.indicator-table tbody tr').first()).toHaveAttribute('data-region', 'jingmen');
  });
});

test.describe('an article’s text fails', () => {
  for (const fault of JSON_FAULTS) {
    test(`(${fault}): said in the article's place, the frame works, Back clears it, Retry loads it`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const article = await failFile(page, ARTICLE, fault, '{"id":"tongnan-2022-page-01"}');
      await page.goto('/');
      // Live first: a link pressed on the prerendered page before React takes it over is
      // the browser's own navigation, a new document whose requests this count would add.
      await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
      await page.getByRole('link', { name: '遂潼一体加速 川渝样板渐成', exact: true }).click();
      await expect(page).toHaveURL(/\/article\/tongnan-2022-page-01$/);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('这篇报道的正文加载失败');
      expect(await settledCount(page, article)).toBe(bound(fault));
      // The frame still works: the language switch says it again in English.
      await page.getByRole('button', { name: 'English' }).click();
      await expect(alert).toContainText('The article’s text could not be loaded');
      // Leaving clears it: the overview, with no error.
      await page.goBack();
      await page.goBack();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
      await expect(page.getByRole('alert')).toHaveCount(0);
      await page.goForward();
      await expect(page.getByRole('alert')).toContainText('这篇报道的正文加载失败');
      article.heal();
      await page.getByRole('button', { name: '重试' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('遂潼一体加速 川渝样板渐成');
      await expect(page.getByRole('button', { name: '34次' })).toBeVisible();
      expect(article.count).toBe(bound(fault) + 1);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('the quotes fail', () => {
  for (const fault of JSON_FAULTS) {
    test(`(${fault}): search says it matches labels only, keeps working, and Retry restores it`, async ({ page }) => {
      const errors = watchErrors(page);
      const quotes = await failFile(page, QUOTES, fault, '["too few"]');
      await page.goto('/');
      const box = page.getByRole('searchbox');
      await box.fill('汽车');
      await expect(page.getByText('引文暂时无法加载，搜索只匹配指标名称。').first()).toBeVisible();
      // Labels still match.
      await expect(page.locator('table.indicator-table tbody tr').first()).toContainText('汽车');
      expect(await settledCount(page, quotes)).toBe(bound(fault));
      await chipsWork(page, 'jingmen', /^荆门/);
      quotes.heal();
      await page.getByRole('alert').getByRole('button', { name: '重试' }).click();
      await expect(page.getByText('引文暂时无法加载，搜索只匹配指标名称。')).toHaveCount(0);
      // The retry's request reaches the route a moment after the message goes.
      await expect.poll(() => quotes.count).toBe(bound(fault) + 1);
      expect(await settledCount(page, quotes)).toBe(bound(fault) + 1);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('the China map file fails', () => {
  for (const fault of JSON_FAULTS) {
    test(`(${fault}): the map's box says so, the charts and filters work, Retry draws it`, async ({ page }) => {
      const errors = watchErrors(page);
      const map = await failFile(page, CHINA_MAP, fault);
      await page.goto('/');
      const box = page.locator('[data-chart="china-map"]');
      await expect(box.getByRole('alert')).toContainText('地图加载失败');
      await waitForChart(page, 'story-jingmen-auto-output');
      expect(await settledCount(page, map)).toBe(bound(fault));
      await page.evaluate(() => window.scrollTo(0, 0));
      await chipsWork(page);
      map.heal();
      await box.getByRole('button', { name: '重试' }).click();
      await waitForChart(page, 'china-map');
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(map.count).toBe(bound(fault) + 1);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('the chart code fails', () => {
  for (const fault of CODE_FAULTS) {
    test(`(${fault}): each chart's box says so, the page works, Retry reloads into drawn charts`, async ({ page }) => {
      const errors = watchErrors(page);
      const code = await failFile(page, CHART_CODE, fault);
      await page.goto('/');
      const story = page.locator('[data-chart="story-jingmen-auto-output"]');
      await story.scrollIntoViewIfNeeded();
      await expect(story.getByRole('alert')).toContainText('图表加载失败');
      // A browser keeps a failed module failed: one request (and its preload), never a loop.
      expect(await settledCount(page, code)).toBeLessThanOrEqual(2);
      await page.evaluate(() => window.scrollTo(0, 0));
      await chipsWork(page);
      code.heal();
      await story.scrollIntoViewIfNeeded();
      // Retry reloads the page: wait for the new page before looking for its chart,
      // or the scroll to it may land on the page being left.
      await Promise.all([page.waitForEvent('load'), story.getByRole('button', { name: '重试' }).click()]);
      await waitForChart(page, 'story-jingmen-auto-output');
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});

test('the bar charts’ own code fails (404): their boxes say so, asked for once, and the map is drawn', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // The bar series and grid, loaded with the first bar chart about to be seen (src/charts/cartesian-component.ts).
  const code = await failFile(page, /\/assets\/cartesian-component-[\w-]{8}\.js$/, '404');
  await page.goto('/');
  await waitForChart(page, 'china-map');
  const story = page.locator('[data-chart="story-jingmen-auto-output"]');
  await story.scrollIntoViewIfNeeded();
  await expect(story.getByRole('alert')).toContainText('图表加载失败');
  expect(await settledCount(page, code)).toBeLessThanOrEqual(2);
  await expect(page.locator('[data-chart="china-map"]').getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the English strings fail on a cold English link (404): said in English, with a Reload and the view in Chinese', async ({
  page,
}) => {
  const strings = await failFile(page, /\/assets\/messages-en-[\w-]+\.js$/, '404');
  await page.goto('/region/jingmen?lang=en');
  await expect(page.getByRole('alert')).toContainText('The English text of this page failed to load.');
  await expect(page.locator('.app')).toHaveAttribute('lang', 'en');
  expect(await settledCount(page, strings)).toBeLessThanOrEqual(2);
  await page.getByRole('link', { name: '中文版' }).click();
  await expect(page).toHaveURL(/\/region\/jingmen$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('荆门');
});

test('the code of a view fails (404): said as the page’s code, and Retry reloads it', async ({ page }) => {
  const code = await failFile(page, /\/assets\/article-[^/]*\.js$/, '404');
  await page.goto('/');
  // Live first: a link pressed before React takes the page over is the browser's own navigation.
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  await page.getByRole('link', { name: '遂潼一体加速 川渝样板渐成', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('页面代码加载失败');
  await expect(page.getByRole('button', { name: 'English' })).toBeEnabled();
  expect(await settledCount(page, code)).toBeLessThanOrEqual(2);
  code.heal();
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('遂潼一体加速 川渝样板渐成');
});

test('a slow view shows that the next one is loading, then the view', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  // Live first: a link pressed before React takes the page over is the browser's own navigation.
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  // The article's text held until the test has seen the wait said (should that take past
  // the e2e build's 1 s attempt, the attempt after it is let through: the view still comes).
  const article = await holdRoute(page, ARTICLE);
  await page.getByRole('link', { name: '遂潼一体加速 川渝样板渐成', exact: true }).click();
  // In the page while it waits (it grows in after a short delay, CSS: not yet a visible box).
  await expect(page.getByRole('progressbar')).toBeAttached();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  article.release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('遂潼一体加速 川渝样板渐成');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
});
