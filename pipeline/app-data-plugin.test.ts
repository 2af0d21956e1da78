// `npm run data` while `npm run dev` runs: the dev server derives the app's files
// again, so the page's next load reads the new index, not the one derived at start.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/schema.ts';
import { pulseData } from './app-data-plugin.ts';
import { DATA_DIR } from './testing/fixtures.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the data plugin in the dev server', () => {
  it('derives the index again when the dataset changes, and names the new one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-dev-data-'));
    dirs.push(dir);
    const datasetPath = join(dir, 'dataset.json');
    const dataset = JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')) as Dataset;
    writeFileSync(datasetPath, JSON.stringify(dataset));
    const server = await createServer({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false },
      plugins: [pulseData(datasetPath)],
    });
    try {
      const indexUrl = async () =>
        /indexUrl = "([^"]+)"/.exec(
          (await server.environments.client.transformRequest('virtual:pulse-data'))?.code ?? '',
        )?.[1];
      const before = await indexUrl();
      expect(before).toMatch(/^\/data\/index-[0-9a-f]{10}\.json$/);
      // The watcher's own event, after the plugin's listener (registered first) has run.
      const changed = new Promise<void>((resolve) => server.watcher.on('change', () => resolve()));
      const first = dataset.indicators[0]!;
      writeFileSync(
        datasetPath,
        JSON.stringify({
          ...dataset,
          indicators: [
            { ...first, label: { ...first.label, en: `${first.label.en} (revised)` } },
            ...dataset.indicators.slice(1),
          ],
        }),
      );
      await changed;
      const after = await indexUrl();
      expect(after).toMatch(/^\/data\/index-[0-9a-f]{10}\.json$/);
      expect(after).not.toBe(before);
    } finally {
      await server.close();
    }
  });
});
