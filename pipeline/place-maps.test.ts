// A place without its city map (data/map/places/<id>.json, written by
// `npm run map`) stops `npm run data`, saying so, with the build's other problems.
import type { Dataset } from '../src/domain/schema.ts';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from './cli.ts';
import { checkPlaceMaps } from './dataset.ts';
import { OTHER_REGION, SMALL_REGION, smallAnnotation, smallData } from './testing/small-data.ts';

function runMain(args: string[]): { code: number; err: string } {
  const err: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    return { code: main(args), err: err.join('\n') };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('city maps', () => {
  it('a place without its map file stops the build, naming the file and `npm run map`; nothing is written', () => {
    const data = smallData({ regions: `${SMALL_REGION}${OTHER_REGION}`, maps: ['yidu'] });
    const { code, err } = runMain([data.dir]);
    expect(code).toBe(1);
    const folder = join(data.dir, 'map', 'places');
    expect(err).toBe(
      `data: ${folder}, id zhijiang: expected its city map, ${folder}/zhijiang.json: run \`npm run map\` (it reads each place's map: in regions.yaml); found none`,
    );
    expect(existsSync(join(data.dir, 'dataset.json'))).toBe(false);
  });

  it('builds once the map file is there', () => {
    const data = smallData({ regions: `${SMALL_REGION}${OTHER_REGION}`, maps: ['yidu'] });
    writeFileSync(data.mapFile('zhijiang'), '{}\n');
    expect(runMain([data.dir]).code).toBe(0);
    expect(
      (JSON.parse(readFileSync(join(data.dir, 'dataset.json'), 'utf8')) as Dataset).regions.map((r) => r.id),
    ).toEqual(['yidu', 'zhijiang']);
  });

  it('is reported with the other problems of the run, and a missing map folder counts as no maps', () => {
    const data = smallData({ annotation: smallAnnotation().replace('unit: "亿元"', 'unit: "亿元"\n    colour: red') });
    rmSync(join(data.dir, 'map'), { recursive: true });
    const { err } = runMain([data.dir]);
    expect(err).toMatch(/^data: 2 problems\n/);
    expect(err).toMatch(/map\/places \(1\):\n {2}.*id yidu: expected its city map, .*yidu\.json: run `npm run map`/);
    expect(err).toMatch(/2023-page-09\.yaml \(1\):\n {2}.*unknown key "colour"/);
  });

  it('checkPlaceMaps lists each place without a map, in regions.yaml order', () => {
    const problems = checkPlaceMaps([{ id: 'a' }, { id: 'b' }, { id: 'c' }], { dir: 'data/map', places: ['b'] });
    expect(problems.map((p) => [p.where.file, p.where.id])).toEqual([
      ['data/map/places', 'a'],
      ['data/map/places', 'c'],
    ]);
  });
});
