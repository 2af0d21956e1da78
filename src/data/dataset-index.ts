// Lookups built once per dataset load, so selectors never scan for an id.
import type { Article, Dataset, Indicator, Region, Sector } from '../domain/schema.ts';

export interface DatasetIndex {
  dataset: Dataset;
  regionById: ReadonlyMap<string, Region>;
  sectorById: ReadonlyMap<string, Sector>;
  articleById: ReadonlyMap<string, Article>;
  indicatorById: ReadonlyMap<string, Indicator>;
  indicatorsByArticle: ReadonlyMap<string, Indicator[]>;
  /** Lower-cased text each indicator is searched by: labels, quote, and its article's text. */
  searchText: ReadonlyMap<string, string>;
  regionIds: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
  const articleText = new Map(dataset.articles.map((a) => [a.id, `${a.headline} ${a.blocks.map((b) => b.text).join(' ')}`]));
  return {
    dataset,
    regionById: new Map(dataset.regions.map((r) => [r.id, r])),
    sectorById: new Map(dataset.sectors.map((s) => [s.id, s])),
    articleById,
    indicatorById: new Map(dataset.indicators.map((i) => [i.id, i])),
    indicatorsByArticle: new Map(dataset.articles.map((a) => [a.id, dataset.indicators.filter((i) => i.articleId === a.id)])),
    searchText: new Map([
      ...dataset.indicators.map((i) => [i.id, `${i.label.zh} ${i.label.en} ${i.quote}`.toLowerCase()] as const),
      ...dataset.articles.map((a) => [a.id, articleText.get(a.id)!.toLowerCase()] as const),
    ]),
    regionIds: new Set(dataset.regions.map((r) => r.id)),
    sectorIds: new Set(dataset.sectors.map((s) => s.id)),
  };
}
