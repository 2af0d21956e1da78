// The one ECharts wrapper. It owns the instance, turns a click on a mark into
// onSelect(mark id) and hovering into onHover(mark id), highlights a mark by id
// without rebuilding the option, and reports when the first frame is drawn.
import type { EChartsType } from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { requestDrawTurn } from './draw-queue.ts';
import { optionUpdate } from './option-update.ts';
import { echarts, THEME } from './echarts-setup.ts';
import { exposeChartForTests } from './test-hook.ts';

export interface ChartProps {
  /** A stable name: used for performance marks and the test hook. */
  name: string;
  /**
   * Builds the option. Called only once the chart is drawn, so a chart that was
   * never scrolled near costs nothing on a filter change; called again whenever
   * the builder changes (memoise it on what the option depends on).
   */
  option: () => object;
  height: number;
  onSelect?: (id: string) => void;
  onHover?: (id: string | null) => void;
  /** The id of a mark of the first series to emphasise (e.g. the region hovered in the table). */
  highlightId?: string | null;
}

/**
 * The wrapper, with one step left out: echarts-for-react first makes a throwaway
 * instance and waits for its first frame to read the element's settled size. A
 * chart here mounts into a laid-out box of fixed height, so its one instance is
 * made at once, a frame and an instance sooner.
 */
class EChartsCore extends ReactEChartsCore {
  override initEchartsInstance() {
    return Promise.resolve(this.echarts.init(this.ele, this.props.theme, this.props.opts));
  }
}

const REPLACE = ['series'];
// Updates are ours (see the effect below): the wrapper only creates, sizes and disposes.
const NEVER = () => false;
type MarkEvent = { data?: { id?: unknown } };
const markId = (params: MarkEvent) => (typeof params.data?.id === 'string' ? params.data.id : null);
type Series = { series?: { data?: { id?: string }[] }[] };

export default function Chart({ name, option: buildOption, height, onSelect, onHover, highlightId }: ChartProps) {
  const chart = useRef<EChartsType | null>(null);
  // The option the instance was last given.
  const applied = useRef<object | null>(null);
  // Drawn in turn with the other charts on the page (see draw-queue.ts).
  const [turn, setTurn] = useState(false);
  const ticket = useRef<{ release: () => void } | null>(null);
  useEffect(() => {
    const requested = requestDrawTurn(() => setTurn(true));
    ticket.current = requested;
    return () => requested.release();
  }, []);
  const built = useMemo(() => (turn ? buildOption() : null), [turn, buildOption]);
  // The props of the last commit: handlers are read when an event fires (the
  // bound events never change), and the option when the instance is ready.
  const latest = useRef({ option: built, onSelect, onHover });
  useLayoutEffect(() => {
    latest.current = { option: built, onSelect, onHover };
  });
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

  useEffect(() => {
    const instance = chart.current;
    const previous = applied.current;
    if (!instance || !previous || !built || previous === built) return;
    applied.current = built;
    const update = optionUpdate(previous as Record<string, unknown>, built as Record<string, unknown>);
    if (update.kind === 'patch') instance.setOption(update.option, { replaceMerge: REPLACE, lazyUpdate: true });
    else if (update.kind === 'reset') instance.setOption(update.option, { notMerge: true, lazyUpdate: true });
  }, [built]);

  const drawnHeight = useRef(height);
  useEffect(() => {
    if (drawnHeight.current === height) return;
    drawnHeight.current = height;
    chart.current?.resize();
  }, [height]);

  const highlighted = useRef<string | null>(null);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || (!highlighted.current && !highlightId)) return;
    // A highlight is an action on the drawn chart: the option stays as it is.
    instance.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    highlighted.current = highlightId ?? null;
    if (!highlightId) return;
    const dataIndex = ((built as Series | null)?.series?.[0]?.data ?? []).findIndex((d) => d?.id === highlightId);
    if (dataIndex >= 0) instance.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex });
  }, [highlightId, built]);

  if (!built) return <div style={{ height }} />;
  return (
    <EChartsCore
      echarts={echarts}
      theme={THEME}
      option={built}
      // Keep components (geo, axes) and replace only the series: an update redraws
      // marks, not the map's provinces.
      replaceMerge={REPLACE}
      lazyUpdate
      shouldSetOption={NEVER}
      style={{ height, width: '100%' }}
      onEvents={onEvents}
      onChartReady={(instance) => {
        chart.current = instance;
        // The wrapper set the option of the last commit; later ones go through optionUpdate.
        applied.current = latest.current.option;
        // Marked when the first frame is drawn, not when the option is set.
        const drawn = () => {
          instance.off('rendered', drawn);
          performance.mark(`pulse:chart:${name}`);
          ticket.current?.release();
        };
        instance.on('rendered', drawn);
        exposeChartForTests(name, instance);
      }}
    />
  );
}
