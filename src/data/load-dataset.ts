// The dataset's files, through the one loading layer (src/lib/load.ts): the
// index once per page, each article's text once, on demand, and the quotes
// once, when a search needs them. Where the other files are is read from the
// index itself, so a load never depends on another having run first.
import { datasetVersion, indexUrl } from 'virtual:pulse-data';
import * as z from 'zod/mini';
import { appIndexFileSchema, articleChunkSchema, readAppIndex, type ArticleChunk } from '../domain/app-data.ts';
import { expect, fetchJson, load, peekLoad, primeLoad, type Load } from '../lib/load.ts';
import { indexDataset, type DatasetIndex } from './dataset-index.ts';
import { parseFile, readingFile } from './parse-file.ts';

/** The index file also says where the other files are. */
const indexFileSchema = z.extend(appIndexFileSchema, {
  chunkFiles: z.record(z.string(), z.string()),
  quotesFile: z.string(),
  /**
   * Set on a page's own slice (an article's, articleSlice; a place's, regionSlice):
   * the address it answers, and the whole dataset's pages in a few words.
   */
  slice: z.optional(
    z.object({
      path: z.string(),
      pages: z.object({ pages: z.int(), years: z.string(), inferred: z.boolean() }),
      /** The quotes of its figures, in its index order. */
      quotes: z.array(z.string()),
    }),
  ),
  /** Set on the overview's own data (overview-slice.ts): the whole index's totals, and its figures' quotes. */
  overview: z.optional(
    z.object({
      pages: z.object({ pages: z.int(), years: z.string(), inferred: z.boolean() }),
      indicators: z.int(),
      articles: z.int(),
      regionCounts: z.record(z.string(), z.int()),
      sectorCounts: z.record(z.string(), z.int()),
      comparisons: z.array(z.object({ id: z.string(), count: z.int(), converted: z.boolean(), unit: z.string() })),
      quotes: z.array(z.string()),
    }),
  ),
});
export type IndexFile = z.infer<typeof indexFileSchema>;

/** The index as the app uses it, with where its other files are. */
export interface LoadedIndex extends DatasetIndex {
  files: Pick<IndexFile, 'chunkFiles' | 'quotesFile'>;
  /** Present when this is one article's slice, not the whole index. */
  slice?: IndexFile['slice'];
  /** Present when this is the overview's own data (only its figures, and the whole index's totals). */
  overview?: IndexFile['overview'];
}

const quotesSchema = z.array(z.string());

function readIndexFile(raw: unknown, url: string): LoadedIndex {
  const what = 'an index file (regions, sectors, articles, indicators, chunkFiles, quotesFile)';
  const { chunkFiles, quotesFile, slice, overview, ...file } = parseFile(indexFileSchema, raw, url, what);
  return {
    ...indexDataset(readingFile(url, what, () => readAppIndex(file))),
    files: { chunkFiles, quotesFile },
    ...(slice ? { slice } : {}),
    ...(overview ? { overview } : {}),
  };
}

const INDEX = 'data:index';
/** The index's load key, to tell its load apart without starting it (loadIndex() would). */
export const INDEX_KEY = INDEX;

export { indexUrl };
/** This build's dataset version (a link's `v=`). */
export { datasetVersion };

/** The index: started by main.tsx before React renders, read by every view. */
export function loadIndex(): Load<LoadedIndex> {
  return load(INDEX, async (signal) => {
    const index = readIndexFile(await fetchJson(indexUrl, signal), indexUrl);
    performance.mark('pulse:data-ready');
    return index;
  });
}

/** For the build-time prerender: the index file read from disk instead of fetched. */
export function primeIndex(file: IndexFile): void {
  primeLoad(INDEX, readIndexFile(file, indexUrl));
}

/** An article's text and number spans. */
export function loadArticleChunk(index: LoadedIndex, articleId: string): Load<ArticleChunk> {
  return load(`data:article:${articleId}`, async (signal) => {
    const url = index.files.chunkFiles[articleId];
    expect(url !== undefined, indexUrl, `a text file for article ${articleId}`);
    const chunk = parseFile(articleChunkSchema, await fetchJson(url!, signal), url!, `the text of article ${articleId}`);
    expect(chunk.id === articleId, url!, `the text of article ${articleId}, not of ${chunk.id}`);
    return chunk;
  });
}

