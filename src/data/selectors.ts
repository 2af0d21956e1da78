// Pure selectors: (dataset index, view state) → rows. No React, no ECharts.
import type { AppIndex, IndicatorSummary, ArticleSummary } from '../domain/app-data.ts';
import type { SortDir, SortKey, ViewState } from '../domain/view.ts';
import type { DatasetIndex } from './dataset-index.ts';
import type { OverviewTotals } from './overview-slice.ts';

/**
 * An index that may be an overview's own data (overview-slice.ts): it holds only
 * the figures the overview draws under its filter, and says how many the whole
 * index has. It is only ever read under that filter (view-data.ts), so its totals are the view's.
 */
type MaybeOverview = DatasetIndex & { overview?: OverviewTotals | undefined };

export type Filters = Pick<ViewState, 'regions' | 'sectors' | 'q'>;

const matches = (text: string | undefined, q: string) => !q || (text ?? '').includes(q.toLowerCase());

export function filterIndicators(index: DatasetIndex, filters: Filters, facetToSkip?: 'regions' | 'sectors'): IndicatorSummary[] {
  const list = index.dataset.indicators;
  const text = index.searchText;
  const regions = facetToSkip === 'regions' || filters.regions.length === 0 ? null : new Set(filters.regions);
  const sectors = facetToSkip === 'sectors' || filters.sectors.length === 0 ? null : new Set(filters.sectors);
  const q = filters.q.toLowerCase();
  const out: IndicatorSummary[] = [];
  // One pass by position: the search text is an array in the same order.
  for (let n = 0; n < list.length; n++) {
    const i = list[n]!;
    if (regions && !regions.has(i.regionId)) continue;
    if (sectors && !i.sectorIds.some((s) => sectors.has(s))) continue;
    if (q && !text[n]!.includes(q)) continue;
    out.push(i);
  }
  return out;
}

/** Articles in the selected regions whose text matches the search. Sectors belong to indicators, so they do not filter articles. */
export function filterArticles(index: DatasetIndex, filters: Filters): ArticleSummary[] {
  return index.dataset.articles.filter(
    (a) => (filters.regions.length === 0 || filters.regions.includes(a.regionId)) && matches(index.articleText.get(a.id), filters.q),
  );
}

/**
 * Counts for each facet value under the other active filters: what you would get
 * by adding that value. The standard faceted-search rule, so a count never lies.
 */
export function facetCounts(index: MaybeOverview, filters: Filters): { regions: Map<string, number>; sectors: Map<string, number> } {
  const totals = index.overview;
  // Its file counts only the values with figures: every other one is 0.
  if (totals)
    return {
      regions: new Map(index.dataset.regions.map((r) => [r.id, totals.regionCounts[r.id] ?? 0])),
      sectors: new Map(index.dataset.sectors.map((s) => [s.id, totals.sectorCounts[s.id] ?? 0])),
    };
  const regions = new Map(index.dataset.regions.map((r) => [r.id, 0]));
  for (const i of filterIndicators(index, filters, 'regions')) regions.set(i.regionId, (regions.get(i.regionId) ?? 0) + 1);
  const sectors = new Map(index.dataset.sectors.map((s) => [s.id, 0]));
  for (const i of filterIndicators(index, filters, 'sectors')) for (const s of i.sectorIds) sectors.set(s, (sectors.get(s) ?? 0) + 1);
  return { regions, sectors };
}

/** Every indicator position, sorted by one key and direction; ties keep the text's order whatever the direction. */
function sortedPositions(index: DatasetIndex, sort: SortKey, dir: SortDir, lang: 'zh' | 'en'): Int32Array {
  const list = index.dataset.indicators;
  const regionOrder = new Map(index.dataset.regions.map((r, n) => [r.id, n]));
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const compare: Record<SortKey, (a: IndicatorSummary, b: IndicatorSummary) => number> = {
    region: (a, b) => regionOrder.get(a.regionId)! - regionOrder.get(b.regionId)!,
    label: labelRanks(list, lang),
    value: (a, b) => text(a.normalized.family, b.normalized.family) || a.normalized.value - b.normalized.value,
    // Period labels are ISO-like (2021, 2022-02, 2019–2021): code-unit order is date order.
    period: (a, b) => text(a.period?.label ?? '', b.period?.label ?? ''),
  };
  const sign = dir === 'asc' ? 1 : -1;
  const by = compare[sort];
  return Int32Array.from(list.keys()).sort((a, b) => sign * by(list[a]!, list[b]!) || a - b);
}

