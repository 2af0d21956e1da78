// Places are data: a seventh place is one entry in regions.yaml, a page and its
// annotation; no TypeScript names it. Built in a temporary folder, it reaches
// the dataset, the app's data files and the palette, and never the committed dataset.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LIGHT, withRegionColors } from '../src/charts/palette.ts';
import { readAppIndex, toAppData } from '../src/domain/app-data.ts';
import type { Dataset } from '../src/domain/schema.ts';
import { run } from './cli.ts';
import { buildMapFiles, readPlaceSources } from './map/cli.ts';
import { DATA_DIR } from './testing/fixtures.ts';

const FIXTURE = join(import.meta.dirname, 'testing', 'seventh-place');
const FIXTURE_PAGE = '2022-page-02';
const ROOT = join(import.meta.dirname, '..');
const PLACE = (parse(readFileSync(join(FIXTURE, 'region.yaml'), 'utf8')) as { id: string }[])[0]!.id;

/** The page files and annotation files of a data folder, by name. */
const listing = (dir: string) => ({
  raw: readdirSync(join(dir, 'raw')).sort(),
  annotations: readdirSync(join(dir, 'annotations')).sort(),
});
/** What data/ holds before the tests run: they must leave it as it is. */
const before = { dataset: readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8'), ...listing(DATA_DIR) };

/**
 * A copy of data/ that the fixture's place is new to. data/ may hold other pages
 * (docs/adding-a-page.md); if one already reports on the fixture's place, that
 * place's entry in regions.yaml and the pages about it are left out of the copy.
 */
function base(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-seventh-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  const regionsFile = join(dir, 'annotations', 'regions.yaml');
  const regions = parseDocument(readFileSync(regionsFile, 'utf8'));
  const items = (regions.contents as YAMLSeq<YAMLMap>).items;
  const at = items.findIndex((r) => r.get('id') === PLACE);
  if (at < 0) return dir;
  items.splice(at, 1);
  writeFileSync(regionsFile, regions.toString());
  rmSync(join(dir, 'map', 'places', `${PLACE}.json`), { force: true });
  for (const file of readdirSync(join(dir, 'annotations')).filter((f) => /-page-.*\.yaml$/.test(f))) {
    const note = parse(readFileSync(join(dir, 'annotations', file), 'utf8')) as {
      source: string;
      articles?: { region: string }[];
      indicators?: { region: string }[];
    };
    if (![...(note.articles ?? []), ...(note.indicators ?? [])].some((x) => x.region === PLACE)) continue;
    rmSync(join(dir, 'annotations', file));
    rmSync(join(dir, 'raw', note.source));
  }
  return dir;
}

/** The base with the fixture's place added: its entry in regions.yaml, its page and its annotation. */
function withSeventhPlace(from: string): { dir: string; pageId: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-seventh-'));
  cpSync(from, dir, { recursive: true });
  appendFileSync(
    join(dir, 'annotations', 'regions.yaml'),
    readFileSync(join(FIXTURE, 'region.yaml'), 'utf8').replace(/^#.*\n/gm, ''),
  );
  // The fixture's own name, unless a page of the base already has it.
  let pageId = FIXTURE_PAGE;
  for (
    let n = 3;
    existsSync(join(dir, 'raw', `${pageId}.txt`)) || existsSync(join(dir, 'annotations', `${pageId}.yaml`));
    n++
  )
    pageId = `2022-page-${String(n).padStart(2, '0')}`;
  cpSync(join(FIXTURE, `${FIXTURE_PAGE}.txt`), join(dir, 'raw', `${pageId}.txt`));
  writeFileSync(
    join(dir, 'annotations', `${pageId}.yaml`),
    readFileSync(join(FIXTURE, `${FIXTURE_PAGE}.yaml`), 'utf8').replace(
      `source: ${FIXTURE_PAGE}.txt`,
      `source: ${pageId}.txt`,
    ),
  );
  // docs/adding-a-page.md, step 2: `npm run map` writes the new place's city map (the build refuses a place without one).
  const added = readPlaceSources(join(dir, 'annotations', 'regions.yaml')).filter((p) => p.id === PLACE);
  for (const [file, text] of buildMapFiles(added, { china: false })) writeFileSync(join(dir, 'map', file), text);
  return { dir, pageId };
}

describe('a seventh place, added as data only', () => {
  const baseDir = base();
  run(baseDir);
  const without = JSON.parse(readFileSync(join(baseDir, 'dataset.json'), 'utf8')) as Dataset;
  const { dir, pageId } = withSeventhPlace(baseDir);
  run(dir);
  const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Dataset;

  it('is in the dataset: its region with its colour, its article and its indicators', () => {
    expect(without.regions.map((r) => r.id)).not.toContain(PLACE);
    expect(dataset.regions.find((r) => r.id === 'yiwu')).toEqual({
      id: 'yiwu',
      name: { zh: '义乌市', en: 'Yiwu' },
      province: { zh: '浙江省', en: 'Zhejiang' },
      coord: [120.075, 29.307],
      areaCode: '330782',
      color: '#F0E442',
    });
    const article = dataset.articles.find((a) => a.regionId === 'yiwu')!;
    expect(article).toMatchObject({
      id: `yiwu-${pageId}`,
      headline: '义乌小商品市场主体突破九十万',
      reporters: ['张明'],
      dateline: true,
    });
    expect(
      dataset.indicators.filter((i) => i.regionId === 'yiwu').map((i) => [i.id, i.value, i.unit, i.approx]),
    ).toEqual([
      ['yiwu-gdp-2021', 1835.5, '亿元', 'exact'],
      ['yiwu-market-entities-2021', 90, '万户', 'over'],
    ]);
    expect(dataset.sources.map((s) => s.id)).toEqual([...without.sources.map((s) => s.id), pageId].sort());
    // The other places are as they were.
    expect(dataset.indicators.filter((i) => i.regionId !== 'yiwu')).toEqual(without.indicators);
    expect(dataset.articles.filter((a) => a.regionId !== 'yiwu')).toEqual(without.articles);
  });

  it('is in the app’s data files, and the palette gives it its colour', () => {
    const { index, chunks, quotes } = toAppData(dataset);
    const read = readAppIndex(JSON.parse(JSON.stringify(index)) as typeof index);
    expect(read.regions.map((r) => r.id)).toContain('yiwu');
    expect(read.indicators.filter((i) => i.regionId === 'yiwu').map((i) => i.id)).toEqual([
      'yiwu-gdp-2021',
      'yiwu-market-entities-2021',
    ]);
    expect(read.articles.find((a) => a.regionId === 'yiwu')!.indicatorCount).toBe(2);
    expect(chunks.find((c) => c.id === `yiwu-${pageId}`)!.marks['yiwu-gdp-2021']!.mention).toBe('1835.5亿元');
    expect(quotes.some((q) => q.includes('1835.5亿元'))).toBe(true);
    expect(withRegionColors(LIGHT, read.regions).region.yiwu).toBe('#F0E442');
  });

  it('has its city map source from regions.yaml', () => {
    const sources = readPlaceSources(join(dir, 'annotations', 'regions.yaml'));
    const yiwu = sources.filter((s) => s.id === 'yiwu');
    expect(yiwu).toEqual([
      expect.objectContaining({ map: { file: 'zhe4_jiang1_jin1_hua2.geojson', feature: '义乌市' } }),
    ]);
    const files = buildMapFiles(yiwu, { china: false });
    expect((JSON.parse(files.get('places/yiwu.json')!) as { place: string }).place).toBe('义乌市');
  });

  it('never enters the committed dataset', () => {
    expect(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')).toBe(before.dataset);
    expect(listing(DATA_DIR)).toEqual({ raw: before.raw, annotations: before.annotations });
  });
});

describe('no TypeScript names a place', () => {
  it('no source file outside tests holds a region id of regions.yaml', () => {
    const ids = readPlaceSources(join(DATA_DIR, 'annotations', 'regions.yaml')).map((r) => r.id);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        if (statSync(path).isDirectory()) return f === 'testing' ? [] : files(path);
        return /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [path] : [];
      });
    const naming = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'pipeline'))].filter((f) => {
      const text = readFileSync(f, 'utf8');
      return ids.some((id) => new RegExp(`['"\`]${id}['"\`]`).test(text));
    });
    expect(naming).toEqual([]);
  });
});