const sliceKey = (path: string) => `data:slice:${path}`;
/** The id of the element an article's or a place's page ships its slice in (scripts/prerender.ts). */
export const SLICE_ELEMENT = 'pulse-article-data';

/**
 * Reads the slice an article's page was shipped with (a cold link to it: the
 * article shows without the whole index). Returns whether it did; a page without
 * one, or with one that does not parse, loads the index as any other page does.
 */
export function primeShippedSlice(doc: Document): boolean {
  const text = doc.getElementById(SLICE_ELEMENT)?.textContent;
  if (!text) return false;
  try {
    const slice = readIndexFile(JSON.parse(text), `${doc.location.pathname}#${SLICE_ELEMENT}`);
    if (!slice.slice || slice.slice.quotes.length !== slice.dataset.indicators.length) return false;
    primeLoad(sliceKey(slice.slice.path), slice);
    return true;
  } catch (error) {
    console.warn("the page's own data did not parse; loading the index instead:", error);
    return false;
  }
}

/** The slice shipped for this address, while the whole index is not in: once it is, every view reads the index. */
export function shippedSlice(path: string): Load<LoadedIndex> | undefined {
  if (peekLoad<LoadedIndex>(INDEX)?.get().status === 'ok') return undefined;
  return peekLoad<LoadedIndex>(sliceKey(path));
}

const OVERVIEW = 'data:overview';
/** The id of the element `/`'s page ships the overview's own data in (scripts/prerender.ts). */
export const OVERVIEW_ELEMENT = 'pulse-overview-data';

/**
 * Reads the overview's data shipped in `/`'s page (overview-slice.ts): `/` then
 * shows, and hydrates, with no fetch. Returns whether it did; a page without it,
 * or with one that does not parse, loads the index as before.
 */
export function primeShippedOverview(doc: Document): boolean {
  const text = doc.getElementById(OVERVIEW_ELEMENT)?.textContent;
  if (!text) return false;
  try {
    const overview = readIndexFile(JSON.parse(text), `${doc.location.pathname}#${OVERVIEW_ELEMENT}`);
    if (!overview.overview || overview.overview.quotes.length !== overview.dataset.indicators.length) return false;
    primeLoad(OVERVIEW, overview);
    return true;
  } catch (error) {
    console.warn("the overview's own data did not parse; loading the index instead:", error);
    return false;
  }
}

/** For the build-time prerender of `/`: the overview's data, as the page will ship it. */
export function primeOverview(file: IndexFile): void {
  primeLoad(OVERVIEW, readIndexFile(file, indexUrl));
}

/** The overview's shipped data, while the whole index is not in: once it is, every view reads the index. */
export function shippedOverview(): Load<LoadedIndex> | undefined {
  if (peekLoad<LoadedIndex>(INDEX)?.get().status === 'ok') return undefined;
  return peekLoad<LoadedIndex>(OVERVIEW);
}

const QUOTES = 'data:quotes';

/** Every indicator's quote, in index order. */
export function loadQuotes(index: LoadedIndex): Load<string[]> {
  // A slice carries its own figures' quotes: nothing to fetch, and nothing shared with the index's.
  const { slice, overview } = index;
  if (slice) return load(`data:quotes:${slice.path}`, () => Promise.resolve(slice.quotes));
  if (overview) return load('data:quotes:overview', () => Promise.resolve(overview.quotes));
  return load(QUOTES, async (signal) => {
    const url = index.files.quotesFile;
    const count = index.dataset.indicators.length;
    const quotes = parseFile(quotesSchema, await fetchJson(url, signal), url, `${count} quotes, one per indicator`);
    expect(quotes.length === count, url, `${count} quotes, one per indicator`);
    return quotes;
  });
}

/** True once the quotes were asked for: from then on every view searches them. */
export const quotesRequested = () => peekLoad(QUOTES) !== undefined;
