// A rank among N, drawn as a position on a track of N: "4th of 383".
import type { Region } from '../../domain/schema.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { formatValue } from '../../format/number.ts';
import type { Lang } from '../../domain/view.ts';
import type { Palette } from '../palette.ts';
import { indicatorTooltip } from './indicator-tooltip.ts';
import { itemTooltip } from './tooltip.ts';

export interface RankOptionInput {
  rank: IndicatorSummary;
  /** The size of the field ranked (a count). */
  of: IndicatorSummary;
  regions: ReadonlyMap<string, Region>;
  lang: Lang;
  palette: Palette;
  title: string;
}

export function buildRankOption({ rank, of, regions, lang, palette, title }: RankOptionInput) {
  const region = regions.get(rank.regionId);
  const color = palette.region[rank.regionId];
  const field = of.label[lang];
  return {
    aria: { enabled: true, label: { description: `${title}: ${formatValue(rank, lang)} / ${formatValue(of, lang)}` } },
    animationDuration: 300,
    // Filter changes redraw at once: the new state is there on the next frame.
    animationDurationUpdate: 0,
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    tooltip: itemTooltip(palette),
    xAxis: { type: 'value' as const, min: 1, max: of.value, axisLabel: { color: palette.subtleText }, splitLine: { show: false } },
    yAxis: { type: 'category' as const, data: [field], axisLabel: { color: palette.text, width: 110, overflow: 'break' as const, margin: 16 }, axisTick: { show: false }, axisLine: { show: false } },
    series: [
      {
        type: 'bar' as const,
        data: [{ id: of.id, name: field, value: of.value, tip: indicatorTooltip(of, region, lang), itemStyle: { color: palette.splitLine } }],
        barWidth: 18,
        cursor: 'pointer',
      },
      {
        type: 'scatter' as const,
        data: [{ id: rank.id, name: rank.label[lang], value: [rank.value, field], tip: indicatorTooltip(rank, region, lang) }],
        symbolSize: 22,
        itemStyle: { color },
        label: { show: true, position: 'right' as const, distance: 8, formatter: formatValue(rank, lang), color: palette.text, fontWeight: 'bold' as const, fontSize: 14 },
        cursor: 'pointer',
        z: 3,
      },
    ],
  };
}
