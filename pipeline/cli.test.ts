import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articlesToMentions } from './articles-to-mentions.ts';
import { buildDataset } from './dataset.ts';
import { NODE_FS, main, run, writeTogether, type FileSystem } from './cli.ts';
import { isMain } from './main.ts';
import { datasetJsonSchema, serialize } from './serialize.ts';
import { parse } from 'yaml';
import type { Dataset } from '../src/domain/schema.ts';
import { DATA_DIR, SEED, ofSeed, realInputs } from './testing/fixtures.ts';

const ROOT = join(import.meta.dirname, '..');

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));
// The seed page and its annotation file, in a copy of data/.
const PAGE = (dir: string) => join(dir, 'raw', `${SEED}.txt`);
const NOTE = (dir: string) => join(dir, 'annotations', `${SEED}.yaml`);
const committed = JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')) as Dataset;
/** The pages in data/raw/, as the build lists them. */
const PAGES = readdirSync(join(DATA_DIR, 'raw'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const firstPeriodStory = (
  parse(realInputs().stories.content) as { stories: { category?: string }[] }
).stories.findIndex((s) => s.category === 'period');

/** What `npm run data` prints on stderr and returns, for a data folder. */
function runMain(args: string[]): { code: number; err: string; out: string } {
  const err: string[] = [];
  const out: string[] = [];
  const e = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const o = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  try {
    return { code: main(args), err: err.join('\n'), out: out.join('\n') };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

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
});

describe('every failure is one message a person can act on; the previous pair of files stays', () => {
  it.each<[string, (dir: string) => void, RegExp]>([
    [
      'an empty page',
      (dir) => writeFileSync(PAGE(dir), ''),
      /raw\/2022-page-01\.txt: expected a non-empty page; found an empty file/,
    ],
    [
      'a page that is not UTF-8',
      (dir) => writeFileSync(PAGE(dir), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])),
      /expected UTF-8 text/,
    ],
    [
      'an annotation file that is not UTF-8 (decoded as strictly as pages)',
      (dir) =>
        writeFileSync(
          NOTE(dir),
          Buffer.concat([readFileSync(NOTE(dir)).subarray(0, 40), Buffer.from([0x0a, 0xb5, 0xda, 0x0a])]),
        ),
      /2022-page-01\.yaml, line \d+: expected UTF-8 text; found bytes that are not valid UTF-8/,
    ],
    [
      'problems in two curation files (all reported, grouped by file)',
      (dir) => {
        edit(join(dir, 'annotations', 'measures.yaml'), (t) =>
          t.replace('  dimension: money\n', '  dimension: money\n  unit: yuan\n'),
        );
        edit(join(dir, 'annotations', 'stories.yaml'), (t) =>
          t.replace('    category: period\n', '    category: period\n    horizontal: true\n'),
        );
      },
      new RegExp(
        String.raw`^2 problems\n.*measures\.yaml \(1\):\n {2}.*measures\.yaml, line \d+, id \S+, key \d+\.unit: .*unknown key "unit"\n.*stories\.yaml \(1\):\n {2}.*stories\.yaml, line \d+, id \S+, key stories\.${firstPeriodStory}\.horizontal: .*unknown key "horizontal"`,
        's',
      ),
    ],
    // Names no page in data/ will have (a real page is <year>-page-<nn>, and added pages must not be clobbered).
    [
      'a page without an annotation file',
      (dir) => writeFileSync(join(dir, 'raw', '2099-page-99.txt'), `${readFileSync(PAGE(dir), 'utf8')}\n今年。\n`),
      /raw\/2099-page-99\.txt: expected one annotation file with "source: 2099-page-99\.txt".*--draft.*; found none/,
    ],
    [
      'an annotation file naming no page',
      (dir) =>
        writeFileSync(
          join(dir, 'annotations', '2099-page-99.yaml'),
          readFileSync(NOTE(dir), 'utf8').replace(`source: ${SEED}.txt`, 'source: 2099-page-99.txt'),
        ),
      new RegExp(
        String.raw`2099-page-99\.yaml, line \d+, key source: expected the file name of a page in data/raw/ \(${PAGES.join(', ').replaceAll('.', String.raw`\.`)}\); found "2099-page-99\.txt", which is not there`,
      ),
    ],
    [
      'two pages with the same content',
      (dir) => writeFileSync(join(dir, 'raw', '2099-page-99.txt'), readFileSync(PAGE(dir))),
      /raw\/2099-page-99\.txt: expected each page once \(pages of different content\); found the same bytes as .*2022-page-01\.txt/,
    ],
    [
      'an annotation file still marked as a draft',
      (dir) => edit(NOTE(dir), (t) => `draft: true\n${t}`),
      /2022-page-01\.yaml, line 1, key draft: expected a curated annotation file.*delete "draft: true".*; found a draft/,
    ],
    [
      'an article whose text names no place by a clear majority',
      (dir) =>
        edit(PAGE(dir), (t) =>
          t.replace('本报讯 近日，云南省安宁', '本报讯 近日，临江市、邹城市、临江、邹城、临江、邹城与云南省安宁'),
        ),
      /2022-page-01\.txt, line \d+: expected the article "云南安宁法治教育培训基地挂牌" to name one place by a clear majority.*articles: - \{ region: <id>, headline: \{ zh: "云南安宁法治教育培训基地挂牌", en: … \} \}; found anning \d, /,
    ],
    [
      'a missing data/raw folder',
      (dir) => rmSync(join(dir, 'raw'), { recursive: true }),
      /raw: expected a folder of pages \(\*\.txt\); found no such file or folder \(ENOENT\)/,
    ],
    [
      'a missing data/annotations folder',
      (dir) => rmSync(join(dir, 'annotations'), { recursive: true }),
      /annotations: expected a folder of annotation files \(\*\.yaml\); found no such file or folder \(ENOENT\)/,
    ],
    [
      'a page cut short mid-article',
      (dir) =>
        edit(PAGE(dir), (t) =>
          t.split('手四川省遂宁市细化落实双城经济')[0]!.concat('手四川省遂宁市细化落实双城经济\n'),
        ),
      /expected a page that ends where an article ends.*found the page truncated at line \d+, mid-article/,
    ],
  ])('%s', (_name, breakIt, message) => {
    const dir = copyOfData();
    const before = readFileSync(join(dir, 'dataset.json'), 'utf8');
    const schemaBefore = readFileSync(join(dir, 'dataset.schema.json'), 'utf8');
    breakIt(dir);
    const { code, err } = runMain([dir]);
    expect(code).toBe(1);
    expect(err).toMatch(/^data: /);
    expect(err.slice('data: '.length)).toMatch(message);
    expect(err).not.toMatch(/\n\s+at |Error:/);
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'dataset.schema.json'), 'utf8')).toBe(schemaBefore);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('an article its annotation places explicitly (headline.zh) is built without a clear majority', () => {
    const dir = copyOfData();
    edit(PAGE(dir), (t) =>
      t.replace('本报讯 近日，云南省安宁', '本报讯 近日，临江市、邹城市、临江、邹城、临江、邹城与云南省安宁'),
    );
    edit(NOTE(dir), (t) =>
      t.replace(
        '  - region: anning\n    headline: { en:',
        '  - region: anning\n    headline: { zh: 云南安宁法治教育培训基地挂牌, en:',
      ),
    );
    expect(runMain([dir]).code).toBe(0);
    const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Dataset;
    expect(dataset.articles.find((a) => a.headline === '云南安宁法治教育培训基地挂牌')?.regionId).toBe('anning');
  });
});

