// Loads the data index once per page, each article's text once, on demand, and
// the quotes once, when a search needs them.
import { indexUrl } from 'virtual:pulse-data';
import { readAppIndex, type AppIndexFile, type ArticleChunk } from '../domain/app-data.ts';
import { keptLoad } from '../lib/settled.ts';
import { indexDataset, type DatasetIndex } from './dataset-index.ts';

/** The index file also says where the other files are. */
type IndexFile = AppIndexFile & { chunkFiles: Record<string, string>; quotesFile: string };

let pending: Promise<DatasetIndex> | undefined;
let files: Pick<IndexFile, 'chunkFiles' | 'quotesFile'> = { chunkFiles: {}, quotesFile: '' };
const chunks = new Map<string, Promise<ArticleChunk>>();
let quotesAsked = false;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function readIndexFile({ chunkFiles, quotesFile, ...file }: IndexFile): DatasetIndex {
  files = { chunkFiles, quotesFile };
  return indexDataset(readAppIndex(file));
}

/** For the build-time prerender: the index file read from disk instead of fetched. */
export function primeDataset(file: IndexFile) {
  pending = Promise.resolve(readIndexFile(file));
}

export { indexUrl };

export function loadDataset(): Promise<DatasetIndex> {
  if (pending) return pending;
  const promise = fetchJson<IndexFile>(indexUrl)
    .then((file) => {
      const index = readIndexFile(file);
      performance.mark('pulse:data-ready');
      // Marked the way React's use() reads a settled promise, so a render after the
      // load (the hydration of a prerendered page) reads the index without suspending.
      Object.assign(promise, { status: 'fulfilled', value: index });
      return index;
    })
    .catch((error: unknown) => {
      pending = undefined; // let a retry fetch again
      throw error;
    });
  pending = promise;
  return promise;
}

/** An article's text and number spans; call after the index has loaded. */
export function loadArticleChunk(articleId: string): Promise<ArticleChunk> {
  let promise = chunks.get(articleId);
  if (!promise) {
    const url = files.chunkFiles[articleId];
    promise = url ? fetchJson<ArticleChunk>(url) : Promise.reject(new Error(`no chunk for ${articleId}`));
    promise.catch(() => chunks.delete(articleId));
    chunks.set(articleId, promise);
  }
  return promise;
}

/** True once the quotes were asked for: from then on every view searches them. */
export const quotesRequested = () => quotesAsked;

const quotes = keptLoad(() =>
  // Without its quotes a search still matches labels: a failed file is not an error page.
  fetchJson<string[]>(files.quotesFile).catch(() => null),
);

/** Every indicator's quote, in index order, or null if the file could not load; call after the index has loaded. Tracked: see lib/settled.ts. */
export function loadQuotes(): Promise<string[] | null> {
  quotesAsked = true;
  return quotes();
}
