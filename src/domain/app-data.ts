// The format the app loads, derived at build time from data/dataset.json (which
// stays the canonical, committed dataset): a small index first, then each
// article's text as its own chunk when an article view opens. The index keeps
// each indicator's quote, so search and tooltips need no chunk.
import type { Article, Block, Dataset, Indicator } from './schema.ts';

export type IndicatorSummary = Omit<Indicator, 'at' | 'mention'>;
export type ArticleSummary = Omit<Article, 'blocks'> & { indicatorCount: number };

export interface AppIndex {
  schemaVersion: number;
  sources: Dataset['sources'];
  regions: Dataset['regions'];
  sectors: Dataset['sectors'];
  articles: ArticleSummary[];
  indicators: IndicatorSummary[];
}

export interface ArticleChunk {
  id: string;
  blocks: Block[];
  /** Where each indicator's number sits in the text. */
  marks: Record<string, Pick<Indicator, 'at' | 'mention'>>;
}

export function toAppData(dataset: Dataset): { index: AppIndex; chunks: ArticleChunk[] } {
  const counts = new Map<string, number>();
  for (const i of dataset.indicators) counts.set(i.articleId, (counts.get(i.articleId) ?? 0) + 1);
  const index: AppIndex = {
    schemaVersion: dataset.schemaVersion,
    sources: dataset.sources,
    regions: dataset.regions,
    sectors: dataset.sectors,
    articles: dataset.articles.map(({ blocks: _blocks, ...summary }) => ({ ...summary, indicatorCount: counts.get(summary.id) ?? 0 })),
    indicators: dataset.indicators.map(({ at: _at, mention: _mention, ...summary }) => summary),
  };
  const marks = new Map<string, ArticleChunk['marks']>();
  for (const i of dataset.indicators) {
    const own = marks.get(i.articleId) ?? {};
    own[i.id] = { at: i.at, mention: i.mention };
    marks.set(i.articleId, own);
  }
  const chunks = dataset.articles.map((a) => ({ id: a.id, blocks: a.blocks, marks: marks.get(a.id) ?? {} }));
  return { index, chunks };
}