describe('the dataset and its schema are written together or not at all', () => {
  /** The real file system, but failing one call the way a full disk or a lost mount does. */
  const failing = (fail: (call: 'write' | 'rename', path: string) => boolean): FileSystem => ({
    ...NODE_FS,
    writeFileSync: (path, text) => {
      if (fail('write', path))
        throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', path });
      NODE_FS.writeFileSync(path, text);
    },
    renameSync: (from, to) => {
      if (fail('rename', to))
        throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}' -> '${to}'`), {
          code: 'EXDEV',
          path: from,
        });
      NODE_FS.renameSync(from, to);
    },
  });

  it.each<[string, (call: 'write' | 'rename', path: string) => boolean, RegExp]>([
    [
      'a full disk while writing the dataset (after its schema)',
      (call, path) => call === 'write' && path.includes('dataset.json.tmp-'),
      /dataset\.json: expected to write the file \(nothing was written; the previous files are untouched\); found no space left on the device \(ENOSPC\)/,
    ],
    [
      'a failure while replacing the dataset, after its schema was replaced',
      (call, path) => call === 'rename' && path.endsWith('dataset.json'),
      /dataset\.json: expected to replace the file \(the previous files were put back\)/,
    ],
  ])('%s leaves the previous pair and no temporary file', (_name, fail, message) => {
    const dir = copyOfData();
    edit(join(dir, 'dataset.json'), (t) => t.replace('"color": "#0072B2"', '"color": "#0072b2"'));
    edit(join(dir, 'dataset.schema.json'), (t) => `${t}\n`);
    const before = readFileSync(join(dir, 'dataset.json'), 'utf8');
    const schemaBefore = readFileSync(join(dir, 'dataset.schema.json'), 'utf8');
    expect(() => run(dir, failing(fail))).toThrow(message);
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'dataset.schema.json'), 'utf8')).toBe(schemaBefore);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes every file of a set, or none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-pair-'));
    writeTogether([
      { path: join(dir, 'a.json'), text: 'a' },
      { path: join(dir, 'b.json'), text: 'b' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });
});

