import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test.ts';
import { waitForChart } from './support/charts.ts';

const VIEWS: [string, string, string?][] = [
  ['overview', '/', 'china-map'],
  ['overview in English, filtered', '/?region=tongnan,zoucheng&lang=en', 'explorer'],
  ['region', '/region/shushan', 'place-map'],
  ['article with a marked quote', '/article/jingmen-2022-page-01?indicator=jingmen-gem-output'],
  ['not found', '/region/atlantis'],
];

for (const [name, path, chart] of VIEWS) {
  test(`axe finds no serious or critical violation: ${name}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (chart) await waitForChart(page, chart);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  });
}
