// The one ECharts wrapper. It owns the instance, turns a click on a mark into
// onSelect(mark id), and reports when the first frame is drawn.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { echarts } from './echarts-setup.ts';
import { exposeChartForTests } from './test-hook.ts';

export interface ChartProps {
  /** A stable name: used for performance marks and the test hook. */
  name: string;
  option: object;
  height: number;
  onSelect?: (id: string) => void;
}

const REPLACE = ['series'];

export default function Chart({ name, option, height, onSelect }: ChartProps) {
  const onEvents = useMemo(
    () => ({
      click: (params: { data?: { id?: unknown } }) => {
        const id = params.data?.id;
        if (typeof id === 'string' && onSelect) onSelect(id);
      },
    }),
    [onSelect],
  );
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
      onChartReady={(chart) => {
        performance.mark(`pulse:chart:${name}`);
        exposeChartForTests(name, chart);
      }}
    />
  );
}
