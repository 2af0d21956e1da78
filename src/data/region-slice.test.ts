// A place's slice answers its page exactly as the whole index does, under any of
// the page's filters: every selector the page renders by, on both.
import { describe, expect, it } from 'vitest';
import { scaleDataset } from '../../bench/scale.ts';
import { readAppIndex, regionSlice, toAppData } from '../domain/app-data.ts';
import { dataset } from '../testing/dataset.ts';
import { comparisons } from './comparisons.ts';
import { indexDataset } from './dataset-index.ts';
import { facetCounts, filterArticles, filterIndicators, headlineFigures, sectorBreakdown, sortedPage } from './selectors.ts';

const data = scaleDataset(dataset, 3);
const { index: file } = toAppData(data);
const whole = indexDataset(readAppIndex(file));
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe.each(data.regions.slice(0, 8).map((r) => [r.id] as const))('the slice of %s', (regionId) => {
  const part = indexDataset(readAppIndex(regionSlice(file, regionId)!));
  const sector = data.indicators.find((i) => i.regionId === regionId)?.sectorIds[0];
  const filterSets = [
    { regions: [regionId], sectors: [], q: '' },
    ...(sector ? [{ regions: [regionId], sectors: [sector], q: '' }] : []),
  ];

  it.each(filterSets.map((f) => [f.sectors.join() || 'no sector', f] as const))(
    'shows what the whole index shows (%s)',
    (_name, filters) => {
      const a = filterIndicators(part, filters);
      const b = filterIndicators(whole, filters);
      expect(ids(a)).toEqual(ids(b));
      expect(ids(headlineFigures(part, a))).toEqual(ids(headlineFigures(whole, b)));
      expect(ids(sortedPage(part, a, 'value', 'desc', 'en', 25))).toEqual(ids(sortedPage(whole, b, 'value', 'desc', 'en', 25)));
      expect(comparisons(part, a).map((c) => [c.id, ids(c.figures)])).toEqual(
        comparisons(whole, b).map((c) => [c.id, ids(c.figures)]),
      );
      expect(sectorBreakdown(a)).toEqual(sectorBreakdown(b));
      expect(facetCounts(part, filters).sectors).toEqual(facetCounts(whole, filters).sectors);
      expect(ids(filterArticles(part, { ...filters, q: '' }))).toEqual(ids(filterArticles(whole, { ...filters, q: '' })));
      for (const story of part.dataset.stories) expect(story.regionId).toBe(regionId);
      expect(part.dataset.stories.length).toBe(whole.dataset.stories.filter((s) => s.regionId === regionId).length);
    },
  );
});

it('is undefined for a place the index does not know', () => {
  expect(regionSlice(file, 'nowhere')).toBeUndefined();
});
