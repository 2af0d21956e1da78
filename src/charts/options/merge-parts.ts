// A chart's two option parts (chart.tsx) as the one option echarts-for-react is
// given. Each top-level component is merged one level deep, as ECharts merges a
// second setOption: a part's `xAxis: { data }` keeps the frame's axis look, and
// arrays of components (several series, several axes) merge index by index.
import type { ChartOption } from './types.ts';

type Part = Record<string, unknown>;
const isPlain = (value: unknown): value is Part => typeof value === 'object' && value !== null && !Array.isArray(value);

function mergeComponent(frame: unknown, data: unknown): unknown {
  if (isPlain(frame) && isPlain(data)) return { ...frame, ...data };
  if (Array.isArray(frame) && Array.isArray(data))
    return data.map((item: unknown, i) => (i < frame.length ? mergeComponent(frame[i], item) : item));
  return data;
}

/** The frame (`base`) with the data part laid over it; neither is changed. */
export function mergeParts(base: ChartOption, data: ChartOption): ChartOption {
  const merged: Part = { ...(base as Part) };
  for (const [key, value] of Object.entries(data as Part))
    merged[key] = key in merged ? mergeComponent(merged[key], value) : value;
  return merged;
}
