import { describe, expect, it } from 'vitest';
import { readAppIndex, toAppData } from '../domain/app-data.ts';
import { dataset } from '../testing/dataset.ts';
import { comparisons } from './comparisons.ts';
import { indexDataset } from './dataset-index.ts';
import { overviewSlice } from './overview-slice.ts';
import { filterIndicators } from './selectors.ts';
import { overviewCovers } from './view-data.ts';
import { DEFAULT_VIEW } from '../url/view-state.ts';

const { index: file, quotes } = toAppData(dataset);
const { overview: totals, ...rest } = overviewSlice(file, quotes, {
  headlines: 4,
  tablePage: 25,
  articlePage: 20,
  placeFigures: 3,
})!;
const overview = { ...indexDataset(readAppIndex(rest)), overview: totals, files: { chunkFiles: {}, quotesFile: '' } };
const whole = indexDataset(readAppIndex(file));
const first = comparisons(whole, filterIndicators(whole, DEFAULT_VIEW))[0]!.id;
const second = comparisons(whole, filterIndicators(whole, DEFAULT_VIEW))[1]!.id;
const region = dataset.regions[0]!.id;
const sector = dataset.sectors[0]!.id;

describe('overviewCovers', () => {
  it.each([
    ['no parameter', ''],
    ['the language', '?lang=en'],
    ['a link’s version', '?v=0123abcd'],
    ['the first comparison, named', `?measure=${first}`],
    ['a place it does not know (ignored, as the view ignores it)', '?region=nowhere'],
  ])('answers %s', (_what, search) => expect(overviewCovers(overview, search)).toBe(true));

  it.each([
    ['a place', `?region=${region}`],
    ['a sector', `?sector=${sector}`],
    ['a search', '?q=%E4%BA%BF'],
    ['another comparison', `?measure=${second}`],
    ['every bar', `?measure=${first}&all=1`],
    ['another order', '?sort=value&dir=desc'],
    ['a figure to mark', `?indicator=${dataset.indicators[0]!.id}`],
  ])('leaves %s to the whole index', (_what, search) => expect(overviewCovers(overview, search)).toBe(false));
});

describe('overviewCovers, on a filter’s own file', () => {
  const { overview: placeTotals, ...placeRest } = overviewSlice(
    file,
    quotes,
    { headlines: 4, tablePage: 25, articlePage: 20, placeFigures: 3 },
    { regions: [region], sectors: [] },
  )!;
  const place = {
    ...indexDataset(readAppIndex(placeRest)),
    overview: placeTotals,
    files: { chunkFiles: {}, quotesFile: '' },
  };

  it('answers its own place, in either language', () => {
    expect(overviewCovers(place, `?region=${region}`)).toBe(true);
    expect(overviewCovers(place, `?region=${region}&lang=en`)).toBe(true);
  });

  it.each([
    ['no filter', ''],
    ['another place too', `?region=${region},${dataset.regions[1]!.id}`],
    ['a sector too', `?region=${region}&sector=${sector}`],
    ['a search', `?region=${region}&q=%E4%BA%BF`],
    ['another order', `?region=${region}&sort=value&dir=desc`],
  ])('leaves %s to another file', (_what, search) => expect(overviewCovers(place, search)).toBe(false));
});
