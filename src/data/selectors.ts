// Pure selectors: (dataset index, view state) → rows. No React, no ECharts.
import type { UnitFamily } from '../domain/schema.ts';
import type { IndicatorSummary, ArticleSummary } from '../domain/app-data.ts';
import type { SortDir, SortKey, ViewState } from '../url/view-state.ts';
import type { DatasetIndex } from './dataset-index.ts';

export type Filters = Pick<ViewState, 'regions' | 'sectors' | 'q'>;

const matches = (text: string | undefined, q: string) => !q || (text ?? '').includes(q.toLowerCase());

export function filterIndicators(index: DatasetIndex, filters: Filters, facetToSkip?: 'regions' | 'sectors'): IndicatorSummary[] {
  return index.dataset.indicators.filter(
    (i) =>
      (facetToSkip === 'regions' || filters.regions.length === 0 || filters.regions.includes(i.regionId)) &&
      (facetToSkip === 'sectors' || filters.sectors.length === 0 || i.sectorIds.some((s) => filters.sectors.includes(s))) &&
      matches(index.indicatorText.get(i.id), filters.q),
  );
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
export function facetCounts(index: DatasetIndex, filters: Filters): { regions: Map<string, number>; sectors: Map<string, number> } {
  const regions = new Map(index.dataset.regions.map((r) => [r.id as string, 0]));
  for (const i of filterIndicators(index, filters, 'regions')) regions.set(i.regionId, (regions.get(i.regionId) ?? 0) + 1);
  const sectors = new Map(index.dataset.sectors.map((s) => [s.id, 0]));
  for (const i of filterIndicators(index, filters, 'sectors')) for (const s of i.sectorIds) sectors.set(s, (sectors.get(s) ?? 0) + 1);
  return { regions, sectors };
}

export function sortIndicators(rows: IndicatorSummary[], sort: SortKey, dir: SortDir, index: DatasetIndex, lang: 'zh' | 'en'): IndicatorSummary[] {
  const regionOrder = new Map(index.dataset.regions.map((r, n) => [r.id as string, n]));
  const order = index.order;
  const compare: Record<SortKey, (a: IndicatorSummary, b: IndicatorSummary) => number> = {
    region: (a, b) => regionOrder.get(a.regionId)! - regionOrder.get(b.regionId)!,
    label: (a, b) => a.label[lang].localeCompare(b.label[lang], lang === 'zh' ? 'zh-CN' : 'en'),
    value: (a, b) => a.normalized.family.localeCompare(b.normalized.family) || a.normalized.value - b.normalized.value,
    period: (a, b) => (a.period?.label ?? '').localeCompare(b.period?.label ?? ''),
  };
  const sign = dir === 'asc' ? 1 : -1;
  // Ties keep the dataset's order (the order of the text), whatever the direction.
  return [...rows].sort((a, b) => sign * compare[sort](a, b) || order.get(a.id)! - order.get(b.id)!);
}

export function familiesPresent(rows: IndicatorSummary[]): { family: UnitFamily; count: number }[] {
  const counts = new Map<UnitFamily, number>();
  for (const i of rows) counts.set(i.normalized.family, (counts.get(i.normalized.family) ?? 0) + 1);
  return [...counts].map(([family, count]) => ({ family, count })).sort((a, b) => b.count - a.count || a.family.localeCompare(b.family));
}

export const EXPLORER_TOP_N = 12;

/**
 * Bars for the explorer: one unit family only (never unlike units on one axis),
 * largest first, the top N unless all are asked for. Ranks sort best (1) first.
 */
export function explorerRows(rows: IndicatorSummary[], family: UnitFamily, all: boolean): { rows: IndicatorSummary[]; total: number } {
  const before = (a: IndicatorSummary, b: IndicatorSummary) =>
    family === 'rank' ? a.normalized.value - b.normalized.value : b.normalized.value - a.normalized.value;
  const same = rows.filter((i) => i.normalized.family === family);
  if (all) return { rows: same.sort(before), total: same.length };
  // The top N in one pass: a corpus of 70,000 indicators is never sorted to show 12.
  const top: IndicatorSummary[] = [];
  for (const i of same) {
    if (top.length === EXPLORER_TOP_N && before(i, top[top.length - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && before(i, top[at - 1]!) < 0) at--;
    top.splice(at, 0, i);
    if (top.length > EXPLORER_TOP_N) top.pop();
  }
  return { rows: top, total: same.length };
}

/** Indicator counts per sector, for a region's breakdown. */
export function sectorBreakdown(rows: IndicatorSummary[]): { sectorId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of rows) for (const s of i.sectorIds) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([sectorId, count]) => ({ sectorId, count })).sort((a, b) => b.count - a.count || a.sectorId.localeCompare(b.sectorId));
}

/** Key indicators shown as tiles, in this order, when they pass the filters. */
export const KEY_INDICATORS = [
  'jingmen-auto-output-2021', 'shushan-gdp-2021', 'linjiang-credit-rank', 'zoucheng-posts-total',
  'tongnan-cross-border-passengers', 'jingmen-lithium-investment-share-2021', 'shushan-zhanxin-financing',
  'linjiang-xinyidai-loans', 'tongnan-forest-gain', 'zoucheng-posts-filled',
];

const KEY_SET = new Set(KEY_INDICATORS);

/** One pass that stops early: the key figures in their order, then the first actual figures. */
export function headlineFigures(rows: IndicatorSummary[], max = 4): IndicatorSummary[] {
  const keyed = new Map<string, IndicatorSummary>();
  const rest: IndicatorSummary[] = [];
  for (const i of rows) {
    if (KEY_SET.has(i.id)) keyed.set(i.id, i);
    else if (rest.length < max && i.status === 'actual') rest.push(i);
  }
  return [...KEY_INDICATORS.flatMap((id) => keyed.get(id) ?? []), ...rest].slice(0, max);
}
