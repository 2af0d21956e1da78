// The one ECharts wrapper. echarts-for-react creates and disposes the instance;
// this wrapper sizes it (a ResizeObserver on the chart's own element: the
// wrapper's size sensor skips its first report, so a box resized while the chart
// first drew kept a stale width),  this wrapper sets the option,
// turns a click on a mark into onSelect(mark id) and hovering into onHover(mark
// id), highlights a mark by id, and reports when the first frame is drawn.
//
// An option comes in two parts, each from its own builder: `base` (axes' look,
// tooltip, grid: what a filter change leaves alone) and `data` (series, and the
// axis categories and description that follow them). Memoise each builder on
// what it reads. A new `data` is merged with the series replaced; a new `base`
// sets the whole option afresh, then the data. Nothing is compared deeply.
import type { EChartsType } from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ChartHandleRef } from './chart-handle.ts';
import { requestDrawTurn } from './draw-queue.ts';
import { echarts, THEME } from './echarts-setup.ts';
import type { ChartOption } from './options/types.ts';
import { exposeChartForTests } from './test-hook.ts';

export interface ChartProps {
  /** A stable name: used for performance marks and the test hook. */
  name: string;
  /** Builds what stays under a filter change. Called only once the chart is drawn, so a chart never scrolled near costs nothing. */
  base: () => ChartOption;
  /** Builds what follows the rows: the series (replaced whole on each change) and what depends on them. */
  data: () => ChartOption;
  height: number;
  onSelect?: (id: string) => void;
  onHover?: (id: string | null) => void;
  /** The id of a mark of the first series to emphasise (e.g. the region hovered in the table). */
  highlightId?: string | null;
  /** Filled in once drawn: what a download control needs to draw the chart again as an image. */
  handle?: ChartHandleRef;
}

/**
 * The wrapper, with one step left out: echarts-for-react first makes a throwaway
 * instance and waits for its first frame to read the element's settled size. A
 * chart here mounts into a laid-out box of fixed height, so its one instance is
 * made at once. Kept on measurement: without it a chart first drawn while the
 * window is resized keeps a stale width (e2e/resilience.spec.ts), while the filter
 * toggle is the same either way (bench:compare).
 */
class EChartsCore extends ReactEChartsCore {
  override initEchartsInstance() {
    // The tree-shaken core this file passes as the echarts prop (which echarts-for-react types as any).
    return Promise.resolve(
      echarts.init(this.ele, this.props.theme, this.props.opts as Parameters<typeof echarts.init>[2]),
    );
  }
}

const hasParts = (option: ChartOption) => Object.keys(option).length > 0;
const REPLACE_SERIES = { replaceMerge: ['series'], lazyUpdate: true };
const RESET = { notMerge: true, lazyUpdate: true };
// Updates are ours (see sync below): the wrapper only creates, sizes and disposes.
const NEVER = () => false;
const EMPTY = {};
type MarkEvent = { data?: { id?: unknown } };
const markId = (params: MarkEvent) => (typeof params.data?.id === 'string' ? params.data.id : null);
const describe = (option: ChartOption) =>
  (option as { aria?: { label?: { description?: string } } }).aria?.label?.description;
type WithSeries = { series?: unknown };
const firstSeriesIds = (option: ChartOption | null): (string | undefined)[] => {
  const series = (option as WithSeries | null)?.series;
  const first = (Array.isArray(series) ? series[0] : series) as { data?: { id?: string }[] } | undefined;
  return (first?.data ?? []).map((d) => d?.id);
};

