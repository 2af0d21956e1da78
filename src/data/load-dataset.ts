// The dataset's files, through the one loading layer (src/lib/load.ts): the
// index once per page, each article's text once, on demand, and the quotes
// once, when a search needs them. Where the other files are is read from the
// index itself, so a load never depends on another having run first.
import { datasetVersion, indexUrl } from 'virtual:pulse-data';
import * as z from 'zod/mini';
import { appIndexFileSchema, articleChunkSchema, readAppIndex, type ArticleChunk } from '../domain/app-data.ts';
import { expect, fetchJson, fetchText, load, peekLoad, primeLoad, valueOf, type Load } from '../lib/load.ts';
import { indexDataset, type DatasetIndex } from './dataset-index.ts';
import { parseFile, readingFile } from './parse-file.ts';
import { viewFileName, withSharedTables, type Filter } from './view-files.ts';

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
      filter: z.object({ regions: z.array(z.string()), sectors: z.array(z.string()) }),
      /** On `/`'s data: the folder of each place's and each sector's own file (overview-slice.ts viewFile). */
      views: z.optional(z.string()),
      indicators: z.int(),
      articles: z.int(),
      regionCounts: z.record(z.string(), z.int()),
      sectorCounts: z.record(z.string(), z.int()),
      placeCounts: z.record(z.string(), z.int()),
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
const VIEW_PREFIX = 'data:view:';
/**
 * Whether a load is what a view as a whole waits for: the whole index, a filter's
 * own file, or an address's own data fetched with its page (not an article's text).
 */
export const isViewDataKey = (key: string) =>
  key === INDEX || key === OVERVIEW || key.startsWith(VIEW_PREFIX) || key.startsWith(SLICE_PREFIX);

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

const SLICE_PREFIX = 'data:slice:';
const sliceKey = (path: string) => `${SLICE_PREFIX}${path}`;
/** The id of the element an article's or a place's page ships its slice in (scripts/prerender.ts). */
export const SLICE_ELEMENT = 'pulse-page-data';
const OVERVIEW = 'data:overview';
/** The id of the element `/`'s page ships the overview's own data in (scripts/prerender.ts). */
export const OVERVIEW_ELEMENT = 'pulse-overview-data';

/**
 * The data a page was shipped with, in the element `id`, read through the same
 * schemas as the index, with a quote for each of its figures; undefined when the
 * page has none, or one that does not parse (the view then loads the index).
 */
function readShipped(
  doc: Document,
  id: string,
  quotesOf: (data: LoadedIndex) => string[] | undefined,
  path = doc.location.pathname,
) {
  const text = doc.getElementById(id)?.textContent;
  if (!text) return undefined;
  try {
    const data = readIndexFile(JSON.parse(text), `${path}#${id}`);
    return quotesOf(data)?.length === data.dataset.indicators.length ? data : undefined;
  } catch (error) {
    console.warn("the page's own data did not parse; loading the index instead:", error);
    return undefined;
  }
}

/**
 * Primes the slice an article's or a place's page was shipped with (a cold link
 * to it shows without the whole index). Returns whether it did.
 */
export function primeShippedSlice(doc: Document): boolean {
  const slice = readShipped(doc, SLICE_ELEMENT, (data) => data.slice?.quotes);
  if (slice?.slice) primeLoad(sliceKey(slice.slice.path), slice);
  return slice !== undefined;
}

/** Primes the overview's data shipped in `/`'s page (overview-slice.ts): `/` shows, and hydrates, with no fetch. */
export function primeShippedOverview(doc: Document): boolean {
  const overview = readShipped(doc, OVERVIEW_ELEMENT, (data) => data.overview?.quotes);
  if (overview) primeLoad(OVERVIEW, overview);
  return overview !== undefined;
}

/** A page's own data, while the whole index is not in: once it is, every view reads the index. */
function whileIndexOut(key: string): Load<LoadedIndex> | undefined {
  if (peekLoad<LoadedIndex>(INDEX)?.get().status === 'ok') return undefined;
  return peekLoad<LoadedIndex>(key);
}

/** The slice shipped for this address (see whileIndexOut). */
export const shippedSlice = (path: string) => whileIndexOut(sliceKey(path));

/** The overview's shipped data (see whileIndexOut). */
export const shippedOverview = () => whileIndexOut(OVERVIEW);

/** The addresses whose page ships its own data (scripts/prerender.ts): `/`, an article's, a place's. */
const OWN_DATA = /^\/((article|region)\/[^/]+)?$/;

/**
 * An address's own data for a link followed within the app, while the whole
 * index is not in: its page, fetched, gives the data it ships, as a cold link
 * to it would have (a route's data request, in a framework's terms). A page
 * with none (the dev server's, a build without quotes) or one that does not
 * answer (offline, a page the host does not have) gives the whole index instead,
 * which answers every address. A cold link whose document came without its block
 * (the worker's shell, offline) asks too: the worker may have kept the page itself.
 * Undefined for an address with no page data.
 */
export function pageData(path: string): Load<LoadedIndex> | undefined {
  if (!OWN_DATA.test(path)) return undefined;
  const own = path === '/' ? shippedOverview() : shippedSlice(path);
  if (own) return own;
  if (peekLoad<LoadedIndex>(INDEX)?.get().status === 'ok') return undefined;
  const key = path === '/' ? OVERVIEW : sliceKey(path);
  return load(key, async (signal) => {
    try {
      const doc = new DOMParser().parseFromString(await fetchText(path, signal), 'text/html');
      const data =
        path === '/'
          ? readShipped(doc, OVERVIEW_ELEMENT, (d) => d.overview?.quotes, path)
          : readShipped(doc, SLICE_ELEMENT, (d) => d.slice?.quotes, path);
      if (data && (path === '/' || data.slice?.path === path)) return data;
    } catch (error) {
      // An attempt cut (too slow, or given up): the loading layer's bounds decide what is next.
      if (signal.aborted) throw error;
    }
    return valueOf(loadIndex());
  });
}

/**
 * The overview's own data under one place or one sector (overview-slice.ts
 * viewFile): fetched from the folder `/`'s data names, and read with `/`'s
 * shared tables (places, sectors, measures, stories), which the file leaves out.
 * Undefined when `/`'s data names no such folder (a build without view files).
 */
export function loadFilteredOverview(base: LoadedIndex, filter: Filter): Load<LoadedIndex> | undefined {
  const folder = base.overview?.views;
  if (!folder) return undefined;
  const url = `${folder}/${viewFileName(filter)}`;
  return load(`${VIEW_PREFIX}${url}`, async (signal) => {
    return readIndexFile(withSharedTables(await fetchJson(url, signal), base.dataset), url);
  });
}

/** For the build-time prerender of `/`: the overview's data, as the page will ship it. */
export function primeOverview(file: IndexFile): void {
  primeLoad(OVERVIEW, readIndexFile(file, indexUrl));
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
