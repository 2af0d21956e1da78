// The format the app loads, derived at build time from data/dataset.json (which
// stays the canonical, committed dataset). Three kinds of file:
// - the index, loaded first: every article and indicator without text, as
//   columns with repeated values stored once (see columns.ts);
// - the quotes, one per indicator in index order, loaded only when a search
//   needs them;
// - one chunk per article: its text, and each indicator's span and quote,
//   loaded when the article opens.
// The same format at every size: one page or a thousand.
import { fromColumns, toColumns, type Columns } from './columns.ts';
import type { Article, Block, Dataset, Indicator } from './schema.ts';

export type IndicatorSummary = Omit<Indicator, 'at' | 'mention' | 'quote'>;
export type ArticleSummary = Omit<Article, 'blocks'> & { indicatorCount: number };

/** The index as the app uses it. */
export interface AppIndex {
  schemaVersion: number;
  sources: Dataset['sources'];
  regions: Dataset['regions'];
  sectors: Dataset['sectors'];
  /** What each indicator measures (indicators[].measureId refers to these). */
  measures: Dataset['measures'];
  articles: ArticleSummary[];
  indicators: IndicatorSummary[];
  /** The story charts, as curated in data/annotations/stories.yaml. */
  stories: Dataset['stories'];
  /** The overview's headline figures, in order; never a context figure. */
  headlineIndicatorIds: Dataset['headlineIndicatorIds'];
}

/** The index as it travels: articles and indicators as columns. */
export interface AppIndexFile extends Omit<AppIndex, 'articles' | 'indicators'> {
  articles: Columns;
  indicators: Columns;
}

export interface ArticleChunk {
  id: string;
  blocks: Block[];
  /** Where each indicator's number sits in the text, and its sentence. */
  marks: Record<string, Pick<Indicator, 'at' | 'mention' | 'quote'>>;
}

/** An indicator with its nested normalized value spread into fields, so each can be a column. */
type FlatIndicator = Omit<IndicatorSummary, 'normalized'> & {
  normalizedValue: number;
  normalizedUnit: string;
  normalizedFamily: Indicator['normalized']['family'];
};

const ARTICLE_DICTIONARIES = ['sourceId', 'regionId', 'reporters', 'correspondents'] as const;
const INDICATOR_DICTIONARIES = [
  'regionId',
  'articleId',
  'sectorIds',
  'label',
  'measureId',
  'subject',
  'subjectName',
  'unit',
  'approx',
  'period',
  'status',
  'normalizedUnit',
  'normalizedFamily',
] as const;

export function toAppData(dataset: Dataset): { index: AppIndexFile; chunks: ArticleChunk[]; quotes: string[] } {
  const counts = new Map<string, number>();
  for (const i of dataset.indicators) counts.set(i.articleId, (counts.get(i.articleId) ?? 0) + 1);
  const articles: ArticleSummary[] = dataset.articles.map(({ blocks: _blocks, ...summary }) => ({
    ...summary,
    indicatorCount: counts.get(summary.id) ?? 0,
  }));
  const indicators: FlatIndicator[] = dataset.indicators.map(
    ({ at: _at, mention: _mention, quote: _quote, normalized, ...summary }) => ({
      ...summary,
      normalizedValue: normalized.value,
      normalizedUnit: normalized.unit,
      normalizedFamily: normalized.family,
    }),
  );
  const index: AppIndexFile = {
    schemaVersion: dataset.schemaVersion,
    sources: dataset.sources,
    regions: dataset.regions,
    sectors: dataset.sectors,
    measures: dataset.measures,
    articles: toColumns(articles, ARTICLE_DICTIONARIES),
    indicators: toColumns(indicators, INDICATOR_DICTIONARIES),
    stories: dataset.stories,
    headlineIndicatorIds: dataset.headlineIndicatorIds,
  };
  const marks = new Map<string, ArticleChunk['marks']>();
  for (const i of dataset.indicators) {
    const own = marks.get(i.articleId) ?? {};
    own[i.id] = { at: i.at, mention: i.mention, quote: i.quote };
    marks.set(i.articleId, own);
  }
  const chunks = dataset.articles.map((a) => ({ id: a.id, blocks: a.blocks, marks: marks.get(a.id) ?? {} }));
  return { index, chunks, quotes: dataset.indicators.map((i) => i.quote) };
}

export function readAppIndex(file: AppIndexFile): AppIndex {
  const indicators = fromColumns<FlatIndicator>(file.indicators).map(
    ({ normalizedValue, normalizedUnit, normalizedFamily, ...rest }) => ({
      ...rest,
      normalized: { value: normalizedValue, unit: normalizedUnit, family: normalizedFamily },
    }),
  );
  return { ...file, articles: fromColumns<ArticleSummary>(file.articles), indicators };
}
