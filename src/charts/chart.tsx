// The one ECharts wrapper, on echarts-for-react: it creates, updates and disposes
// the instance; this wrapper builds the option, sizes the chart to its box (a
// ResizeObserver on the chart's own element: the wrapper's size sensor skips its
// first report, so a box resized while the chart first drew kept a stale width),
// turns a click on a mark into onSelect(mark id) and hovering into onHover(mark
// id), highlights a mark by id, and reports when the first frame is drawn.
//
// An option comes in two parts, each from its own builder: `base` (axes' look,
// tooltip, grid: what a filter change leaves alone) and `data` (series, and the
// axis categories and description that follow them). Memoise each builder on
// what it reads. The two are merged (merge-parts.ts) and given to the wrapper,
// which sets a new option with the series replaced. Nothing is compared deeply.
import type { EChartsType } from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ChartHandleRef } from './chart-handle.ts';
import { requestDrawTurn } from './draw-queue.ts';
import { echarts, THEME } from './echarts-setup.ts';
import type { ChartOption } from './options/types.ts';
import { mergeParts } from './options/merge-parts.ts';
import { exposeChartForTests } from './test-hook.ts';
import { withoutTooltip } from './options/tooltip.ts';
import { requestTooltip, useTooltipReady } from './tooltip-on-demand.ts';

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

// The instance sizes itself to its box: echarts-for-react's first instance pins the
// width it measured (it passes it to echarts.init), and an explicit 'auto' in
// `opts` (the wrapper's own prop, which it lets override that) keeps it following
// the element, so a chart first drawn while the window is resized ends at the
// right width (e2e/resilience.spec.ts).
const OPTS = { width: 'auto', height: 'auto' } as const;
// Set the option only when a builder gave a new one: the wrapper otherwise compares every update deeply.
const newOption = (prev: { option?: unknown }, next: { option?: unknown }) => prev.option !== next.option;
// A filter change replaces the series whole (marks that left go), and merges the rest.
const REPLACE_SERIES = ['series'];

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

  // What the chart shows now, for an image of it.
  const parts = useRef({ base, data });
  useLayoutEffect(() => {
    parts.current = { base, data };
  });
  // The option echarts-for-react is given never holds the tooltip: it is set on the
  // drawn chart once its component has arrived (tooltip-on-demand.ts), merged on
  // its own so the series are not replaced (which would replay their entry animation).
  const full = useMemo(() => (base && data ? mergeParts(base, data) : null), [base, data]);
  const option = useMemo(() => (full ? withoutTooltip(full) : null), [full]);
  const tooltipReady = useTooltipReady();
  // Where the pointer is over the chart (its own coordinates), and whether this
  // chart asked for the tooltip: when it arrives, it is shown there, so the first
  // hover shows a tooltip as every later one does.
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const tipAsked = useRef(false);
  const onPointer = useCallback(
    (event: React.PointerEvent<HTMLElement>) => {
      const box = event.currentTarget.getBoundingClientRect();
      pointer.current = { x: event.clientX - box.left, y: event.clientY - box.top };
      if (tooltipReady || tipAsked.current) return;
      tipAsked.current = true;
      requestTooltip();
    },
    [tooltipReady],
  );
  const onPointerLeave = useCallback(() => {
    pointer.current = null;
  }, []);
  const tooltip = full && tooltipReady ? (full as { tooltip?: unknown }).tooltip : undefined;
  const tooltipSet = useRef<unknown>(undefined);
  const applyTooltip = useCallback(
    (instance: EChartsType) => {
      if (tooltip === undefined || tooltipSet.current === tooltip || instance.isDisposed()) return;
      tooltipSet.current = tooltip;
      const showNow = tipAsked.current;
      tipAsked.current = false;
      // Drawn at once when the pointer waits for it; otherwise with the next frame, as options are.
      instance.setOption({ tooltip } as ChartOption, { lazyUpdate: !showNow });
      const at = pointer.current;
      if (showNow && at) instance.dispatchAction({ type: 'showTip', x: at.x, y: at.y });
    },
    [tooltip],
  );
  useLayoutEffect(() => {
    if (chart.current) applyTooltip(chart.current);
  }, [applyTooltip]);

  // The handlers of the last commit, read when an event fires (the bound events never change).
  const latest = useRef({ onSelect, onHover });
  useLayoutEffect(() => {
    latest.current = { onSelect, onHover };
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

  // The option the chart last drew. One just handed to the wrapper is drawn in the
  // next frame (lazyUpdate): until then its marks do not exist, and an action on
  // them throws inside ECharts, so a highlight waits for that frame.
  const drawnOption = useRef<ChartOption | null>(null);
  const latestOption = useRef(option);
  useLayoutEffect(() => {
    latestOption.current = option;
  });
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !option || !data) return;
    // A highlight is an action on the drawn chart: the option stays as it is.
    const apply = () => {
      if (instance.isDisposed()) return;
      instance.dispatchAction({ type: 'downplay', seriesIndex: 0 });
      const dataIndex = highlightId ? firstSeriesIds(data).indexOf(highlightId) : -1;
      if (dataIndex >= 0) instance.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex });
    };
    if (drawnOption.current === option) {
      apply();
      return;
    }
    const drawn = () => {
      instance.off('rendered', drawn);
      apply();
    };
    instance.on('rendered', drawn);
    return () => {
      instance.off('rendered', drawn);
    };
  }, [highlightId, option, data]);

  if (!option) return <div style={{ height }} />;
  // The description for screen readers, as ECharts' aria component would set it
  // (role img, aria-label) on the chart's element: that component is not loaded,
  // 1.2 KB gzip on `/` for these two attributes.
  const description = describe(option);
  return (
    <ReactEChartsCore
      echarts={echarts}
      theme={THEME}
      opts={OPTS}
      option={option}
      replaceMerge={REPLACE_SERIES}
      lazyUpdate
      shouldSetOption={newOption}
      // Sized by followBox: the wrapper's own sensor skips its first report.
      autoResize={false}
      style={{ height, width: '100%' }}
      role={description ? 'img' : undefined}
      aria-label={description}
      onEvents={onEvents}
      onPointerMove={onPointer}
      onPointerDown={onPointer}
      onPointerLeave={onPointerLeave}
      onChartReady={(instance: EChartsType) => {
        chart.current = instance;
        followBox(instance);
        applyTooltip(instance);
        instance.on('rendered', () => {
          drawnOption.current = latestOption.current;
        });
        // Marked when the first frame is drawn, not when the option is set.
        const drawn = () => {
          instance.off('rendered', drawn);
          performance.mark(`pulse:chart:${name}`);
          ticket.current?.release();
        };
        instance.on('rendered', drawn);
        if (handleRef) {
          handleRef.current = {
            image: async (format, caption, colors) => {
              const { base: b, data: d } = parts.current;
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
