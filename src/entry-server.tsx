// Build-time prerender of `/`: the overview as HTML, from the very data the page
// ships (the overview's own data, src/data/overview-slice.ts), so a first visit
// paints its figures, filters and table before any script runs, and React
// hydrates that HTML with no fetch. Run by scripts/prerender.ts.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppRoutes } from './app/router.tsx';
import { registerMessages } from './i18n/messages.ts';
import { pageHeads } from './app/page-heads.ts';
import {
  indexUrl,
  loadIndex,
  OVERVIEW_ELEMENT,
  primeIndex,
  primeOverview,
  SLICE_ELEMENT,
  type IndexFile,
} from './data/load-dataset.ts';
import { overviewSlicer, viewFile } from './data/overview-slice.ts';
import { NO_FILTER, viewFileName } from './data/view-files.ts';
import { columnValues } from './domain/columns.ts';
import { TABLE_PAGE } from './features/indicator-table/indicator-table.tsx';
import { ARTICLE_PAGE } from './features/articles/article-list.tsx';
import { HEADLINE_COUNT } from './features/headline-figures/headline-figures.tsx';
import { MAP_TOOLTIP_FIGURES } from './charts/options/map-option.ts';

// The build renders in both languages: nothing to download here (src/i18n/load-messages.ts).
// (Imported as the app does, so the build keeps it the app's own chunk.)
registerMessages('en', (await import('./i18n/messages-en.ts')).en);

export { indexUrl, SLICE_ELEMENT, OVERVIEW_ELEMENT };

/**
 * The overview's own data for this index file (what `/`'s page ships), and each
 * place's and each sector's own file (view-files.ts), or undefined without the quotes.
 */
export function overviewData(
  indexFile: IndexFile,
  quotes: string[] | undefined,
): { overview: IndexFile; views: { name: string; file: object }[] } | undefined {
  if (!quotes) return undefined;
  const cut = overviewSlicer(indexFile, quotes, {
    headlines: HEADLINE_COUNT,
    tablePage: TABLE_PAGE,
    articlePage: ARTICLE_PAGE,
    placeFigures: MAP_TOOLTIP_FIGURES,
  });
  // Where the texts of the articles it holds are, not of every article: it stays bounded as the corpus grows.
  const withTexts = (slice: IndexFile) => {
    const held = columnValues(slice.articles, 'id') as string[];
    return { ...slice, chunkFiles: Object.fromEntries(held.map((id) => [id, indexFile.chunkFiles[id]!])) };
  };
  const overview = cut(NO_FILTER);
  if (!overview) return undefined;
  const filters = [
    ...indexFile.regions.map((r) => ({ regions: [r.id], sectors: [] })),
    ...indexFile.sectors.map((s) => ({ regions: [], sectors: [s.id] })),
  ];
  const views = filters.map((filter) => ({ name: viewFileName(filter), file: viewFile(withTexts(cut(filter)!)) }));
  return { overview: withTexts(overview), views };
}

/** Each region, article and indicator address's own title and description (src/app/page-heads.ts). */
export function renderHeads(indexFile: IndexFile, quotes?: string[]) {
  primeIndex(indexFile);
  const index = loadIndex().get();
  if (index.status !== 'ok') throw new Error('prerender: the index did not load');
  return pageHeads(index.value, quotes);
}

const page = () => (
  <StrictMode>
    <StaticRouter location="/">
      <AppRoutes />
    </StaticRouter>
  </StrictMode>
);

/** `/` as HTML, from the overview's own data when the page ships it, else from the whole index. */
export async function renderOverview(indexFile: IndexFile, overview?: IndexFile): Promise<string> {
  if (overview) primeOverview(overview);
  else primeIndex(indexFile);
  // A first pass loads the lazy views and settles the data; the second finds them
  // all ready, so nothing suspends and the HTML is the page itself, visible on
  // first paint (a suspended part would be sent hidden, revealed by a script).
  const errors: unknown[] = [];
  const onError = (error: unknown) => void errors.push(error);
  // progressiveChunkSize: never split a large part out to be revealed by a script.
  const options = { onError, progressiveChunkSize: Number.POSITIVE_INFINITY };
  await prerender(page(), options);
  const { prelude } = await prerender(page(), options);
  if (errors.length) throw new Error(`prerender: ${errors.map(String).join('; ')}`);
  const html = await new Response(prelude).text();
  if (html.includes('<!--$?-->') || html.includes('hidden id="S:'))
    throw new Error(
      `prerender: part of / still suspended on the second pass: ${html.slice(html.indexOf('<!--$?-->'), html.indexOf('<!--$?-->') + 300)}`,
    );
  return html;
}
