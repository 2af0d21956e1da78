// Vite plugin: derives the app's data files from a dataset at build time and
// serves them in dev. `virtual:pulse-data` tells the app where the index is;
// file names carry a content hash, so they can be cached forever.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { toAppData } from '../src/domain/app-data.ts';
import type { Dataset } from '../src/domain/schema.ts';
import { datasetVersion, keptRecords, versionRecord } from './version-record.ts';

/**
 * The map files that go with a dataset: the `map/` folder beside it when it has
 * one (a data folder built like data/, e.g. by scripts/fixture-dataset.ts), else
 * data/map (a dataset written on its own, like the benchmark's synthetic corpus,
 * whose places are drawn on the China map only). The app imports it as `@pulse-map`.
 */
export function mapDirOf(datasetPath: string): string {
  const beside = resolve(dirname(datasetPath), 'map');
  return existsSync(join(beside, 'china.json')) ? beside : resolve(import.meta.dirname, '..', 'data', 'map');
}

const VIRTUAL = 'virtual:pulse-data';
const RESOLVED = `\0${VIRTUAL}`;

const hashed = (name: string, text: string) =>
  `data/${name}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;

export function pulseData(datasetPath: string): Plugin {
  let files = new Map<string, string>();
  let indexFile = '';
  let version = '';
  const derive = () => {
    const datasetText = readFileSync(datasetPath, 'utf8');
    const { index, chunks, quotes } = toAppData(JSON.parse(datasetText) as Dataset);
    files = new Map();
    // Each released version's record, and the current one's (see version-record.ts).
    version = datasetVersion(datasetText);
    for (const [kept, text] of keptRecords()) files.set(`data/versions/${kept}.json`, text);
    files.set(`data/versions/${version}.json`, JSON.stringify(versionRecord(datasetText)));
    const chunkFiles: Record<string, string> = {};
    for (const chunk of chunks) {
      const text = JSON.stringify(chunk);
      const file = hashed(`article-${chunk.id}`, text);
      chunkFiles[chunk.id] = `/${file}`;
      files.set(file, text);
    }
    const quotesText = JSON.stringify(quotes);
    const quotesFile = hashed('quotes', quotesText);
    files.set(quotesFile, quotesText);
    const indexText = JSON.stringify({ ...index, chunkFiles, quotesFile: `/${quotesFile}` });
    indexFile = hashed('index', indexText);
    files.set(indexFile, indexText);
  };
  return {
    name: 'pulse-data',
    buildStart() {
      this.addWatchFile(datasetPath);
      derive();
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? `export const indexUrl = ${JSON.stringify(`/${indexFile}`)};\nexport const datasetVersion = ${JSON.stringify(version)};`
        : undefined,
    configureServer(server) {
      // `npm run data` while `npm run dev` runs: the app's files derived again from the
      // new dataset, the module naming the index made anew, and the page reloaded on them.
      server.watcher.add(datasetPath);
      server.watcher.on('change', (changed) => {
        if (resolve(changed) !== resolve(datasetPath)) return;
        derive();
        const graph = server.environments.client.moduleGraph;
        const virtual = graph.getModuleById(RESOLVED);
        if (virtual) graph.invalidateModule(virtual);
        server.environments.client.hot.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const text = files.get((req.url ?? '').split('?')[0]!.slice(1));
        if (!text) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(text);
      });
    },
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
