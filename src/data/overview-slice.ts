// The overview's own data: what `/` shows with no filter, and nothing more, so
// the first page of a corpus of thousands loads a few hundred figures, not every
// one. Made at build time from the index file (scripts/prerender.ts ships it in
// `/`'s page); the app reads it as an index that holds only these figures, with
// the totals the whole index would give (see `overview`). The same cut under one
// place or one sector is that filter's own file (viewFile): a first filter
// loads a few hundred figures too. Which views each answers is `overviewCovers`
// (view-data.ts): any other view loads the whole index.
//
// It holds every figure the overview draws under its filter: the headline figures, the
// stories', the explorer's first comparison's bars, the first page of the table in
// its default order, and each place's first outcomes (the map's tooltips), in the
// index's order. Every selector then picks from it what it would pick from the
// whole index: each takes the first rows in the index's order that pass, and all
// of those are here (overview-slice.test.ts checks each against the whole index).
import { comparisonBars, comparisons } from './comparisons.ts';
import { indexDataset } from './dataset-index.ts';
import { pageSpan, type PageSpan } from './page-span.ts';
import { storyIndicatorIds } from './stories.ts';
import { facetCounts, filterArticles, filterIndicators, headlineFigures, sortedPage } from './selectors.ts';
import { readAppIndex, type AppIndexFile } from '../domain/app-data.ts';
import { columnValues, pickRows } from '../domain/columns.ts';
import type { IndicatorSummary } from '../domain/app-data.ts';
import { DEFAULT_VIEW } from '../url/view-state.ts';
import { NO_FILTER, SHARED_TABLES, type Filter, type SharedTable } from './view-files.ts';

/** The totals of the whole index under the filter, which the overview's own figures cannot count. */
export interface OverviewTotals {
  pages: PageSpan;
  indicators: number;
  articles: number;
  /** The filter these figures and totals are under (none: `/` itself). */
  filter: Filter;
  /** Figures per place and per sector under the other facet's filter: the filters' counts (facetCounts). */
  regionCounts: Record<string, number>;
  sectorCounts: Record<string, number>;
  /** Figures per place that pass the filter: the map's markers. */
  placeCounts: Record<string, number>;
  /** The explorer's choices, in its order: each group's size and whether its units were converted. */
  comparisons: { id: string; count: number; converted: boolean; unit: string }[];
  /** The quotes of the figures it holds, in its order. */
  quotes: string[];
}

export interface OverviewSizes {
  headlines: number;
  tablePage: number;
  articlePage: number;
  /** Outcomes per place in the map's tooltip. */
  placeFigures: number;
}

/** The counts above zero: at thousands of places, most have none under a filter (the app reads a missing one as 0). */
const nonZero = (counts: ReadonlyMap<string, number>) => Object.fromEntries([...counts].filter(([, n]) => n > 0));

/** Each place's first `n` outcomes in the index's order, as the map's tooltip lists them. */
function firstOutcomes(rows: readonly IndicatorSummary[], n: number): IndicatorSummary[] {
  const taken = new Map<string, number>();
  return rows.filter((i) => {
    if (i.status !== 'actual' || i.subject === 'context') return false;
    const count = taken.get(i.regionId) ?? 0;
    if (count >= n) return false;
    taken.set(i.regionId, count + 1);
    return true;
  });
}

/**
 * The index cut down to what the overview shows under `filter` (none: `/`
 * itself), with the whole index's totals under it. `quotes` are the whole
 * index's, in its order.
 */
export function overviewSlice<F extends AppIndexFile>(
  file: F,
  quotes: readonly string[],
  sizes: OverviewSizes,
  filter: Filter = NO_FILTER,
): (F & { overview: OverviewTotals }) | undefined {
  return overviewSlicer(file, quotes, sizes)(filter);
}

/**
 * One reading of the index file, cut under as many filters as asked: the build
 * cuts `/` and each place and sector, and reads (and sorts) the index only once.
 */
export function overviewSlicer<F extends AppIndexFile>(
  file: F,
  quotes: readonly string[],
  sizes: OverviewSizes,
): (filter: Filter) => (F & { overview: OverviewTotals }) | undefined {
  const pages = pageSpan(file.sources);
  const index = indexDataset(readAppIndex(file));
  const articleIdColumn = columnValues(file.articles, 'id');
  const sourceOf = new Map(index.dataset.articles.map((a) => [a.id, a.sourceId]));
  const stories = file.stories.flatMap(storyIndicatorIds).flatMap((id) => index.indicatorById.get(id) ?? []);
  return (filter) => {
    if (!pages) return undefined;
    const view = { ...DEFAULT_VIEW, ...filter };
    const rows = filterIndicators(index, view);
    const offered = comparisons(index, rows);
    const shown = [
      ...headlineFigures(index, rows, sizes.headlines),
      ...stories,
      ...(offered[0] ? comparisonBars(offered[0], false).rows : []),
      ...sortedPage(index, rows, DEFAULT_VIEW.sort, DEFAULT_VIEW.dir, DEFAULT_VIEW.lang, sizes.tablePage),
      ...firstOutcomes(rows, sizes.placeFigures),
    ];
    const positions = [...new Set(shown.map((i) => index.order.get(i.id)!))].sort((a, b) => a - b);
    const articles = filterArticles(index, view);
    const articleIds = new Set([
      ...articles.slice(0, sizes.articlePage).map((a) => a.id),
      ...positions.map((n) => index.dataset.indicators[n]!.articleId),
    ]);
    const articlePositions = articleIdColumn.flatMap((id, n) => (articleIds.has(id as string) ? [n] : []));
    const sourceIds = new Set([...articleIds].map((id) => sourceOf.get(id)));
    const counts = facetCounts(index, view);
    const placeCounts = new Map<string, number>();
    for (const i of rows) placeCounts.set(i.regionId, (placeCounts.get(i.regionId) ?? 0) + 1);
    return {
      ...file,
      sources: file.sources.filter((s) => sourceIds.has(s.id)),
      articles: pickRows(file.articles, articlePositions),
      indicators: pickRows(file.indicators, positions),
      overview: {
        pages,
        filter,
        indicators: rows.length,
        articles: articles.length,
        regionCounts: nonZero(counts.regions),
        sectorCounts: nonZero(counts.sectors),
        placeCounts: nonZero(placeCounts),
        comparisons: offered.map((c) => ({
          id: c.id,
          count: c.figures.length,
          converted: c.converted,
          unit: c.figures[0]!.normalized.unit,
        })),
        quotes: positions.map((n) => quotes[n]!),
      },
    };
  };
}

/** A filter's own file: its overview's data without the tables `/`'s already holds. */
export function viewFile<F extends AppIndexFile>(slice: F): Omit<F, SharedTable> {
  const part: Partial<F> = { ...slice };
  for (const key of SHARED_TABLES) delete part[key];
  return part as Omit<F, SharedTable>;
}
