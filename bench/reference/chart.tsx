// Reference only: the full echarts-for-react, which imports all of ECharts itself.
import ReactECharts from 'echarts-for-react';
import { useMemo } from 'react';
import { exposeChartForTests } from '../../src/charts/test-hook.ts';
import type { ChartProps } from '../../src/charts/chart.tsx';

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The two parts as one option, component by component, as ECharts would merge them. */
function merge(a: Plain, b: Plain): Plain {
  const out: Plain = { ...a };
  for (const [key, value] of Object.entries(b))
    out[key] = isPlain(out[key]) && isPlain(value) ? merge(out[key], value) : value;
  return out;
}

export default function Chart({ name, base, data, height, onSelect }: ChartProps) {
  // Built at every render of a changed builder, drawn or not, and set whole: as most apps do.
  const option = useMemo(() => merge(base(), data()), [base, data]);
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
        exposeChartForTests(name, chart);
      }}
    />
  );
}
