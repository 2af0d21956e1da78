// Offline after a first visit: the service worker (vite-plugin-pwa, Workbox)
// keeps the app shell, the code, `/` with its own data and the map files, the whole index once fetched, and each article
// once opened. Other tests block service workers; this one allows them.
import { expect, test } from './support/test.ts';
import { waitForChart } from './support/charts.ts';
import { watchErrors } from './support/page.ts';

// Failures provoked on purpose log the browser's own errors; any other error still fails the test.
test.beforeEach(({ consoleWatch }) => consoleWatch.expectConsoleErrors(/^Failed to load resource/));

test.use({ serviceWorkers: 'allow' });

test('after a first visit, a reload and the articles and filters opened so far work offline, with a visible note', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  await page.goto('/');
  await page.getByRole('link', { name: '遂潼一体加速 川渝样板渐成', exact: true }).click();
  await expect(page.getByRole('button', { name: '34次' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  // The service worker is registered after load, precaches, takes the page and keeps the article opened.
  // (Polled with page.evaluate: waitForFunction would take the async predicate's promise as true.)
  const ready = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active?.state !== 'activated' || !navigator.serviceWorker.controller) return false;
      const kept = (await caches.keys()).includes('pulse-articles')
        ? await (await caches.open('pulse-articles')).keys()
        : [];
      return kept.some((request) => /\/data\/article-tongnan-/.test(request.url));
    });
  await expect.poll(ready, { timeout: 20_000 }).toBe(true);
  // A filter opened so far: its own file is kept too (the worker controls the page now).
  await page.getByRole('button', { name: /^潼南区/ }).click();
  await expect(page.locator('table.indicator-table tbody tr').first()).toHaveAttribute('data-region', 'tongnan');
  await page.getByRole('button', { name: /^潼南区/ }).click();
  await expect(page).not.toHaveURL(/region=/);

  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: '当前离线' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  // Chromium 150 under Playwright 1.65 does not carry the offline emulation into a
  // document reloaded from the service worker (its navigator.onLine reads true,
  // as a real offline browser's would not): set it again for the new document.
  if (await page.evaluate(() => navigator.onLine)) {
    await context.setOffline(false);
    await context.setOffline(true);
  }
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByText('当前离线', { exact: false })).toBeVisible();
  await waitForChart(page, 'china-map');
  await page.getByRole('button', { name: /^潼南区/ }).click();
  await expect(page).toHaveURL(/\?region=tongnan$/);
  await page.getByRole('link', { name: '遂潼一体加速 川渝样板渐成', exact: true }).click();
  await expect(page.getByRole('button', { name: '34次' })).toBeVisible();

  // An article never opened cannot load offline: neither its page's data nor the
  // whole index was ever fetched, so its data failed, said with a Retry.
  await page.goto('/article/shushan-2022-page-01');
  await expect(page.getByRole('alert')).toContainText('数据加载失败');
  await context.setOffline(false);
  await expect(page.getByText('当前离线', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('article, .page').first()).toBeVisible();
  expect(errors).toEqual([]);
});
