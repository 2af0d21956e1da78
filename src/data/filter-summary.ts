// The filters in force, as one line of text: written into a downloaded chart,
// so an image taken elsewhere still says what it shows.
import type { Lang, ViewState } from '../domain/view.ts';
import { listOf } from '../format/label.ts';
import { t } from '../i18n/messages.ts';
import type { DatasetIndex } from './dataset-index.ts';

export function filterSummary(view: Pick<ViewState, 'regions' | 'sectors' | 'q'>, index: Pick<DatasetIndex, 'regionById' | 'sectorById'>, lang: Lang, fixedRegionId?: string): string {
  const regions = fixedRegionId ? [fixedRegionId] : view.regions;
  const parts: string[] = [];
  const names = (ids: string[], byId: ReadonlyMap<string, { name: Record<Lang, string> }>) => listOf(ids.map((id) => byId.get(id)?.name[lang] ?? id), lang);
  if (regions.length) parts.push(`${t(lang, 'regions')}: ${names(regions, index.regionById)}`);
  if (view.sectors.length) parts.push(`${t(lang, 'sectors')}: ${names(view.sectors, index.sectorById)}`);
  if (view.q) parts.push(t(lang, 'searchFor', { q: view.q }));
  if (parts.length === 0) return t(lang, 'noFilters');
  return `${t(lang, 'filtersInForce')} · ${parts.join(lang === 'zh' ? '；' : '; ')}`;
}

/** Where figures come from: each article's headline and its source page, as one line. */
export function sourceSummary(articleIds: Iterable<string>, index: Pick<DatasetIndex, 'articleById' | 'dataset'>, lang: Lang): string {
  const pages = [...new Set(articleIds)].flatMap((id) => {
    const article = index.articleById.get(id);
    if (!article) return [];
    const source = index.dataset.sources.find((s) => s.id === article.sourceId);
    const headline = lang === 'zh' ? `《${article.headline}》` : article.headlineEn;
    const year = `${source?.date.year ?? ''}${source?.date.inferred ? `${lang === 'zh' ? '' : ' '}${t(lang, 'inferred')}` : ''}`;
    return [source ? `${headline}, ${source.file}, ${year}` : headline];
  });
  return `${t(lang, 'chartSource')}: ${pages.join(lang === 'zh' ? '；' : '; ')}`;
}
