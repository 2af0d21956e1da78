import { expect, test } from './support/test.ts';
import { seriesData, waitForChart } from './support/charts.ts';
import { NO_QUIET_PLACE, QUIET, dataset } from './support/dataset.ts';
import { tableIds, tableRegions, watchErrors } from './support/page.ts';

// The dataset the build was made from is the oracle: the app must show exactly what it holds.
/** The indicators a search finds once the quotes are loaded: their labels in either language, or their sentence. */
const found = (q: string) =>
  dataset.indicators.filter((i) => `${i.label.zh} ${i.label.en} ${i.quote}`.toLowerCase().includes(q.toLowerCase()));

test('filtering to one region and one sector: map, charts and table agree, and a reload keeps the view', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: /^潼南区/ }).click();
  await expect(page).toHaveURL(/\?region=tongnan$/);
  const expectedCount = dataset.indicators.filter(
    (i) => i.regionId === 'tongnan' && i.sectorIds.includes('ecology'),
  ).length;
  // The sector's count says what adding it to Tongnan gives.
  const ecology = page.getByRole('button', { name: /^生态环保/ });
  await expect(ecology.locator('.count')).toHaveText(String(expectedCount));
  await ecology.click();
  await expect(page).toHaveURL(/\?region=tongnan&sector=ecology$/);

  const check = async () => {
    await expect(page.getByRole('button', { name: /^潼南区/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: /^生态环保/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('table.indicator-table tbody tr')).toHaveCount(expectedCount);
    expect(new Set(await tableRegions(page))).toEqual(new Set(['tongnan']));
    const ids = await tableIds(page);

    // The map marks the one region and counts its filtered indicators.
    const markers = await seriesData<{ id: string; value: number[]; symbolSize: number }>(page, 'china-map');
    const tongnan = markers.find((m) => m.id === 'tongnan')!;
    expect(tongnan.value[2]).toBe(expectedCount);
    expect(tongnan.symbolSize).toBeGreaterThan(markers.find((m) => m.id === 'jingmen')!.symbolSize);
    expect(markers.filter((m) => m.id !== 'tongnan').every((m) => m.value[2] === 0)).toBe(true);

    // Only the river story remains: counts of different things, as tiles (never bars on one
    // axis), each linking to a sentence whose figure is a table row.
    await expect(page.locator('[data-story]')).toHaveCount(1);
    const river = page.locator('[data-story="tongnan-rivers"]');
    await expect(river.locator('.count-tile')).toHaveCount(3);
    await expect(river.locator('[data-chart]')).toHaveCount(0);
    for (const href of await river
      .locator('.count-tile')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(ids).toContain(new URL(href, 'http://x').searchParams.get('indicator'));
    }
  };

  await check();
  await page.reload();
  await check();
  expect(errors).toEqual([]);
});

test('a second filter chosen while the first one’s data loads builds on it, and the page waits busy, never half-filtered', async ({
  page,
}) => {
  // `/` ships its own data: its first filter loads that place's own file, and the
  // second (a place and a sector) the whole index, each held until the test releases them.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/data\/(index-[^/]*|views-[^/]*\/[^/]*)\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  const before = await page.locator('.indicator-table caption').textContent();
  await page.getByRole('button', { name: /^潼南区/ }).click();
  await expect(page).toHaveURL(/\?region=tongnan$/);
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  await page.locator('.chip[data-sector="ecology"]').click();
  await expect(page).toHaveURL(/\?region=tongnan&sector=ecology$/);
  // Still the overview as it was: nothing drawn from data that is not in.
  await expect(page.locator('.indicator-table caption')).toHaveText(before!);
  release();
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('button', { name: /^潼南区/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.chip[data-sector="ecology"]')).toHaveAttribute('aria-pressed', 'true');
  const regions = await tableRegions(page);
  expect(regions.length).toBeGreaterThan(0);
  expect(new Set(regions)).toEqual(new Set(['tongnan']));
});

test('Back and Forward step through filter changes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^邹城市/ }).click();
  await expect(page).toHaveURL(/\?region=zoucheng$/);
  await page.getByRole('button', { name: /^公共服务/ }).click();
  await expect(page).toHaveURL(/\?region=zoucheng&sector=public-services$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?region=zoucheng$/);
  await expect(page.getByRole('button', { name: /^公共服务/ })).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: /^邹城市/ })).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(page).toHaveURL(/\?region=zoucheng$/);
  expect(new Set(await tableRegions(page))).toEqual(new Set(['zoucheng']));
});

test('text search filters the table, an empty result says so and clears', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox').fill('公益');
  await expect(page).toHaveURL(/q=%E5%85%AC%E7%9B%8A/);
  await expect(page.locator('table.indicator-table tbody tr').first()).toBeVisible();
  // The places of the figures it finds (the seed page's welfare posts are Zoucheng's).
  const places = new Set(found('公益').map((i) => i.regionId));
  expect(places).toContain('zoucheng');
  await expect.poll(async () => new Set(await tableRegions(page))).toEqual(places);

  await page.getByRole('searchbox').fill('没有这种东西');
  // The empty state names its cause: the search matches nothing.
  await expect(page.getByText('没有与“没有这种东西”匹配的指标。')).toBeVisible();
  await expect(page.locator('table.indicator-table')).toHaveCount(0);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  // Every indicator again: a first page of 25 rows, and the rest a click (or a few) away, each saying how many are left.
  const total = dataset.indicators.length;
  await expect(page.locator('table.indicator-table caption')).toContainText(`${total} 项指标`);
  const rows = page.locator('table.indicator-table tbody tr');
  await expect(rows).toHaveCount(Math.min(25, total));
  for (let shown = await rows.count(); shown < total;) {
    await page.getByRole('button', { name: `显示更多（还有 ${total - shown} 项）` }).click();
    await expect(rows).not.toHaveCount(shown);
    shown = await rows.count();
  }
  await expect(rows).toHaveCount(total);
  await expect(page.getByRole('button', { name: /^显示更多/ })).toHaveCount(0);
  expect(new Set(await tableIds(page))).toEqual(new Set(dataset.indicators.map((i) => i.id)));
});

test('an empty result says why: a place whose article reports no figures is not "no match"', async ({ page }) => {
  test.skip(!QUIET, NO_QUIET_PLACE);
  await page.goto(`/?region=${QUIET!.id}`);
  await expect(
    page.getByRole('status').filter({ hasText: `${QUIET!.name.zh}的报道没有给出可量化的数据。` }),
  ).toBeVisible();
  await expect(page.getByText('没有符合当前筛选条件的指标。')).toHaveCount(0);
});

test('sorting the table is part of the link', async ({ page }) => {
  await page.goto('/?region=jingmen');
  await page.getByRole('button', { name: /^数值/ }).click();
  await expect(page).toHaveURL(/sort=value/);
  await page.getByRole('button', { name: /^数值/ }).click();
  await expect(page).toHaveURL(/sort=value&dir=desc/);
  await expect(page.getByRole('columnheader', { name: /数值/ })).toHaveAttribute('aria-sort', 'descending');
  const first = await tableIds(page);
  await page.reload();
  expect(await tableIds(page)).toEqual(first);
  await waitForChart(page, 'explorer');
});

test('keyboard: a filter chip toggles with Enter and shows its focus', async ({ page }) => {
  await page.goto('/');
  const chip = page.getByRole('button', { name: /^临江市/ });
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?region=linjiang$/);
  await expect(chip).toBeFocused();
  const outline = await chip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
