// Reaching ECharts marks from a test: wait until a chart has drawn, then click
// the canvas where a mark is. Uses the test-only hook (src/charts/test-hook.ts).
import { expect, type Page } from '@playwright/test';

/** Charts are drawn when they come near the viewport: scroll to one, then wait for its first frame. */
export async function waitForChart(page: Page, name: string) {
  // Scrolled to again until drawn: a page still being taken over may move under the test.
  await expect(async () => {
    await page.locator(`[data-chart="${name}"]`).scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => (window.__pulseCharts?.[n]?.renders ?? 0) > 0, name, { timeout: 3000 });
  }).toPass({ timeout: 25_000 });
}

/**
 * The centre of a data item's mark, in page coordinates, as laid out (a bar's
 * final rectangle, never a frame of its animation): a map marker moved off a
 * neighbour where it is drawn, its seat plus its symbolOffset.
 */
export async function markPosition(page: Page, name: string, seriesIndex: number, dataIndex: number) {
  await waitForChart(page, name);
  return page.evaluate(
    ([n, s, d]) => {
      const chart = window.__pulseCharts![n]!.chart;
      // A mark below the fold cannot be clicked: bring the chart into view first.
      chart.getDom().scrollIntoView({ block: 'center' });
      type Data = { getItemLayout(i: number): unknown; getItemVisual(i: number, key: string): unknown };
      const model = (
        chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): Data } } }
      ).getModel();
      const data = model.getSeriesByIndex(s).getData();
      // getItemLayout: a rectangle for bars, a point for scatter marks.
      const layout = data.getItemLayout(d) as { x: number; y: number; width: number; height: number } | number[];
      const offset = (data.getItemVisual(d, 'symbolOffset') as number[] | undefined) ?? [0, 0];
      const [x, y] = Array.isArray(layout)
        ? [layout[0]! + Number(offset[0] ?? 0), layout[1]! + Number(offset[1] ?? 0)]
        : [layout.x + layout.width / 2, layout.y + layout.height / 2];
      const box = chart.getDom().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
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
      const option = window.__pulseCharts![n]!.chart.getOption() as { series: { data: unknown[] }[] };
      return option.series[s]!.data as never[];
    },
    [name, seriesIndex] as const,
  );
}

/** Scrolls past every chart on the page so each draws: for full-page screenshots. */
export async function drawAllCharts(page: Page) {
  const names = await page
    .locator('[data-chart]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.chart ?? ''));
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
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  let shown = '';
  for (const [n, value] of values.entries()) {
    await select.selectOption(value);
    // Each measure draws other figures: wait until the bars are this measure's.
    await expect
      .poll(async () => (await seriesData<{ id: string }>(page, 'explorer')).map((bar) => bar.id).join(), {
        timeout: 20_000,
      })
      .not.toBe(n === 0 ? '' : shown);
    const bars = await seriesData<{ id: string }>(page, 'explorer');
    shown = bars.map((bar) => bar.id).join();
    if (bars.length < 2) throw new Error(`explorer: ${value} offered with ${bars.length} bars`);
    if (await page.locator('section.explorer .load-failed').count())
      throw new Error(`explorer: ${value} failed to draw`);
  }
  return values;
}

export type Rect = { x: number; y: number; width: number; height: number };

export interface PlaceBoxes {
  /** The data item's id (a region id on the China map) and name (the label's text). */
  id: string;
  name: string;
  /** The marker as drawn, its label (null if left out) and the seat it stands for, in the chart's pixels. */
  mark: Rect;
  label: Rect | null;
  labelText: string | null;
  seat: [number, number];
  /** Whether the marker is emphasised (hovered, or marked from the place list). */
  emphasis: boolean;
}

/**
 * The boxes of a chart's first series as ECharts laid them out: each mark and
 * its label (if shown), in the chart's own pixels, the seat each mark stands
 * for (ECharts' own projection of its value), and the chart's box. Read from the
 * chart's own elements, not from a screenshot.
 */
export async function markAndLabelBoxes(
  page: Page,
  name: string,
): Promise<{ box: { width: number; height: number }; places: PlaceBoxes[]; leaders: Rect[] }> {
  await waitForChart(page, name);
  return page.evaluate((n) => {
    type El = {
      getBoundingRect(): {
        clone(): { applyTransform(m: unknown): void; x: number; y: number; width: number; height: number };
      };
      getComputedTransform(): unknown;
      getTextContent?(): El | undefined;
      childAt?(i: number): El | undefined;
      ignore?: boolean;
      invisible?: boolean;
      currentStates?: string[];
      style?: { text?: string };
    };
    type Data = {
      count(): number;
      getName(i: number): string;
      getId(i: number): string;
      getItemGraphicEl(i: number): El;
      getValues(dims: string[], i: number): number[];
    };
    const chart = window.__pulseCharts![n]!.chart as unknown as {
      getModel(): { getSeriesByIndex(i: number): { getData(): Data } | undefined };
      convertToPixel(finder: { seriesIndex: number }, value: number[]): number[];
      getWidth(): number;
      getHeight(): number;
    };
    const box = (el: El) => {
      const rect = el.getBoundingRect().clone();
      rect.applyTransform(el.getComputedTransform());
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    };
    const data = chart.getModel().getSeriesByIndex(0)!.getData();
    const places = [];
    for (let i = 0; i < data.count(); i++) {
      // A scatter mark is a group around the symbol path, which carries the label.
      const group = data.getItemGraphicEl(i);
      const symbol = group.getTextContent?.() ? group : (group.childAt?.(0) ?? group);
      const label = symbol.getTextContent?.();
      const shown = label && !label.ignore && !label.invisible;
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, data.getValues(['lng', 'lat'], i)) as [number, number];
      places.push({
        id: data.getId(i),
        name: data.getName(i),
        mark: box(symbol),
        label: shown ? box(label) : null,
        labelText: shown ? (label.style?.text ?? null) : null,
        seat: [x, y] as [number, number],
        emphasis: [group, symbol].some((el) => el.currentStates?.includes('emphasis')),
      });
    }
    // The second series, where a map has one: the leader lines from moved markers to their seats.
    const lines = chart.getModel().getSeriesByIndex(1)?.getData();
    const leaders = [];
    for (let i = 0; i < (lines?.count() ?? 0); i++) leaders.push(box(lines!.getItemGraphicEl(i)));
    return { box: { width: chart.getWidth(), height: chart.getHeight() }, places, leaders };
  }, name);
}

export const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
export const centreOf = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
