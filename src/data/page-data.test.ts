// @vitest-environment jsdom
// A link within the app to an article's page reads the data that page ships, by
// fetching the page; a page with none, or one that does not answer, gives the
// whole index, which answers every address.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleSlice, toAppData } from '../domain/app-data.ts';
import { dataset } from '../testing/dataset.ts';
import { resetLoads, valueOf } from '../lib/load.ts';
import { indexUrl, pageData, SLICE_ELEMENT } from './load-dataset.ts';

const { index: file, quotes } = toAppData(dataset);
const article = dataset.articles[0]!;
const path = `/article/${article.id}`;
const indexFile = { ...file, chunkFiles: {}, quotesFile: '/data/quotes.json' };
const slice = articleSlice(indexFile, article.id)!;
const own = dataset.indicators.flatMap((i, n) => (i.articleId === article.id ? [quotes[n]!] : []));
const pages = { pages: 1, years: '2022', inferred: true };
const page = (block: string) => `<!doctype html><html><head>${block}</head><body><div id="root"></div></body></html>`;
const withSlice = (data: unknown) =>
  page(`<script type="application/json" id="${SLICE_ELEMENT}">${JSON.stringify(data).split('<').join('\\u003c')}</script>`);

/** Answers the page at `path` with `html`, the index file, and 404 for anything else; records what was asked. */
function serve(html: string) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    if (url === path) return Promise.resolve(new Response(html, { headers: { 'content-type': 'text/html' } }));
    if (url === indexUrl) return Promise.resolve(new Response(JSON.stringify(indexFile)));
    return Promise.resolve(new Response('not found', { status: 404 }));
  });
  return asked;
}

afterEach(() => {
  resetLoads();
  vi.unstubAllGlobals();
});

describe('pageData', () => {
  it('reads the slice an article’s page ships, and asks for no index', async () => {
    const asked = serve(withSlice({ ...slice, slice: { path, pages, quotes: own } }));
    const data = await valueOf(pageData(path)!);
    expect(data.slice?.path).toBe(path);
    expect(data.dataset.indicators.map((i) => i.articleId)).toEqual(own.map(() => article.id));
    expect(asked).toEqual([path]);
  });

  it('gives the whole index for a page that ships none, or another address’s', async () => {
    for (const html of [page(''), withSlice({ ...slice, slice: { path: '/article/other', pages, quotes: own } })]) {
      resetLoads();
      const asked = serve(html);
      const data = await valueOf(pageData(path)!);
      expect(data.slice).toBeUndefined();
      expect(data.dataset.indicators.length).toBe(dataset.indicators.length);
      expect(asked).toEqual([path, indexUrl]);
    }
  });

  it('has nothing to fetch for an address with no page data, or once the whole index is in', async () => {
    expect(pageData('/indicator/x')).toBeUndefined();
    serve(page(''));
    await valueOf(pageData('/region/nowhere')!);
    expect(pageData(path)).toBeUndefined();
  });
});
