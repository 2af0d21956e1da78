// What a first visit notices: where you are, what a toggle is set to, nothing
// that jumps, each note once, Esc closes what it opened.
import { expect, test } from './support/test.ts';
import { QUIET, dataset, figuresOf, reportedPlaces } from './support/dataset.ts';

test('breadcrumbs are a labelled nav that ends at the current place or article', async ({ page }) => {
  await page.goto('/region/linjiang');
  const crumbs = page.getByRole('navigation', { name: '位置' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['总览', '吉林省', '临江市']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('临江市');
  await page.goto('/article/linjiang-2022-page-01?lang=en');
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(trail.getByRole('link', { name: 'Linjiang' })).toHaveAttribute('href', '/region/linjiang?lang=en');
  await expect(trail.getByRole('listitem').last()).toHaveAttribute('lang', /^zh/);
  await expect(trail.locator('[aria-current="page"]')).toContainText('临江');
});

test('the theme toggle shows its state to the eye, and copying the link moves nothing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const theme = page.getByRole('button', { name: /深色/ });
  const look = () => theme.evaluate((el) => getComputedStyle(el).backgroundColor);
  const before = await look();
  await theme.click();
  await expect(theme).toHaveAttribute('aria-pressed', 'true');
  expect(await look()).not.toBe(before);

  const buttons = page.locator('.header-actions .button');
  const boxes = async () => Promise.all((await buttons.all()).map((b) => b.boundingBox()));
  const at = await boxes();
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  expect(await boxes()).toEqual(at);
});

test('each note once, only where it applies', async ({ page }) => {
  // A place whose article gives no figure when the data has one: its page says so once; any other place's never.
  const place = QUIET ?? reportedPlaces[0]!;
  const article = dataset.articles.find((a) => a.regionId === place.id)!;
  await page.goto(`/region/${place.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(place.name.zh);
  await expect(page.getByText('这篇报道没有给出可量化的数据。')).toHaveCount(figuresOf(place.id).length === 0 ? 1 : 0);
  await expect(page.getByText(/边界数据来自/)).toHaveCount(1);
  await page.goto(`/article/${article.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/边界数据来自/)).toHaveCount(0);
  await page.goto('/no/such/page');
  await expect(page.getByText(/边界数据来自/)).toHaveCount(0);
});

test('Esc closes the indicator panel and focus goes back to its number', async ({ page }) => {
  await page.goto('/article/tongnan-2022-page-01?indicator=tongnan-joint-river-patrols');
  await expect(page.getByRole('complementary')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).toHaveURL(/\/article\/tongnan-2022-page-01$/);
  await expect(page.getByRole('button', { name: '34次' })).toBeFocused();
});
