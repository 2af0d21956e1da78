// Bar chart option from indicators that share one unit. Forecasts and goals are
// drawn hollow-dashed so they never read as achieved figures.
import type { Region } from '../../domain/schema.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { formatValue } from '../../format/number.ts';
import type { Lang } from '../../domain/view.ts';
import type { Palette } from '../palette.ts';
import { indicatorTooltip } from './indicator-tooltip.ts';
import { itemTooltip } from './tooltip.ts';
import { axisScale } from './scale.ts';

export interface BarOptionInput {
  indicators: IndicatorSummary[];
  /** Category label for each bar. */
  category: (indicator: IndicatorSummary) => string;
  regions: ReadonlyMap<string, Region>;
  lang: Lang;
  palette: Palette;
  /** A sentence for screen readers: what the chart shows. */
  title: string;
  horizontal?: boolean;
  /** Width of category labels in px; longer labels end in "…" (the tooltip has them whole). */
  labelWidth?: number;
}

export function buildBarOption(input: BarOptionInput) {
  const { indicators, palette, lang } = input;
  const scale = axisScale(indicators, lang);
  const data = indicators.map((indicator) => {
    const color = palette.region[indicator.regionId];
    const projected = indicator.status === 'forecast' || indicator.status === 'target';
    return {
      id: indicator.id,
      name: input.category(indicator),
      value: scale.value(indicator),
      tip: indicatorTooltip(indicator, input.regions.get(indicator.regionId), lang),
      itemStyle: projected ? { color: `${color}33`, borderColor: color, borderType: 'dashed' as const, borderWidth: 2 } : { color },
      label: { formatter: formatValue(indicator, lang) },
    };
  });
  const categoryAxis = {
    type: 'category' as const,
    data: data.map((d) => d.name),
    axisLabel: {
      color: palette.text,
      width: input.labelWidth ?? (input.horizontal ? 140 : 90),
      overflow: input.labelWidth ? ('truncate' as const) : ('break' as const),
      interval: 0,
    },
    axisLine: { lineStyle: { color: palette.axis } },
    axisTick: { show: false },
    ...(input.horizontal ? { inverse: true } : {}),
  };
  const valueAxis = {
    type: 'value' as const,
    name: scale.axisName,
    nameTextStyle: { color: palette.subtleText },
    inverse: scale.inverse,
    axisLabel: { color: palette.subtleText, formatter: scale.tick },
    splitLine: { lineStyle: { color: palette.splitLine } },
  };
  return {
    aria: { enabled: true, label: { description: `${input.title}: ${indicators.map((i) => `${input.category(i)} ${formatValue(i, lang)}`).join('; ')}` } },
    animationDuration: 300,
    // Filter changes redraw at once: the new state is there on the next frame.
    animationDurationUpdate: 0,
    grid: { left: 8, right: input.horizontal ? 72 : 16, top: 32, bottom: 8, containLabel: true },
    tooltip: itemTooltip(palette),
    xAxis: input.horizontal ? valueAxis : categoryAxis,
    yAxis: input.horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar' as const,
        data,
        barMaxWidth: 44,
        cursor: 'pointer',
        label: { show: true, position: input.horizontal ? ('right' as const) : ('top' as const), color: palette.text },
      },
    ],
  };
}
