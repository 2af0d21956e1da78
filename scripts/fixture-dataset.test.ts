// The fixture dataset builder: the committed data plus fixture folders, built as a
// curator's would be, whatever data/ holds (expectations are read from the folders).
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/schema.ts';
import { buildFixtureDataset, COMMITTED_DATA } from './fixture-dataset.ts';

const NEAR = join(import.meta.dirname, '..', 'pipeline', 'testing', 'near-place');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Dataset;
const yamlOf = <T>(path: string) => parse(readFileSync(path, 'utf8')) as T;
const fixtureRegions = yamlOf<{ id: string }[]>(join(NEAR, 'regions.yaml')).map((r) => r.id);
const fixtureNote = readdirSync(NEAR).find((f) => f.endsWith('.yaml') && f !== 'regions.yaml')!;
const fixtureIndicators = yamlOf<{ indicators: { id: string; region: string }[] }>(join(NEAR, fixtureNote)).indicators;
const committed = read(join(COMMITTED_DATA, 'dataset.json'));
const temporary = (name: string) => mkdtempSync(join(tmpdir(), `pulse-${name}-`));

describe('a dataset of the committed data plus fixtures', () => {
  it('holds every committed place and figure, the fixture’s place with its city map, and the fixture’s figures', () => {
    const committedRaw = readdirSync(join(COMMITTED_DATA, 'raw'));
    const committedText = readFileSync(join(COMMITTED_DATA, 'dataset.json'), 'utf8');
    const built = buildFixtureDataset([NEAR]);
    const dataset = read(built.dataset);
    // A fixture's place is added unless data/ has it already (a real page about it may come).
    const fresh = fixtureRegions.filter((id) => !committed.regions.some((r) => r.id === id));
    expect(dataset.regions.map((r) => r.id)).toEqual([...committed.regions.map((r) => r.id), ...fresh]);
    expect(built.added).toEqual(fresh.length ? [{ file: 'regions.yaml', ids: fresh }] : []);
    for (const id of fixtureRegions) expect(existsSync(join(built.dir, 'map', 'places', `${id}.json`)), id).toBe(true);
    const ids = new Set(dataset.indicators.map((i) => i.id));
    for (const i of [...committed.indicators, ...fixtureIndicators]) expect(ids.has(i.id), i.id).toBe(true);
    expect(
      dataset.indicators.filter((i) => fixtureIndicators.some((f) => f.id === i.id)).map((i) => i.regionId),
    ).toEqual(fixtureIndicators.map((f) => f.region));
    expect(built.renamed).toEqual([]);
    // data/ itself is left as it was.
    expect(readdirSync(join(COMMITTED_DATA, 'raw'))).toEqual(committedRaw);
    expect(readFileSync(join(COMMITTED_DATA, 'dataset.json'), 'utf8')).toBe(committedText);
  });

  it('keeps a place data/ already has (a real page about it added later) instead of adding it twice', () => {
    const data = temporary('data');
    cpSync(COMMITTED_DATA, data, { recursive: true });
    appendFileSync(join(data, 'annotations', 'regions.yaml'), readFileSync(join(NEAR, 'regions.yaml'), 'utf8'));
    const built = buildFixtureDataset([NEAR], { data });
    expect(built.added).toEqual([]);
    const regions = yamlOf<{ id: string }[]>(join(built.dir, 'annotations', 'regions.yaml')).map((r) => r.id);
    expect(regions.filter((id) => fixtureRegions.includes(id))).toEqual(fixtureRegions);
    expect(read(built.dataset).regions.map((r) => r.id)).toEqual(regions);
  });

  it('copies a fixture page whose name data/ already uses under a name of its own, its annotation following it', () => {
    // A fixture named like a page of data/raw (whichever it holds first).
    const taken = readdirSync(join(COMMITTED_DATA, 'raw'))
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]!;
    const fixture = join(temporary('fixture'), 'clashing');
    cpSync(NEAR, fixture, { recursive: true });
    const page = readdirSync(fixture).find((f) => f.endsWith('.txt'))!;
    cpSync(join(fixture, page), join(fixture, taken));
    writeFileSync(
      join(fixture, fixtureNote),
      readFileSync(join(fixture, fixtureNote), 'utf8').replace(`source: ${page}`, `source: ${taken}`),
    );
    rmSync(join(fixture, page));
    const built = buildFixtureDataset([fixture]);
    expect(built.renamed.map((r) => r.to.split('/').pop())).toEqual([
      `clashing-${taken}`,
      `clashing-${taken.replace(/\.txt$/, '.yaml')}`,
    ]);
    const dataset = read(built.dataset);
    expect(dataset.sources.map((s) => s.id)).toEqual([
      ...committed.sources.map((s) => s.id),
      `clashing-${taken.replace(/\.txt$/, '')}`,
    ]);
    expect(
      dataset.articles.filter((a) => a.sourceId === `clashing-${taken.replace(/\.txt$/, '')}`).map((a) => a.regionId),
    ).toEqual(fixtureRegions);
  });

  it('refuses to empty a folder it did not make', () => {
    const out = temporary('out');
    writeFileSync(join(out, 'keep.txt'), 'mine');
    expect(() => buildFixtureDataset([NEAR], { out })).toThrow(/not made by scripts\/fixture-dataset\.ts/);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('mine');
  });
});
