// Figures are shown only as what they are: context never poses as a place's own
// figure, comparisons compare one measure, status is always there.
import { expect, test } from './support/test.ts';
import { everyExplorerMeasureDraws, seriesData } from './support/charts.ts';
import { dataset, figuresOf, reportedPlaces } from './support/dataset.ts';
import { watchErrors } from './support/page.ts';

const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
const indicatorOf = (href: string | null) =>
  byId.get(new URL(href ?? '', 'http://x').searchParams.get('indicator') ?? '');

test('the explorer draws every measure it offers, each bar one unit and never a context figure', async ({ page }) => {
  const errors = watchErrors(page);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto('/');
  // Each measure is drawn twice below, a second or two each: the time allowed grows with what the dataset compares.
  const options = page.locator('section.explorer select option');
  await options.first().waitFor({ state: 'attached' });
  test.setTimeout(20_000 + (await options.count()) * 3_000);
  const seen = await everyExplorerMeasureDraws(page);
  expect(seen.length).toBeGreaterThan(1);
  for (const measure of seen) {
    await page.locator('section.explorer select').selectOption(measure);
    const bars = await seriesData<{ id: string }>(page, 'explorer');
    const figures = bars.map((b) => byId.get(b.id)!);
    expect(new Set(figures.map((i) => i.normalized.unit)).size, measure).toBe(1);
    expect(
      figures.filter((i) => i.subject === 'context'),
      measure,
    ).toEqual([]);
  }
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('no headline card and no story bar shows a context figure; the context figure in a rank is badged as context', async ({
  page,
}) => {
  // The overview, and every place with figures.
  for (const path of [
    '/',
    '/?lang=en',
    ...reportedPlaces.filter((r) => figuresOf(r.id).length > 0).map((r) => `/region/${r.id}`),
  ]) {
    await page.goto(path);
    for (const href of await page
      .locator('.tiles a.tile-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(indicatorOf(href)?.subject, `${path} headline ${href}`).not.toBe('context');
    }
    for (const story of dataset.stories.filter((s) => s.kind === 'bars')) {
      if (!(await page.locator(`[data-chart="story-${story.id}"]`).count())) continue;
      for (const bar of await seriesData<{ id: string }>(page, `story-${story.id}`))
        expect(byId.get(bar.id)?.subject, `${path} ${story.id}`).not.toBe('context');
    }
    // Every figure listed in a story says whose it is when it is context.
    for (const item of await page.locator('.figure-list li, .count-tiles li').all()) {
      const figure = indicatorOf(await item.locator('a').first().getAttribute('href'));
      if (figure?.subject === 'context') await expect(item.locator('.badge.status-context')).toBeVisible();
    }
  }
});

test('status is beside every value in the table, also when the page is printed', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const rows = page.locator('table.indicator-table tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let n = 0; n < count; n++) await expect(rows.nth(n).locator('td.num .badge').first()).toBeVisible();
});
