// `tsx scripts/prerender.ts <outDir> [--mode <mode>]`, after `vite build`: builds
// src/entry-server.tsx for Node, renders `/` from the index file in <outDir>/data
// and writes it into <outDir>/index.html, keeping the app shell in a <template>
// for every other address (see the inline script in index.html).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spliceOverview, withPageRevision } from './prerender-html.ts';

const [outDir = 'dist', ...rest] = process.argv.slice(2);
const modeAt = rest.indexOf('--mode');
const mode = modeAt >= 0 ? (rest[modeAt + 1] ?? 'production') : 'production';
const serverDir = resolve(`${outDir}-ssr`);

const built = spawnSync('npx', ['vite', 'build', '--ssr', 'src/entry-server.tsx', '--mode', mode, '--outDir', serverDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
if (built.status !== 0) throw new Error(`prerender: the server build failed (${built.status})`);

// The production React build, as in the browser (the server bundle leaves react to Node's resolution).
process.env.NODE_ENV = 'production';
const { renderOverview, indexUrl } = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as typeof import('../src/entry-server.tsx');
const htmlPath = join(outDir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const overview = await renderOverview(JSON.parse(readFileSync(join(outDir, indexUrl), 'utf8')));
const page = spliceOverview(html, overview);
writeFileSync(htmlPath, page);
// The service worker precached index.html as it was before this step: give it the page's revision.
const swPath = join(outDir, 'sw.js');
if (existsSync(swPath)) writeFileSync(swPath, withPageRevision(readFileSync(swPath, 'utf8'), page));
rmSync(serverDir, { recursive: true, force: true });
console.log(`prerendered / into ${htmlPath} (${Math.round(overview.length / 1024)} KB of HTML)`);
