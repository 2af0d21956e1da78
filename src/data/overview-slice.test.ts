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
import { overviewSlice, viewFile } from './overview-slice.ts';
import { hasOwnFile, NO_FILTER, withSharedTables, type Filter } from './view-files.ts';
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

/** The whole index, and the overview's own data under `filter` as the app reads it (a filter's file with `/`'s tables put back). */
function both(data: Dataset, filter: Filter = NO_FILTER) {
  const { index: file, quotes } = toAppData(data);
  const whole = indexDataset(readAppIndex(file));
  const slice = overviewSlice(file, quotes, SIZES, filter)!;
  const read = hasOwnFile(filter) ? (withSharedTables(viewFile(slice), file) as typeof slice) : slice;
  const { overview, ...rest } = read;
  const part = { ...indexDataset(readAppIndex(rest)), overview };
  return { whole, part, slice, file, quotes };
}

const forty = scaleDataset(dataset, 40);
const withFigures = (data: Dataset) => data.sectors.find((s) => data.indicators.some((i) => i.sectorIds.includes(s.id)))!.id;

describe.each([
  ['the committed dataset', dataset, NO_FILTER],
  ['the committed dataset, one place', dataset, { regions: [dataset.regions[1]!.id], sectors: [] }],
  ['the committed dataset, one sector', dataset, { regions: [], sectors: [withFigures(dataset)] }],
  ['a corpus of 40 pages', forty, NO_FILTER],
  ['a corpus of 40 pages, one place', forty, { regions: [forty.regions.at(-1)!.id], sectors: [] }],
  ['a corpus of 40 pages, one sector', forty, { regions: [], sectors: [withFigures(forty)] }],
])('the overview’s own data, on %s', (_name, data, filter) => {
  const { whole, part, slice, file, quotes } = both(data, filter);
  const view = { ...DEFAULT_VIEW, ...filter };
  const wholeRows = filterIndicators(whole, view);
  const partRows = filterIndicators(part, view);

  it('is cut under its filter, and a filter’s file leaves out the tables `/`’s data holds', () => {
    expect(slice.overview.filter).toEqual(filter);
    if (hasOwnFile(filter)) expect(Object.keys(viewFile(slice))).not.toContain('regions');
  });

  it('counts what the whole index counts', () => {
    expect(indicatorTotal(part, partRows)).toBe(wholeRows.length);
    expect(articleTotal(part, filterArticles(part, view))).toBe(filterArticles(whole, view).length);
    expect(facetCounts(part, view)).toEqual(facetCounts(whole, view));
    expect(regionCounts(part, partRows)).toEqual(regionCounts(whole, wholeRows));
  });

  it('shows the same headline figures, stories, first table page and first articles', () => {
    expect(ids(headlineFigures(part, partRows))).toEqual(ids(headlineFigures(whole, wholeRows)));
    for (const lang of ['zh', 'en'] as const)
      expect(ids(sortedPage(part, partRows, view.sort, view.dir, lang, 25)), lang).toEqual(
        ids(sortedPage(whole, wholeRows, view.sort, view.dir, lang, 25)),
      );
    expect(ids(filterArticles(part, view).slice(0, 20))).toEqual(
      ids(filterArticles(whole, view).slice(0, 20)),
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
    // A place may have no measure with two figures to compare: then neither offers one.
    if (!offeredWhole[0]) return;
    expect(ids(comparisonBars(offeredPart[0]!, false).rows)).toEqual(ids(comparisonBars(offeredWhole[0], false).rows));
    expect(comparisonBars(offeredPart[0]!, false).total).toBe(comparisonBars(offeredWhole[0], false).total);
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
