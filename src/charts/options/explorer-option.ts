// The explorer: indicators of one unit family across the filtered regions and sectors.
import type { Region } from '../../domain/schema.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import type { Lang } from '../../domain/view.ts';
import type { Palette } from '../palette.ts';
import { buildBarOption } from './bar-option.ts';

export function buildExplorerOption(rows: IndicatorSummary[], regions: ReadonlyMap<string, Region>, lang: Lang, palette: Palette, title: string, labelWidth = 200) {
  // Naming the region on every bar only helps when the bars come from several.
  const oneRegion = new Set(rows.map((i) => i.regionId)).size <= 1;
  return buildBarOption({
    indicators: rows,
    category: (i) => (oneRegion ? i.label[lang] : `${regions.get(i.regionId)?.name[lang] ?? ''} · ${i.label[lang]}`),
    labelWidth,
    regions,
    lang,
    palette,
    title,
    horizontal: true,
  });
}
