// The option types of the charts this app draws: ECharts' own, composed from
// only the parts registered in echarts-setup.ts and the chunks loaded later
// (cartesian-component.ts, tooltip-component.ts). Builders check what they
// return against these (`satisfies`), and keep their precise types for tests.
import type { BarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GeoComponentOption,
  GridComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | ScatterSeriesOption
  | AriaComponentOption
  | GeoComponentOption
  | GridComponentOption
  | TooltipComponentOption
>;