export default function Chart({
  name,
  base: buildBase,
  data: buildData,
  height,
  onSelect,
  onHover,
  highlightId,
  handle: handleRef,
}: ChartProps) {
  const chart = useRef<EChartsType | null>(null);
  // Drawn in turn with the other charts on the page (see draw-queue.ts).
  const [turn, setTurn] = useState(false);
  const ticket = useRef<{ release: () => void } | null>(null);
  useEffect(() => {
    const requested = requestDrawTurn(() => setTurn(true));
    ticket.current = requested;
    return () => requested.release();
  }, []);
  const base = useMemo(() => (turn ? buildBase() : null), [turn, buildBase]);
  const data = useMemo(() => (turn ? buildData() : null), [turn, buildData]);

  // The props of the last commit, read when an event fires (the bound events
  // never change) and when the instance is ready; and what the instance was given.
  const latest = useRef({ base, data, onSelect, onHover });
  const applied = useRef<{ base: ChartOption | null; data: ChartOption | null }>({ base: null, data: null });
  useLayoutEffect(() => {
    latest.current = { base, data, onSelect, onHover };
  });
  // Follows the box: every size the element reports that the instance is not
  // drawn at is applied, the first report included (a resize while the chart
  // first draws). Resizing only on a real change keeps the first animation.
  const sized = useRef<ResizeObserver | null>(null);
  useEffect(() => () => sized.current?.disconnect(), []);
  const followBox = useCallback((instance: EChartsType) => {
    sized.current?.disconnect();
    const element = instance.getDom();
    const observer = new ResizeObserver(() => {
      if (instance.isDisposed()) return;
      const { clientWidth, clientHeight } = element;
      if (clientWidth > 0 && (clientWidth !== instance.getWidth() || clientHeight !== instance.getHeight()))
        instance.resize();
    });
    observer.observe(element);
    sized.current = observer;
  }, []);
  const onEvents = useMemo(
    () => ({
      click: (params: MarkEvent) => {
        const id = markId(params);
        if (id) latest.current.onSelect?.(id);
      },
      mouseover: (params: MarkEvent) => latest.current.onHover?.(markId(params)),
      mouseout: () => latest.current.onHover?.(null),
    }),
    [],
  );

  /** Gives the instance what changed since it was last given anything: the one place options are set. */
  const sync = useCallback(() => {
    const instance = chart.current;
    const { base: nextBase, data: nextData } = latest.current;
    if (!instance || !nextBase || !nextData) return;
    const last = applied.current;
    if (last.base !== nextBase) {
      // ECharts merges the two parts itself, component by component.
      instance.setOption(nextBase, RESET);
      // An empty data part (a chart whose marks never change) would clear the base's series.
      if (hasParts(nextData)) instance.setOption(nextData, REPLACE_SERIES);
    } else if (last.data !== nextData && hasParts(nextData)) instance.setOption(nextData, REPLACE_SERIES);
    applied.current = { base: nextBase, data: nextData };
    // The description for screen readers, set as ECharts' aria component sets it (role
    // img, aria-label): that component is not loaded, 1.2 KB gzip on `/` for these two attributes.
    const description = describe(nextData) ?? describe(nextBase);
    if (description) {
      instance.getDom().setAttribute('role', 'img');
      instance.getDom().setAttribute('aria-label', description);
    }
  }, []);
  useEffect(sync, [base, data, sync]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !data) return;
    // A highlight is an action on the drawn chart: the option stays as it is.
    instance.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    const dataIndex = highlightId ? firstSeriesIds(data).indexOf(highlightId) : -1;
    if (dataIndex >= 0) instance.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex });
  }, [highlightId, data]);

  if (!base) return <div style={{ height }} />;
  return (
    <EChartsCore
      echarts={echarts}
      theme={THEME}
      // The wrapper's own option handling is unused: every option goes through sync().
      option={EMPTY}
      shouldSetOption={NEVER}
      autoResize={false}
      style={{ height, width: '100%' }}
      onEvents={onEvents}
      onChartReady={(instance) => {
        chart.current = instance;
        followBox(instance);
        // Marked when the first frame is drawn, not when the option is set.
        const drawn = () => {
          instance.off('rendered', drawn);
          performance.mark(`pulse:chart:${name}`);
          ticket.current?.release();
        };
        instance.on('rendered', drawn);
        sync();
        if (handleRef) {
          handleRef.current = {
            image: async (format, caption, colors) => {
              const { base: b, data: d } = applied.current;
              if (!b || !d || instance.isDisposed()) throw new Error('the chart is not drawn');
              const { chartImage } = await import('./export-chart.ts');
              return chartImage(
                { parts: { base: b, data: d }, width: instance.getWidth(), height: instance.getHeight() },
                format,
                caption,
                colors,
              );
            },
          };
        }
        exposeChartForTests(name, instance);
      }}
    />
  );
}
