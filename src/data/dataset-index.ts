// Lookups built once per index load, so selectors never scan for an id.
import type { AppIndex, ArticleSummary, IndicatorSummary } from '../domain/app-data.ts';
import type { Region, Sector } from '../domain/schema.ts';

export interface DatasetIndex {
  dataset: AppIndex;
  regionById: ReadonlyMap<string, Region>;
  sectorById: ReadonlyMap<string, Sector>;
  articleById: ReadonlyMap<string, ArticleSummary>;
  indicatorById: ReadonlyMap<string, IndicatorSummary>;
  indicatorsByArticle: ReadonlyMap<string, IndicatorSummary[]>;
  /** Position of each indicator in the text's order, for stable sorting. */
  order: ReadonlyMap<string, number>;
  /** Lower-cased text each indicator is searched by: its labels and quote. */
  indicatorText: ReadonlyMap<string, string>;
  /** Lower-cased text each article is searched by: its headline and subtitle (its body is in its chunk). */
  articleText: ReadonlyMap<string, string>;
  regionIds: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
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
    indicatorsByArticle: byArticle,
    order: new Map(dataset.indicators.map((i, n) => [i.id, n])),
    indicatorText: new Map(dataset.indicators.map((i) => [i.id, `${i.label.zh} ${i.label.en} ${i.quote}`.toLowerCase()])),
    articleText: new Map(dataset.articles.map((a) => [a.id, `${a.headline} ${a.subheadline ?? ''}`.toLowerCase()])),
    regionIds: new Set(dataset.regions.map((r) => r.id)),
    sectorIds: new Set(dataset.sectors.map((s) => s.id)),
  };
}
