// Lookups built once per index load, so selectors never scan for an id.
import type { AppIndex, ArticleSummary, IndicatorSummary } from '../domain/app-data.ts';
import type { Measure, Region, Sector } from '../domain/schema.ts';

export interface DatasetIndex {
  dataset: AppIndex;
  regionById: ReadonlyMap<string, Region>;
  sectorById: ReadonlyMap<string, Sector>;
  articleById: ReadonlyMap<string, ArticleSummary>;
  indicatorById: ReadonlyMap<string, IndicatorSummary>;
  measureById: ReadonlyMap<string, Measure>;
  indicatorsByArticle: ReadonlyMap<string, IndicatorSummary[]>;
  /** Position of each indicator in the text's order, for stable sorting. */
  order: ReadonlyMap<string, number>;
  /**
   * Lower-cased text each indicator is searched by, by position: its labels, and
   * its quote once the quotes are loaded (see withQuotes).
   */
  searchText: readonly string[];
  quotesLoaded: boolean;
  /** Lower-cased text each article is searched by: its headline and subtitle (its body is in its chunk). */
  articleText: ReadonlyMap<string, string>;
  regionIds: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
}

/** Labels are shared objects (one per distinct label): each is lower-cased once. */
function labelTexts(indicators: readonly IndicatorSummary[]): string[] {
  const seen = new Map<IndicatorSummary['label'], string>();
  return indicators.map((i) => {
    let text = seen.get(i.label);
    if (text === undefined) {
      text = `${i.label.zh} ${i.label.en}`.toLowerCase();
      seen.set(i.label, text);
    }
    return text;
  });
}

export function indexDataset(dataset: AppIndex): DatasetIndex {
  const byArticle = new Map<string, IndicatorSummary[]>(dataset.articles.map((a) => [a.id, []]));
  for (const i of dataset.indicators) byArticle.get(i.articleId)?.push(i);
  return {
    dataset,
    regionById: new Map(dataset.regions.map((r) => [r.id, r])),
    sectorById: new Map(dataset.sectors.map((s) => [s.id, s])),
    articleById: new Map(dataset.articles.map((a) => [a.id, a])),
    indicatorById: new Map(dataset.indicators.map((i) => [i.id, i])),
    measureById: new Map(dataset.measures.map((m) => [m.id, m])),
    indicatorsByArticle: byArticle,
    order: new Map(dataset.indicators.map((i, n) => [i.id, n])),
    searchText: labelTexts(dataset.indicators),
    quotesLoaded: false,
    articleText: new Map(dataset.articles.map((a) => [a.id, `${a.headline} ${a.subheadline ?? ''}`.toLowerCase()])),
    regionIds: new Set(dataset.regions.map((r) => r.id)),
    sectorIds: new Set(dataset.sectors.map((s) => s.id)),
  };
}

/** The same index, searching each indicator's quote too. Quotes come in index order. */
export function withQuotes(index: DatasetIndex, quotes: readonly string[]): DatasetIndex {
  if (quotes.length !== index.searchText.length) throw new Error(`quotes: expected ${index.searchText.length}, got ${quotes.length}`);
  const labels = labelTexts(index.dataset.indicators);
  return { ...index, searchText: labels.map((text, n) => `${text} ${quotes[n]!.toLowerCase()}`), quotesLoaded: true };
}
