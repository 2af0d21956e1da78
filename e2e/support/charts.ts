// Reaching ECharts marks from a test: wait until a chart has drawn, then click
// the canvas where a mark is. Uses the test-only hook (src/charts/test-hook.ts).
import type { Page } from '@playwright/test';

/** Charts are drawn when they come near the viewport: scroll to one, then wait for its first frame. */
export async function waitForChart(page: Page, name: string) {
  await page.locator(`[data-chart="${name}"]`).scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => (window.__pulseCharts?.[n]?.renders ?? 0) > 0, name);
}

/** The centre of a data item's mark, in page coordinates. */
export async function markPosition(page: Page, name: string, seriesIndex: number, dataIndex: number) {
  await waitForChart(page, name);
  return page.evaluate(
    ([n, s, d]) => {
      const chart = window.__pulseCharts![n as string]!.chart;
      // A mark below the fold cannot be clicked: bring the chart into view first.
      chart.getDom().scrollIntoView({ block: 'center' });
      // getItemLayout: a rectangle for bars, a point for scatter marks.
      const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): unknown } } } }).getModel();
      const layout = model.getSeriesByIndex(s as number).getData().getItemLayout(d as number) as { x: number; y: number; width: number; height: number } | number[];
      const [x, y] = Array.isArray(layout) ? layout : [layout.x + layout.width / 2, layout.y + layout.height / 2];
      const box = chart.getDom().getBoundingClientRect();
      return { x: box.left + x!, y: box.top + y! };
    },
    [name, seriesIndex, dataIndex] as const,
  );
}

export async function clickMark(page: Page, name: string, seriesIndex: number, dataIndex: number) {
  const { x, y } = await markPosition(page, name, seriesIndex, dataIndex);
  await page.mouse.click(x, y);
}

/** The current option's series data of a chart, as the user sees it drawn. */
export async function seriesData<T>(page: Page, name: string, seriesIndex = 0): Promise<T[]> {
  await waitForChart(page, name);
  return page.evaluate(
    ([n, s]) => {
      const option = window.__pulseCharts![n as string]!.chart.getOption() as { series: { data: unknown[] }[] };
      return option.series[s as number]!.data as never[];
    },
    [name, seriesIndex] as const,
  );
}

/** Scrolls past every chart on the page so each draws: for full-page screenshots. */
export async function drawAllCharts(page: Page) {
  const names = await page.locator('[data-chart]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.chart ?? ''));
  for (const name of names) await waitForChart(page, name);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Chooses every measure the explorer offers, in turn, and checks each draws:
 * bars of one unit, no error in place of the chart. Returns the measures seen.
 */
export async function everyExplorerMeasureDraws(page: Page): Promise<string[]> {
  const select = page.locator('section.explorer select');
  await select.waitFor();
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  for (const value of values) {
    await select.selectOption(value);
    await page.waitForFunction(
      (v) => {
        const hook = window.__pulseCharts?.explorer;
        const option = hook?.chart.getOption() as { series?: { data: { id: string }[] }[] } | undefined;
        return new URL(location.href).searchParams.get('measure') === v || (option?.series?.[0]?.data.length ?? 0) > 0;
      },
      value,
    );
    await waitForChart(page, 'explorer');
    const bars = await seriesData<{ id: string }>(page, 'explorer');
    if (bars.length < 2) throw new Error(`explorer: ${value} offered with ${bars.length} bars`);
    if (await page.locator('section.explorer .load-failed').count()) throw new Error(`explorer: ${value} failed to draw`);
  }
  return values;
}
