// Odd links (issue 20, point 7): an address that names no real id shows a
// not-found page that says which id it asked for, every invisible character
// written out, and the real id it most likely meant; a note echoing an id shows
// the same. Ids come from the dataset the build was made from.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test as base } from './support/test.ts';
import { DATASET_PATH } from '../scripts/dataset-path.ts';

interface Dataset {
  regions: { id: string; name: { zh: string; en: string } }[];
  articles: { id: string; headline: string }[];
  indicators: { id: string; articleId: string; label: { zh: string; en: string } }[];
}

const test = base.extend<{ datasetPath: string; dataset: Dataset }>({
  // The dataset the build was made from (scripts/dataset-path.ts: data/dataset.json, or PULSE_DATASET).
  datasetPath: [DATASET_PATH, { option: true }],
  dataset: async ({ datasetPath }, use) => use(JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset),
});

const NOT_FOUND = { zh: '找不到这个页面', en: 'Page not found' };

async function expectNotFound(page: Page, lang: 'zh' | 'en' = 'zh') {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND[lang]);
  await expect(page).toHaveTitle(NOT_FOUND[lang]);
}

test('dot segments the browser resolves before any request: the page shown is the one its address names', async ({
  page,
  dataset,
}) => {
  const region = dataset.regions[0]!;
  for (const path of ['/region/%2e%2e', '/indicator/%2e%2e', '/region/..', '/article/.%2E']) {
    await page.goto(path);
    // The URL standard makes %2e%2e a dot segment: the request and the address bar are both "/".
    expect(new URL(page.url()).pathname, path).toBe('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  }
  // One left after resolving (/region/<id>/.. is /region/): a not-found page that lists the places.
  await page.goto(`/region/${region.id}/..`);
  expect(new URL(page.url()).pathname).toBe('/region/');
  await expectNotFound(page);
  await expect(
    page.getByRole('navigation', { name: '可以打开的地区：' }).getByRole('link', { name: region.name.zh }),
  ).toBeVisible();
});

test('encoded dot segments and slashes that reach the app: not found, with the real id they meant', async ({
  page,
  dataset,
}) => {
  for (const region of dataset.regions.slice(0, 2)) {
    for (const path of [
      `/region/%2e%2e%2f${region.id}`,
      `/region/..%2F${region.id}`,
      `/region/${region.id}%2F..`,
      `/region/${region.id}%2f%2e%2e%2f`,
      `/region/${region.id.slice(0, -1)}`,
    ]) {
      await page.goto(path);
      await expectNotFound(page);
      const nearest = page.locator('.not-found-nearest');
      await expect(nearest, path).toContainText(region.id);
      await expect(nearest.getByRole('link')).toHaveText(region.name.zh);
    }
  }
  // Followed, the suggestion is the place's own page.
  const region = dataset.regions[0]!;
  await page.goto(`/region/%2e%2e%2f${region.id}?lang=en`);
  await expectNotFound(page, 'en');
  await page.locator('.not-found-nearest').getByRole('link', { name: region.name.en }).click();
  await expect(page).toHaveURL(new RegExp(`/region/${region.id}\\?lang=en$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(region.name.en);
});

test('an id encoded twice or with nothing near: not found, the id shown as asked, and the places to open', async ({
  page,
  dataset,
}) => {
  await page.goto('/region/%252e%252e');
  await expectNotFound(page);
  await expect(page.locator('.not-found-id')).toContainText('%2e%2e');
  await expect(page.locator('.not-found-nearest')).toHaveCount(0);
  const places = page.getByRole('navigation', { name: '可以打开的地区：' });
  for (const region of dataset.regions.slice(0, 12))
    await expect(places.getByRole('link', { name: region.name.zh, exact: true })).toBeVisible();
});

test('an indicator id with a zero-width space: the not-found page and the note show it, and the real one is offered', async ({
  page,
  dataset,
}) => {
  const indicator = dataset.indicators[0]!;
  await page.goto(`/indicator/${indicator.id}%E2%80%8B`);
  await expectNotFound(page);
  await expect(page.locator('.not-found-id')).toContainText(`${indicator.id}⟨U+200B⟩`);
  const nearest = page.locator('.not-found-nearest');
  await expect(nearest).toContainText(indicator.id);
  await nearest.getByRole('link', { name: indicator.label.zh }).click();
  // The short link opens the figure's sentence in its article.
  await expect(page).toHaveURL(new RegExp(`/article/${indicator.articleId}\\?indicator=${indicator.id}$`));

  // The same id as a parameter of the article: ignored, and the note says what it held.
  await page.goto(`/article/${indicator.articleId}?indicator=${indicator.id}%E2%80%8B`);
  const note = page.getByRole('note');
  await expect(note).toContainText(`indicator=${indicator.id}⟨U+200B⟩`);
  expect(await note.textContent()).not.toMatch(/[\p{Cc}\p{Cf}]/u);
});

test('an article or a story embed one letter off: not found, with the real one offered', async ({ page, dataset }) => {
  const article = dataset.articles[0]!;
  await page.goto(`/article/${article.id}x`);
  await expectNotFound(page);
  await expect(page.locator('.not-found-nearest').getByRole('link')).toHaveText(article.headline);
  const region = dataset.regions.at(-1)!;
  await page.goto(`/embed/region/..%2F${region.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND.zh);
  await expect(page.locator('.not-found-nearest').getByRole('link')).toHaveText(region.name.zh);
});
