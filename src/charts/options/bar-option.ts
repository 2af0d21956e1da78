// Bars for figures of one measure (or of measures declared comparable), each bar
// a figure in the normalised unit of its dimension. Forecasts and targets are
// drawn hollow and dashed so they never read as outcomes; the chart's HTML
// legend says so. Two parts (see chart.tsx): the frame, and the bars.
import type { Region } from '../../domain/schema.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import type { Lang } from '../../domain/view.ts';
import { formatQuantity, formatValue } from '../../format/number.ts';
import type { Palette } from '../palette.ts';
import { indicatorTooltip } from './indicator-tooltip.ts';
import { itemTooltip } from './tooltip.ts';
import type { ChartOption } from './types.ts';

export interface BarFrameInput {
  palette: Palette;
  horizontal?: boolean;
  /** Width of category labels in px; longer labels end in "…" (the tooltip has them whole). */
  labelWidth?: number;
}

/** Whether a figure is a projection (forecast or target), drawn apart from outcomes. */
export const isProjected = (i: Pick<IndicatorSummary, 'status'>) => i.status === 'forecast' || i.status === 'target';

/** What a filter change leaves alone: grid, tooltip, the axes' look. */
export function buildBarBase({ palette, horizontal = false, labelWidth }: BarFrameInput) {
  const categoryAxis = {
    type: 'category' as const,
    axisLabel: {
      color: palette.text,
      width: labelWidth ?? (horizontal ? 140 : 90),
      overflow: labelWidth ? ('truncate' as const) : ('break' as const),
      interval: 0,
      lineHeight: 16,
    },
    axisLine: { lineStyle: { color: palette.axis } },
    axisTick: { show: false },
    ...(horizontal ? { inverse: true } : {}),
  };
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { color: palette.subtleText, hideOverlap: true },
    splitLine: { lineStyle: { color: palette.splitLine } },
  };
  return {
    animationDuration: 300,
    // Filter changes redraw at once: the new state is there on the next frame.
    animationDurationUpdate: 0,
    grid: { left: 8, right: horizontal ? 80 : 16, top: 16, bottom: 8, containLabel: true },
    tooltip: itemTooltip(palette),
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
  } satisfies ChartOption;
}

export interface BarDataInput {
  indicators: IndicatorSummary[];
  /** Category label for each bar. */
  category: (indicator: IndicatorSummary) => string;
  regions: ReadonlyMap<string, Region>;
  lang: Lang;
  palette: Palette;
  /** A sentence for screen readers: what the chart shows. */
  title: string;
  horizontal?: boolean;
}

/** The bars: one per figure, in its place's colour, at its value in the normalised unit. */
export function buildBarData(input: BarDataInput) {
  const { indicators, palette, lang } = input;
  const units = new Set(indicators.map((i) => i.normalized.unit));
  // The selectors offer only comparable figures; this holds the line if one did not.
  if (units.size > 1) throw new Error(`unlike units on one axis: ${[...units].join(', ')}`);
  const unit = indicators[0]?.normalized.unit ?? '';
  const data = indicators.map((indicator) => {
    const color = palette.region[indicator.regionId];
    return {
      id: indicator.id,
      name: input.category(indicator),
      value: indicator.normalized.value,
      tip: indicatorTooltip(indicator, input.regions.get(indicator.regionId), lang),
      itemStyle: isProjected(indicator)
        ? { color: `${color}26`, borderColor: color, borderType: 'dashed' as const, borderWidth: 2 }
        : { color },
      label: { formatter: formatValue(indicator, lang) },
    };
  });
  const categories = { data: data.map((d) => d.name) };
  const values = { axisLabel: { formatter: (value: number) => formatQuantity(value, unit, lang) } };
  return {
    aria: {
      enabled: true,
      label: {
        description: `${input.title}: ${indicators.map((i) => `${input.category(i)} ${formatValue(i, lang)}`).join('; ')}`,
      },
    },
    xAxis: input.horizontal ? values : categories,
    yAxis: input.horizontal ? categories : values,
    series: [
      {
        type: 'bar' as const,
        data,
        barMaxWidth: 44,
        cursor: 'pointer',
        label: { show: true, position: input.horizontal ? ('right' as const) : ('top' as const), color: palette.text },
      },
    ],
  } satisfies ChartOption;
}
