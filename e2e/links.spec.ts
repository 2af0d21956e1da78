import { expect, test } from './support/test.ts';
import { holdRoute } from './support/faults.ts';
import { waitForChart } from './support/charts.ts';
import { figuresOf, reportedPlaces } from './support/dataset.ts';
import { watchErrors } from './support/page.ts';

/** Linjiang's rows in the table: its figures, up to the table's first page of 25. */
const LINJIANG_ROWS = Math.min(25, figuresOf('linjiang').length);

test('switching language changes the UI, keeps the view and survives a reload', async ({ page }) => {
  await page.goto('/?region=jingmen');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/\?region=jingmen&lang=en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await expect(page.getByRole('button', { name: /^Jingmen Hi-tech Zone/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.app')).toHaveAttribute('lang', 'en');
  await expect(page.locator('table.indicator-table')).toContainText('Auto industry output');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Indicator table' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page).toHaveURL(/\?region=jingmen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
});

test('a Chinese view never downloads the English strings; the switch waits for them on the page it leaves', async ({
  page,
}) => {
  const english = /\/assets\/messages-en-[\w-]+\.js$/;
  const asked: string[] = [];
  page.on('request', (r) => {
    if (english.test(new URL(r.url()).pathname)) asked.push(r.url());
  });
  await page.goto('/?region=jingmen');
  await expect(page.locator('table.indicator-table')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  // Held: the switch is under way, and the Chinese page stays whole until they are in.
  const held = await holdRoute(page, english);
  const asking = page.waitForRequest((r) => english.test(new URL(r.url()).pathname));
  await page.getByRole('button', { name: 'English' }).click();
  await asking;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  await expect(page.locator('.app')).toHaveAttribute('lang', 'zh-CN');
  held.release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await expect(page).toHaveURL(/\?region=jingmen&lang=en$/);
  // Back and Forward across the switch need nothing more.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  expect(asked).toHaveLength(1);
});

test('the language switch on an article keeps its marked number', async ({ page }) => {
  await page.goto('/article/linjiang-2022-page-01?indicator=linjiang-credit-index');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/indicator=linjiang-credit-index/);
  await expect(page.getByRole('complementary')).toContainText('City credit composite index');
  // Article text stays Chinese.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('吉林临江多措并举加快信用体系建设');
});

for (const path of [
  '/region/atlantis',
  '/article/no-such-article',
  '/indicator/no-such-indicator',
  '/some/unknown/path',
]) {
  test(`a bad link shows a friendly not-found: ${path}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
    await page.getByRole('link', { name: '返回总览' }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(errors).toEqual([]);
  });
}

test('a garbage query string is ignored with a visible note and never rendered as HTML', async ({ page }) => {
  const errors = watchErrors(page);
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto(
    '/?region=jingmen,atlantis&lang=xx&measure=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&sort=%3Cb%3E&all=maybe',
  );
  const note = page.getByRole('note');
  await expect(note).toContainText('region=atlantis');
  await expect(note).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^荆门高新区/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  expect(dialog).toBe(false);
  expect(errors).toEqual([]);
});

test('a link copied while the data loads is still said to be copied once the page arrives', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The page's timers stand still (the word stays up for a few seconds), and the index waits for the test.
  await page.clock.install({ time: new Date('2026-03-01T08:00:00Z') });
  await page.clock.pauseAt(new Date('2026-03-01T08:00:01Z'));
  const index = await holdRoute(page, /\/data\/index-[^/]*\.json$/);
  await page.goto('/?sector=ecology&lang=en');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  index.release();
  // The page's clock moved a step at a time until the page is in (React shows it after a
  // short timer of its own), never as far as the word's few seconds.
  const heading = page.getByRole('heading', { level: 1, name: 'Overview' });
  for (let moved = 0; !(await heading.isVisible()); moved += 100) {
    expect(moved, 'the page arrived within 2 s on its clock').toBeLessThan(2000);
    await page.clock.runFor(100);
  }
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('sector=ecology');
});

test('copy link puts the current URL on the clipboard, with the dataset version', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?sector=ecology&lang=en');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`^${page.url().replace(/[.?]/g, '\\$&')}&v=[0-9a-f]{8}$`),
  );
});

test('the theme preference is kept on this device, not in the link', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '深色' }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(/\/$/);
  await page.reload();
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
});

test('the prerendered overview is taken over in place, in the saved theme, and any other address never shows it', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    // Playwright's own note when the service worker registers (1.5 s after load; blocked in e2e) is the harness, not the app.
    if (
      (m.type() === 'warning' || m.type() === 'error') &&
      !/Service Worker registration blocked by Playwright/.test(m.text())
    )
      warnings.push(m.text());
  });
  await page.addInitScript(() => {
    localStorage.setItem('regional-pulse-ui', JSON.stringify({ state: { theme: 'dark' }, version: 0 }));
    // The title as parsed from the HTML, before React has run.
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { prerenderedTitle: Element | null }).prerenderedTitle =
        document.querySelector('h1.page-title');
    });
  });
  await page.goto('/');
  await waitForChart(page, 'china-map');
  // Hydrated, not replaced: the very element the HTML carried is still the one on screen.
  expect(
    await page.evaluate(() => {
      const parsed = (window as unknown as { prerenderedTitle: Element | null }).prerenderedTitle;
      return parsed !== null && parsed.isConnected && document.querySelector('h1.page-title') === parsed;
    }),
  ).toBe(true);
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
  // The toggle shows the saved theme too (its look follows aria-pressed).
  await expect(page.getByRole('button', { name: /深色/ })).toHaveAttribute('aria-pressed', 'true');
  expect(warnings).toEqual([]);

  // A filtered link and another view get the shell, then their own content.
  await page.goto('/?region=linjiang');
  await expect(page.getByRole('button', { name: /^临江市/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('table.indicator-table tbody tr')).toHaveCount(LINJIANG_ROWS);
  const place = reportedPlaces.at(-1)!;
  await page.goto(`/region/${place.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(place.name.zh);
});

test('a filter chosen on the prerendered overview before it is taken over is not lost', async ({ page }) => {
  // Hold the overview's code back (`/` ships its data, so only its code can keep
  // React from taking the page over): the chip is already on screen
  // (prerendered) but has no handler.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/overview-[\w-]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const chip = page.getByRole('button', { name: /^临江市/ });
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  release();
  await expect(page).toHaveURL(/\?region=linjiang$/);
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('table.indicator-table tbody tr')).toHaveCount(LINJIANG_ROWS);
});
