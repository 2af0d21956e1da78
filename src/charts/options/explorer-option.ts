// The explorer: indicators of one unit family across the filtered regions and sectors.
import type { Indicator, Region } from '../../domain/schema.ts';
import type { Lang } from '../../url/view-state.ts';
import type { Palette } from '../palette.ts';
import { buildBarOption } from './bar-option.ts';

export function buildExplorerOption(rows: Indicator[], regions: ReadonlyMap<string, Region>, lang: Lang, palette: Palette, title: string) {
  return buildBarOption({
    indicators: rows,
    category: (i) => `${regions.get(i.regionId)?.name[lang] ?? ''} · ${i.label[lang]}`,
    regions,
    lang,
    palette,
    title,
    horizontal: true,
  });
}