describe('the pipeline works from any path', () => {
  it('knows it is the main module when its path has a space or other characters a URL escapes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse main #1 % x-'));
    const file = join(dir, 'cli.ts');
    writeFileSync(file, '');
    expect(isMain(pathToFileURL(file).href, file)).toBe(true);
    expect(isMain(pathToFileURL(file).href, join(dir, 'other.ts'))).toBe(false);
  });

  it('`npm run data` builds the dataset from a folder whose path has a space', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse project '));
    for (const part of ['pipeline', join('src', 'domain'), 'data'])
      cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    rmSync(join(dir, 'data', 'dataset.json'));
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'pipeline/cli.ts'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      `wrote data/dataset.json: ${committed.articles.length} articles, ${committed.indicators.length} indicators`,
    );
    expect(readFileSync(join(dir, 'data', 'dataset.json'), 'utf8')).toBe(
      readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8'),
    );
    expect(result.status).toBe(0);
    // A whole pipeline run in a child process (tsx compiling it first): on a busy 2-core
    // machine it takes several seconds. Its time is not what this test checks.
  }, 60_000);
});

describe('--draft', () => {
  it('writes data/annotations/<page>.draft.yaml, and refuses to overwrite it', () => {
    const dir = copyOfData();
    mkdirSync(join(dir, 'new'), { recursive: true });
    const page = PAGE(dir);
    const { code, out } = runMain(['--draft', page, dir]);
    expect(code).toBe(0);
    // Every number the page prints, as the pipeline finds them in its articles.
    expect(out).toContain(`${SEED}.draft.yaml: ${articlesToMentions(ofSeed(committed).articles).length} numbers`);
    expect(existsSync(join(dir, 'annotations', `${SEED}.draft.yaml`))).toBe(true);
    expect(runMain(['--draft', page, dir]).err).toMatch(
      new RegExp(`${SEED}\\.draft\\.yaml: expected no draft yet .*; found a draft already there`),
    );
  });
});