/** Compares labels by rank: the distinct labels are collated once, not once per comparison. */
function labelRanks(list: readonly IndicatorSummary[], lang: 'zh' | 'en') {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const distinct = [...new Set(list.map((i) => i.label[lang]))].sort(collator.compare);
  const rank = new Map(distinct.map((label, n) => [label, n]));
  return (a: IndicatorSummary, b: IndicatorSummary) => rank.get(a.label[lang])! - rank.get(b.label[lang])!;
}

/** Kept per loaded index (quotes arriving later do not change any order). */
const sortCache = new WeakMap<AppIndex, Map<string, Int32Array>>();

/**
 * The first `limit` rows in the table's order. Each order over the whole index is
 * sorted once and kept; a filter change then walks it, picking the rows that pass,
 * and stops at the page's end: no sort of 70,000 rows on every click.
 */
export function sortedPage(index: DatasetIndex, rows: IndicatorSummary[], sort: SortKey, dir: SortDir, lang: 'zh' | 'en', limit = Infinity): IndicatorSummary[] {
  let cached = sortCache.get(index.dataset);
  if (!cached) sortCache.set(index.dataset, (cached = new Map<string, Int32Array>()));
  const key = `${sort} ${dir} ${lang}`;
  let order = cached.get(key);
  if (!order) cached.set(key, (order = sortedPositions(index, sort, dir, lang)));
  const list = index.dataset.indicators;
  const wanted = new Uint8Array(list.length);
  for (const i of rows) wanted[index.order.get(i.id)!] = 1;
  const out: IndicatorSummary[] = [];
  for (let k = 0; k < order.length && out.length < Math.min(limit, rows.length); k++) if (wanted[order[k]!]) out.push(list[order[k]!]!);
  return out;
}

/** How many figures pass the filters: the rows, or the whole index's count when this is the overview's own data. */
export const indicatorTotal = (index: MaybeOverview, rows: readonly IndicatorSummary[]) =>
  index.overview ? index.overview.indicators : rows.length;

/** How many articles pass the filters, in the same way. */
export const articleTotal = (index: MaybeOverview, articles: readonly ArticleSummary[]) =>
  index.overview ? index.overview.articles : articles.length;

/** Figures per place under the filters, for the map's markers. */
export function regionCounts(index: MaybeOverview, rows: readonly IndicatorSummary[]): ReadonlyMap<string, number> {
  const placeCounts = index.overview?.placeCounts;
  // A filter's file counts only the places with figures (at thousands of places, most have none under it).
  if (placeCounts) return new Map(index.dataset.regions.map((r) => [r.id, placeCounts[r.id] ?? 0]));
  const counts = new Map(index.dataset.regions.map((r) => [r.id, 0]));
  for (const i of rows) counts.set(i.regionId, (counts.get(i.regionId) ?? 0) + 1);
  return counts;
}

/** Indicator counts per sector, for a region's breakdown. */
export function sectorBreakdown(rows: IndicatorSummary[]): { sectorId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of rows) for (const s of i.sectorIds) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([sectorId, count]) => ({ sectorId, count })).sort((a, b) => b.count - a.count || a.sectorId.localeCompare(b.sectorId));
}

/**
 * Headline figures: the curated ones (the dataset's headlineIndicatorIds, never
 * a context figure) that pass the filters, in their order, then the place's own
 * first outcomes. A context figure never headlines; a curated forecast does, with its badge.
 */
export function headlineFigures(index: DatasetIndex, rows: IndicatorSummary[], max = 4): IndicatorSummary[] {
  const curated = index.dataset.headlineIndicatorIds;
  const chosen = new Set(curated);
  const passing = new Map<string, IndicatorSummary>();
  const rest: IndicatorSummary[] = [];
  for (const i of rows) {
    if (chosen.has(i.id)) passing.set(i.id, i);
    else if (rest.length < max && i.status === 'actual' && i.subject !== 'context') rest.push(i);
  }
  return [...curated.flatMap((id) => passing.get(id) ?? []), ...rest].slice(0, max);
}
