// The one ECharts wrapper. It owns the instance, turns a click on a mark into
// onSelect(mark id) and hovering into onHover(mark id), highlights a mark by id
// without rebuilding the option, and reports when the first frame is drawn.
import type { EChartsType } from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { requestDrawTurn } from './draw-queue.ts';
import { echarts } from './echarts-setup.ts';
import { exposeChartForTests } from './test-hook.ts';

export interface ChartProps {
  /** A stable name: used for performance marks and the test hook. */
  name: string;
  option: object;
  height: number;
  onSelect?: (id: string) => void;
  onHover?: (id: string | null) => void;
  /** The id of a mark of the first series to emphasise (e.g. the region hovered in the table). */
  highlightId?: string | null;
}

const REPLACE = ['series'];
type MarkEvent = { data?: { id?: unknown } };
const markId = (params: MarkEvent) => (typeof params.data?.id === 'string' ? params.data.id : null);

export default function Chart({ name, option, height, onSelect, onHover, highlightId }: ChartProps) {
  const chart = useRef<EChartsType | null>(null);
  // Drawn in turn with the other charts on the page (see draw-queue.ts).
  const [turn, setTurn] = useState(false);
  const ticket = useRef<{ release: () => void } | null>(null);
  useEffect(() => {
    const requested = requestDrawTurn(() => setTurn(true));
    ticket.current = requested;
    return () => requested.release();
  }, []);
  const onEvents = useMemo(
    () => ({
      click: (params: MarkEvent) => {
        const id = markId(params);
        if (id && onSelect) onSelect(id);
      },
      mouseover: (params: MarkEvent) => onHover?.(markId(params)),
      mouseout: () => onHover?.(null),
    }),
    [onSelect, onHover],
  );

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    // A highlight is an action on the drawn chart: the option stays as it is.
    instance.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    if (!highlightId) return;
    const series = (instance.getOption() as { series?: { data?: { id?: string }[] }[] }).series?.[0]?.data ?? [];
    const dataIndex = series.findIndex((d) => d?.id === highlightId);
    if (dataIndex >= 0) instance.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex });
  }, [highlightId, option]);

  if (!turn) return <div style={{ height }} />;
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      // Keep components (geo, axes) and replace only the series: an update redraws
      // marks, not the map's provinces.
      replaceMerge={REPLACE}
      lazyUpdate
      style={{ height, width: '100%' }}
      onEvents={onEvents}
      onChartReady={(instance) => {
        chart.current = instance;
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
