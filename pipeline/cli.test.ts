import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset.ts';
import { run } from './cli.ts';
import { datasetJsonSchema, serialize } from './serialize.ts';
import { DATA_DIR, realInputs } from './testing/fixtures.ts';

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

describe('npm run data', () => {
  it('would not change the committed dataset or its JSON Schema (run `npm run data` if this fails)', () => {
    const fresh = serialize(buildDataset(realInputs()));
    expect(fresh).toBe(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8'));
    expect(datasetJsonSchema()).toBe(readFileSync(join(DATA_DIR, 'dataset.schema.json'), 'utf8'));
  });

  it('writes the same bytes twice', () => {
    const dir = copyOfData();
    run(dir);
    const first = readFileSync(join(dir, 'dataset.json'), 'utf8');
    run(dir);
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe(first);
  });

  it.each([
    ['an empty page', (dir: string) => writeFileSync(join(dir, 'raw', '2022-page-01.txt'), ''), /expected a non-empty page/],
    ['a page that is not UTF-8', (dir: string) => writeFileSync(join(dir, 'raw', '2022-page-01.txt'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])), /expected UTF-8 text/],
    [
      'problems in two curation files (all reported, grouped by file)',
      (dir: string) => {
        const measures = join(dir, 'annotations', 'measures.yaml');
        writeFileSync(measures, readFileSync(measures, 'utf8').replace('  dimension: money\n', '  dimension: money\n  unit: yuan\n'));
        const stories = join(dir, 'annotations', 'stories.yaml');
        writeFileSync(stories, readFileSync(stories, 'utf8').replace('    category: period\n', '    category: period\n    horizontal: true\n'));
      },
      /^2 problems\n.*measures\.yaml \(1\):\n {2}.*measures\.yaml, line \d+, id \S+, key \d+\.unit: .*unknown key "unit"\n.*stories\.yaml \(1\):\n {2}.*stories\.yaml, line \d+, id jingmen-auto-output, key stories\.0\.horizontal: .*unknown key "horizontal"/s,
    ],
    ['a page without an annotation file', (dir: string) => writeFileSync(join(dir, 'raw', '2023-page-01.txt'), readFileSync(join(dir, 'raw', '2022-page-01.txt'))), /one annotation file with "source: 2023-page-01\.txt"/],
  ])('leaves the previous dataset untouched on %s', (_name, breakIt, message) => {
    const dir = copyOfData();
    const before = readFileSync(join(dir, 'dataset.json'), 'utf8');
    breakIt(dir);
    expect(() => run(dir)).toThrow(message);
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
