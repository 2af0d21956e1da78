// Reference only: the full echarts-for-react, which imports all of ECharts itself.
import ReactECharts from 'echarts-for-react';
import { useMemo } from 'react';
import { exposeChartForTests } from '../../src/charts/test-hook.ts';
import type { ChartProps } from '../../src/charts/Chart.tsx';

export default function Chart({ name, option: buildOption, height, onSelect }: ChartProps) {
  // Built at every render of a changed builder, drawn or not: as most apps do.
  const option = useMemo(() => buildOption(), [buildOption]);
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
    <ReactECharts
      option={option}
      notMerge
      lazyUpdate
      style={{ height, width: '100%' }}
      onEvents={onEvents}
      onChartReady={(chart) => {
        performance.mark(`pulse:chart:${name}`);
        exposeChartForTests(name, chart as never);
      }}
    />
  );
}
