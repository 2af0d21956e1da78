// The format the app loads, derived at build time from data/dataset.json (which
// stays the canonical, committed dataset). Three kinds of file:
// - the index, loaded first: every article and indicator without text, as
//   columns with repeated values stored once (see columns.ts);
// - the quotes, one per indicator in index order, loaded only when a search
//   needs them;
// - one chunk per article: its text, and each indicator's span and quote,
//   loaded when the article opens.
// The same format at every size: one page or a thousand.
// The files are read back through schemas (zod's mini build, as schema.ts), so
// what the app holds is what the types say, with no cast.
import * as z from 'zod/mini';
import { columnsSchema, columnValues, fromColumns, pickRows, toColumns } from './columns.ts';
import {
  articleSchema,
  blockSchema,
  indicatorSchema,
  measureSchema,
  regionSchema,
  sectorSchema,
  sourceSchema,
  storySchema,
  type Dataset,
} from './schema.ts';

const indicatorSummarySchema = z.omit(indicatorSchema, { at: true, mention: true, quote: true });
const articleSummarySchema = z.extend(z.omit(articleSchema, { blocks: true }), {
  indicatorCount: z.int().check(z.minimum(0)),
});
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

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
export const appIndexFileSchema = z.object({
  schemaVersion: z.number(),
  sources: z.array(sourceSchema),
  regions: z.array(regionSchema),
  sectors: z.array(sectorSchema),
  measures: z.array(measureSchema),
  articles: columnsSchema,
  indicators: columnsSchema,
  stories: z.array(storySchema),
  headlineIndicatorIds: z.array(z.string()),
});
export type AppIndexFile = z.infer<typeof appIndexFileSchema>;

export const articleChunkSchema = z.object({
  id: z.string(),
  blocks: z.array(blockSchema),
  /** Where each indicator's number sits in the text, and its sentence. */
  marks: z.record(z.string(), z.pick(indicatorSchema, { at: true, mention: true, quote: true })),
});
export type ArticleChunk = z.infer<typeof articleChunkSchema>;

/** An indicator with its nested normalized value spread into fields, so each can be a column. */
const flatIndicatorSchema = z.extend(z.omit(indicatorSummarySchema, { normalized: true }), {
  normalizedValue: indicatorSchema.shape.normalized.shape.value,
  normalizedUnit: indicatorSchema.shape.normalized.shape.unit,
  normalizedFamily: indicatorSchema.shape.normalized.shape.family,
});
type FlatIndicator = z.infer<typeof flatIndicatorSchema>;

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

/** The index back from its file; the rows are parsed (a malformed row throws zod's error, with its path). */
export function readAppIndex(file: AppIndexFile): AppIndex {
  const flat = fromColumns(file.indicators);
  const parsed = z.array(flatIndicatorSchema).parse(flat);
  shareAgain(flat, parsed, ['label', 'period', 'sectorIds']);
  const indicators = parsed.map(({ normalizedValue, normalizedUnit, normalizedFamily, ...rest }) => ({
    ...rest,
    normalized: { value: normalizedValue, unit: normalizedUnit, family: normalizedFamily },
  }));
  const articleRows = fromColumns(file.articles);
  const articles = z.array(articleSummarySchema).parse(articleRows);
  shareAgain(articleRows, articles, ['reporters', 'correspondents']);
  return { ...file, articles, indicators };
}

/**
 * Makes the parsed rows share each dictionary value again, as the rows read from
 * the columns did (one object per distinct label, period, list of sectors): zod
 * copies every object it parses, and at tens of thousands of rows the copies were
 * most of the heap. Pairs each parsed value with the one it was parsed from.
 */
function shareAgain<T extends object, K extends keyof T & string>(
  read: readonly Record<string, unknown>[],
  parsed: T[],
  keys: readonly K[],
) {
  for (const key of keys) {
    const first = new Map<unknown, T[K]>();
    for (let n = 0; n < parsed.length; n++) {
      const from = read[n]![key];
      if (typeof from !== 'object' || from === null) continue;
      const kept = first.get(from);
      if (kept === undefined) first.set(from, parsed[n]![key]);
      else parsed[n]![key] = kept;
    }
  }
}

/**
 * The index cut down to one article, for a cold link to it (shipped inside that
 * address's page by the prerender): the article, its own figures, and the places,
 * sectors and measures they are read against, all of them, so the address's
 * parameters mean what they mean on any page. Its page's source only: no stories
 * and no headline figures, which only the overview shows. Undefined for an unknown id.
 */
export function articleSlice<F extends AppIndexFile>(file: F, articleId: string): F | undefined {
  const at = columnValues(file.articles, 'id').indexOf(articleId);
  if (at < 0) return undefined;
  const sourceId = columnValues(file.articles, 'sourceId')[at];
  const own = columnValues(file.indicators, 'articleId').flatMap((id, n) => (id === articleId ? [n] : []));
  return {
    ...file,
    sources: file.sources.filter((s) => s.id === sourceId),
    articles: pickRows(file.articles, [at]),
    indicators: pickRows(file.indicators, own),
    stories: [],
    headlineIndicatorIds: [],
  };
}

/**
 * The index cut down to one place, for a cold link to its page (shipped inside
 * that address's page, as an article's slice is): the place's articles and
 * figures, its stories and headline figures, its articles' sources, and every
 * place, sector and measure. A place's page reads nothing else, whatever its
 * filters (a sector, a search: within the place). Undefined for an unknown id.
 */
export function regionSlice<F extends AppIndexFile>(file: F, regionId: string): F | undefined {
  if (!file.regions.some((r) => r.id === regionId)) return undefined;
  const articleRows = columnValues(file.articles, 'regionId').flatMap((id, n) => (id === regionId ? [n] : []));
  const own = columnValues(file.indicators, 'regionId').flatMap((id, n) => (id === regionId ? [n] : []));
  const indicatorIds = columnValues(file.indicators, 'id');
  const ids = new Set(own.map((n) => indicatorIds[n]));
  const articleSources = columnValues(file.articles, 'sourceId');
  const sourceIds = new Set(articleRows.map((n) => articleSources[n]));
  return {
    ...file,
    sources: file.sources.filter((s) => sourceIds.has(s.id)),
    articles: pickRows(file.articles, articleRows),
    indicators: pickRows(file.indicators, own),
    stories: file.stories.filter((s) => s.regionId === regionId),
    headlineIndicatorIds: file.headlineIndicatorIds.filter((id) => ids.has(id)),
  };
}
