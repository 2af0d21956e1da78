// Loads the data index once per page, and each article's text once, on demand.
import { indexUrl } from 'virtual:pulse-data';
import type { AppIndex, ArticleChunk } from '../domain/app-data.ts';
import { indexDataset, type DatasetIndex } from './dataset-index.ts';

let pending: Promise<DatasetIndex> | undefined;
let chunkFiles: Record<string, string> = {};
const chunks = new Map<string, Promise<ArticleChunk>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export function loadDataset(): Promise<DatasetIndex> {
  pending ??= fetchJson<AppIndex & { chunkFiles: Record<string, string> }>(indexUrl)
    .then((data) => {
      chunkFiles = data.chunkFiles;
      const index = indexDataset(data);
      performance.mark('pulse:data-ready');
      return index;
    })
    .catch((error: unknown) => {
      pending = undefined; // let a retry fetch again
      throw error;
    });
  return pending;
}

/** An article's text and number spans; call after the index has loaded. */
export function loadArticleChunk(articleId: string): Promise<ArticleChunk> {
  let promise = chunks.get(articleId);
  if (!promise) {
    const url = chunkFiles[articleId];
    promise = url ? fetchJson<ArticleChunk>(url) : Promise.reject(new Error(`no chunk for ${articleId}`));
    promise.catch(() => chunks.delete(articleId));
    chunks.set(articleId, promise);
  }
  return promise;
}
