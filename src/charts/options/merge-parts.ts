// A chart's two option parts (chart.tsx) as the one option echarts-for-react is
// given, merged as ECharts merges a second setOption: a top-level array of
// components (several series, several axes) merges index by index, and within a
// component plain objects merge all the way down (a frame's `axisLabel.color`
// survives a data part's `axisLabel.formatter`), while any other value, arrays
// such as `data` included, is replaced by the data part's.
import type { ChartOption } from './types.ts';

type Part = Record<string, unknown>;
const isPlain = (value: unknown): value is Part =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value !== 'function';

function mergeDeep(frame: unknown, data: unknown): unknown {
  if (!isPlain(frame) || !isPlain(data)) return data;
  const merged: Part = { ...frame };
  for (const [key, value] of Object.entries(data)) merged[key] = key in merged ? mergeDeep(merged[key], value) : value;
  return merged;
}

function mergeComponent(frame: unknown, data: unknown): unknown {
  if (Array.isArray(frame) && Array.isArray(data))
    return data.map((item: unknown, i) => (i < frame.length ? mergeDeep(frame[i], item) : item));
  return mergeDeep(frame, data);
}

/** The frame (`base`) with the data part laid over it; neither is changed. */
export function mergeParts(base: ChartOption, data: ChartOption): ChartOption {
  const merged: Part = { ...(base as Part) };
  for (const [key, value] of Object.entries(data as Part))
    merged[key] = key in merged ? mergeComponent(merged[key], value) : value;
  return merged;
}
