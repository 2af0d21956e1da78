import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/schema.ts';
import { run } from './cli.ts';
import { diskCache, entryText, readEntry } from './page-cache.ts';
import { serialize, serializeChunks } from './serialize.ts';
import { DATA_DIR, SEED } from './testing/fixtures.ts';

const made: string[] = [];
const folder = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of data/ and a cache folder of its own, so no test sees another's entries. */
function setUp() {
  const data = folder('pulse-cache-data-');
  cpSync(DATA_DIR, data, { recursive: true });
  const root = folder('pulse-cache-root-');
  const datasetBytes = () => readFileSync(join(data, 'dataset.json'), 'utf8');
  const build = (version = 'v1') => {
    const cache = diskCache(data, { root, version });
    run(data, undefined, { cache });
    return { cache, bytes: datasetBytes() };
  };
  return { data, root, build };
}

describe('serializeChunks', () => {
  it('is, joined, the same bytes as serialize() for the committed dataset and for edge shapes', () => {
    const committed = JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')) as Dataset;
    expect([...serializeChunks(committed)].join('')).toBe(serialize(committed));
    // An empty list, an absent field and an empty object print as JSON.stringify prints them.
    const odd = { ...committed, articles: [], stories: undefined, extra: {} } as unknown as Dataset;
    expect([...serializeChunks(odd)].join('')).toBe(serialize(odd));
    expect([...serializeChunks({} as Dataset)].join('')).toBe(serialize({} as Dataset));
  });
});

describe('the page cache', () => {
  it('gives the same dataset as a build without it, and the second run builds no page', () => {
    const { data, build } = setUp();
    const uncached = (() => {
      run(data);
      return readFileSync(join(data, 'dataset.json'), 'utf8');
    })();
    const first = build();
    expect(first.cache.stats()).toEqual({ hits: 0, misses: 1 });
    expect(first.bytes).toBe(uncached);
    const second = build();
    expect(second.cache.stats()).toEqual({ hits: 1, misses: 0 });
    expect(second.bytes).toBe(uncached);
  });

  it('builds a page again when its bytes, its annotation or the code change', () => {
    const { data, build } = setUp();
    build();
    const note = join(data, 'annotations', `${SEED}.yaml`);
    writeFileSync(note, `${readFileSync(note, 'utf8')}\n# a curator's comment\n`);
    expect(build().cache.stats()).toEqual({ hits: 0, misses: 1 });
    expect(build().cache.stats()).toEqual({ hits: 1, misses: 0 });
    expect(build('v2').cache.stats()).toEqual({ hits: 0, misses: 1 });
  });

  it('reads a torn or edited entry as a miss and builds the page again, with the same bytes', () => {
    const { build } = setUp();
    const { cache, bytes } = build();
    const pages = join(cache.dir, 'pages');
    for (const name of readdirSync(pages)) {
      const path = join(pages, name);
      writeFileSync(path, readFileSync(path, 'utf8').slice(0, 200));
    }
    const again = build();
    expect(again.cache.stats()).toEqual({ hits: 0, misses: 1 });
    expect(again.bytes).toBe(bytes);
  });

  it('keeps no entry of a page that is gone', () => {
    const { build, data } = setUp();
    const { cache } = build();
    const pages = join(cache.dir, 'pages');
    writeFileSync(join(pages, 'stale.json'), entryText({ old: true }));
    build();
    expect(readdirSync(pages)).not.toContain('stale.json');
    expect(readdirSync(pages)).toHaveLength(readdirSync(join(data, 'raw')).length);
  });

  it('stores entries that name their own sha256', () => {
    expect(readEntry(entryText({ a: 1 }))).toEqual({ a: 1 });
    expect(readEntry(entryText({ a: 1 }).replace('1', '2'))).toBeUndefined();
    expect(readEntry('')).toBeUndefined();
  });
});
