// The overview's own data answers the unfiltered overview exactly as the whole
// index does: every selector the overview renders by, on both, at one page and
// on a synthetic corpus of many.
import { describe, expect, it } from 'vitest';
import { scaleDataset } from '../../bench/scale.ts';
import { readAppIndex, toAppData } from '../domain/app-data.ts';
import type { Dataset } from '../domain/schema.ts';
import { dataset } from '../testing/dataset.ts';
import { comparisonBars, comparisons } from './comparisons.ts';
import { indexDataset } from './dataset-index.ts';
import { overviewSlice } from './overview-slice.ts';
import {
  articleTotal,
  facetCounts,
  filterArticles,
  filterIndicators,
  headlineFigures,
  indicatorTotal,
  regionCounts,
  sortedPage,
} from './selectors.ts';
import { storyFigures } from './stories.ts';
import { DEFAULT_VIEW } from '../url/view-state.ts';

const SIZES = { headlines: 4, tablePage: 25, articlePage: 20, placeFigures: 3 };
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

function both(data: Dataset) {
  const { index: file, quotes } = toAppData(data);
  const whole = indexDataset(readAppIndex(file));
  const slice = overviewSlice(file, quotes, SIZES)!;
  const { overview, ...rest } = slice;
  const part = { ...indexDataset(readAppIndex(rest)), overview };
  return { whole, part, slice, file, quotes };
}

describe.each([
  ['the committed dataset', dataset],
  ['a corpus of 40 pages', scaleDataset(dataset, 40)],
])('the overview’s own data, on %s', (_name, data) => {
  const { whole, part, slice, file, quotes } = both(data);
  const wholeRows = filterIndicators(whole, DEFAULT_VIEW);
  const partRows = filterIndicators(part, DEFAULT_VIEW);

  it('counts what the whole index counts', () => {
    expect(indicatorTotal(part, partRows)).toBe(wholeRows.length);
    expect(articleTotal(part, filterArticles(part, DEFAULT_VIEW))).toBe(filterArticles(whole, DEFAULT_VIEW).length);
    expect(facetCounts(part, DEFAULT_VIEW)).toEqual(facetCounts(whole, DEFAULT_VIEW));
    expect(regionCounts(part, partRows)).toEqual(regionCounts(whole, wholeRows));
  });

  it('shows the same headline figures, stories, first table page and first articles', () => {
    expect(ids(headlineFigures(part, partRows))).toEqual(ids(headlineFigures(whole, wholeRows)));
    for (const lang of ['zh', 'en'] as const)
      expect(ids(sortedPage(part, partRows, DEFAULT_VIEW.sort, DEFAULT_VIEW.dir, lang, 25)), lang).toEqual(
        ids(sortedPage(whole, wholeRows, DEFAULT_VIEW.sort, DEFAULT_VIEW.dir, lang, 25)),
      );
    expect(ids(filterArticles(part, DEFAULT_VIEW).slice(0, 20))).toEqual(
      ids(filterArticles(whole, DEFAULT_VIEW).slice(0, 20)),
    );
    const passing = (rows: typeof wholeRows) => new Map(rows.map((i) => [i.id, i]));
    for (const story of data.stories)
      expect(storyFigures(story, passing(partRows)), story.id).toEqual(storyFigures(story, passing(wholeRows)));
  });

  it('offers the same comparisons, and draws the first one’s bars', () => {
    const offeredPart = comparisons(part, partRows);
    const offeredWhole = comparisons(whole, wholeRows);
    expect(offeredPart.map((c) => [c.id, c.count, c.converted])).toEqual(
      offeredWhole.map((c) => [c.id, c.count, c.converted]),
    );
    expect(ids(comparisonBars(offeredPart[0]!, false).rows)).toEqual(ids(comparisonBars(offeredWhole[0]!, false).rows));
    expect(comparisonBars(offeredPart[0]!, false).total).toBe(comparisonBars(offeredWhole[0]!, false).total);
  });

  it('lists each place’s first outcomes for the map, and carries its figures’ own quotes', () => {
    const firstOutcomes = (rows: typeof wholeRows, regionId: string) =>
      ids(rows.filter((i) => i.regionId === regionId && i.status === 'actual' && i.subject !== 'context').slice(0, 3));
    for (const region of whole.dataset.regions)
      expect(firstOutcomes(partRows, region.id), region.id).toEqual(firstOutcomes(wholeRows, region.id));
    const quoteOf = new Map(whole.dataset.indicators.map((i, n) => [i.id, quotes[n]]));
    expect(slice.overview.quotes).toEqual(part.dataset.indicators.map((i) => quoteOf.get(i.id)));
    // Every article and source it names is in it.
    for (const i of part.dataset.indicators) expect(part.articleById.has(i.articleId), i.id).toBe(true);
    const sources = new Set(part.dataset.sources.map((s) => s.id));
    for (const a of part.dataset.articles) expect(sources.has(a.sourceId), a.id).toBe(true);
    expect(slice.overview.pages.pages).toBe(file.sources.length);
  });
});

describe('the overview’s own data, as the corpus grows', () => {
  it('holds a bounded share of the figures, not all of them', () => {
    const { part, whole } = both(scaleDataset(dataset, 40));
    expect(part.dataset.indicators.length).toBeLessThan(whole.dataset.indicators.length / 5);
  });
});
