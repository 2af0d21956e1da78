// `tsx scripts/prerender.ts <outDir> [--mode <mode>]`, run by `vite build` itself
// (vite.config.ts) once the bundle is written and before the service worker is
// made, so the worker precaches the pages as they are finally written. It builds
// src/entry-server.tsx for Node, renders `/` from the index file in <outDir>/data
// and writes it into <outDir>/index.html, keeping the app shell in a <template>
// for every other address (see the inline script in index.html). Then writes a
// page for every region, article and indicator address (<outDir>/region/<id>.html
// …): the app shell with the address's own title, description and Open Graph
// tags, so a pasted link previews the place and its key figure. The inline
// script is untouched in every page, so the policy's hash holds for all.
// PULSE_SITE_URL sets the site's address for og:url (default: `npm start`'s) and,
// when set, the address printed pages and their links are written against.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleSlice, regionSlice } from '../src/domain/app-data.ts';
import { columnValues } from '../src/domain/columns.ts';
import { pageSpan } from '../src/data/page-span.ts';
import { pageFile, spliceOverview, withData, withHead, withSiteUrl } from './prerender-html.ts';

const [outDir = 'dist', ...rest] = process.argv.slice(2);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const modeAt = rest.indexOf('--mode');
const mode = modeAt >= 0 ? (rest[modeAt + 1] ?? 'production') : 'production';
// Inside the project, whatever outDir is: the server bundle leaves react to Node's resolution, from node_modules.
const serverDir = resolve(`node_modules/.cache/pulse-prerender-${process.pid}`);

const built = spawnSync(
  'npx',
  [
    'vite',
    'build',
    '--ssr',
    'src/entry-server.tsx',
    '--mode',
    mode,
    '--outDir',
    serverDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ],
  { stdio: 'inherit' },
);
if (built.status !== 0) throw new Error(`prerender: the server build failed (${built.status})`);

// The production React build, as in the browser (the server bundle leaves react to Node's resolution).
process.env.NODE_ENV = 'production';
const { renderOverview, renderHeads, overviewData, indexUrl, SLICE_ELEMENT, OVERVIEW_ELEMENT } = (await import(
  pathToFileURL(join(serverDir, 'entry-server.js')).href
)) as typeof import('../src/entry-server.tsx');
const siteUrl = process.env.PULSE_SITE_URL ?? 'http://localhost:4173';
// A declared address also goes into every page, for the addresses the app prints (withSiteUrl).
const declared = (text: string) => (process.env.PULSE_SITE_URL ? withSiteUrl(text, process.env.PULSE_SITE_URL) : text);
const htmlPath = join(outDir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const indexFile = JSON.parse(readFileSync(join(outDir, indexUrl), 'utf8')) as Parameters<typeof renderOverview>[0];
const quotesPath = join(outDir, indexFile.quotesFile);
const quotes = existsSync(quotesPath) ? (JSON.parse(readFileSync(quotesPath, 'utf8')) as string[]) : undefined;
// `/` ships its own data (src/data/overview-slice.ts) and is rendered from it; without the quotes, it loads the index.
const cut = overviewData(indexFile, quotes);
// Each place's and each sector's own file, in a folder named for all their contents: a new build never reuses a cached one.
const viewsFolder =
  cut && `data/views-${sha256(cut.views.map((v) => v.name + JSON.stringify(v.file)).join('\n')).slice(0, 10)}`;
if (cut && viewsFolder) {
  mkdirSync(join(outDir, viewsFolder), { recursive: true });
  for (const view of cut.views) writeFileSync(join(outDir, viewsFolder, view.name), JSON.stringify(view.file));
}
const overviewFile = cut && { ...cut.overview, overview: { ...cut.overview.overview!, views: `/${viewsFolder}` } };
const overview = await renderOverview(indexFile, overviewFile);
const rootHead = {
  path: '/',
  title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '',
  description: /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '',
  type: 'website',
};
// The root keeps index.html's own title and description (plain text, no entities), and gains the Open Graph tags.
const root = withHead(spliceOverview(html, overview), rootHead, siteUrl);
const page = declared(overviewFile ? withData(root, OVERVIEW_ELEMENT, overviewFile) : root);
writeFileSync(htmlPath, page);

// Every other address's own head, on the app shell (index.html as built, before the overview went in).
const heads = renderHeads(indexFile, quotes);
// A cold link to an article or a place gets its own slice of the index in its page (src/data/load-dataset.ts).
const pages = pageSpan(indexFile.sources);
const positionOf = new Map(columnValues(indexFile.indicators, 'id').map((id, n) => [id as string, n]));
const withSlice = (page: string, path: string) => {
  const [, kind, id] = /^\/(article|region)\/([^/]+)$/.exec(path) ?? [];
  if (!pages || id === undefined) return page;
  const slice = kind === 'article' ? articleSlice(indexFile, id) : regionSlice(indexFile, id);
  if (!slice) return page;
  const articleIds = columnValues(slice.articles, 'id') as string[];
  const chunkFiles = Object.fromEntries(articleIds.map((a) => [a, indexFile.chunkFiles[a]!]));
  const own = columnValues(slice.indicators, 'id').map((i) => quotes?.[positionOf.get(i as string) ?? -1]);
  // Without every quote (no quotes file), the page ships no slice: the link loads the index.
  if (own.some((quote) => quote === undefined)) return page;
  return withData(page, SLICE_ELEMENT, { ...slice, chunkFiles, slice: { path, pages, quotes: own } });
};
for (const head of heads) {
  const file = join(outDir, pageFile(head.path));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, declared(withSlice(withHead(html, head, siteUrl), head.path)));
}
rmSync(serverDir, { recursive: true, force: true });
console.log(
  `prerendered / into ${htmlPath} (${Math.round(overview.length / 1024)} KB of HTML, ${overviewFile ? `${Math.round(JSON.stringify(overviewFile).length / 1024)} KB of its own data` : 'no data of its own'}), the own files of ${cut?.views.length ?? 0} places and sectors, and the heads of ${heads.length} addresses`,
);
