// Places are data: a seventh place is one entry in regions.yaml, a page and its
// annotation; no TypeScript names it. Built in a temporary folder, it reaches
// the dataset, the app's data files and the palette, and never the committed dataset.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIGHT, withRegionColors } from '../src/charts/palette.ts';
import { readAppIndex, toAppData } from '../src/domain/app-data.ts';
import type { Dataset } from '../src/domain/schema.ts';
import { run } from './cli.ts';
import { buildMapFiles, readPlaceSources } from './map/cli.ts';
import { DATA_DIR } from './testing/fixtures.ts';

const FIXTURE = join(import.meta.dirname, 'testing', 'seventh-place');
const ROOT = join(import.meta.dirname, '..');

function withSeventhPlace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-seventh-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  appendFileSync(join(dir, 'annotations', 'regions.yaml'), readFileSync(join(FIXTURE, 'region.yaml'), 'utf8').replace(/^#.*\n/gm, ''));
  cpSync(join(FIXTURE, '2022-page-02.txt'), join(dir, 'raw', '2022-page-02.txt'));
  cpSync(join(FIXTURE, '2022-page-02.yaml'), join(dir, 'annotations', '2022-page-02.yaml'));
  // README "Adding a page", step 2: `npm run map` writes the new place's city map (the build refuses a place without one).
  const added = readPlaceSources(join(dir, 'annotations', 'regions.yaml')).filter((p) => p.id === 'yiwu');
  for (const [file, text] of buildMapFiles(added, { china: false })) writeFileSync(join(dir, 'map', file), text);
  return dir;
}

describe('a seventh place, added as data only', () => {
  const dir = withSeventhPlace();
  run(dir);
  const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Dataset;

  it('is in the dataset: its region with its colour, its article and its indicators', () => {
    expect(dataset.regions.find((r) => r.id === 'yiwu')).toEqual({
      id: 'yiwu', name: { zh: '义乌市', en: 'Yiwu' }, province: { zh: '浙江省', en: 'Zhejiang' }, coord: [120.075, 29.307], areaCode: '330782', color: '#F0E442',
    });
    const article = dataset.articles.find((a) => a.regionId === 'yiwu')!;
    expect(article).toMatchObject({ id: 'yiwu-2022-page-02', headline: '义乌小商品市场主体突破九十万', reporters: ['张明'], dateline: true });
    expect(dataset.indicators.filter((i) => i.regionId === 'yiwu').map((i) => [i.id, i.value, i.unit, i.approx])).toEqual([
      ['yiwu-gdp-2021', 1835.5, '亿元', 'exact'],
      ['yiwu-market-entities-2021', 90, '万户', 'over'],
    ]);
    expect(dataset.sources.map((s) => s.id)).toEqual(['2022-page-01', '2022-page-02']);
    // The six places are as they were.
    expect(dataset.indicators.filter((i) => i.regionId !== 'yiwu')).toHaveLength(92);
  });

  it('is in the app’s data files, and the palette gives it its colour', () => {
    const { index, chunks, quotes } = toAppData(dataset);
    const read = readAppIndex(JSON.parse(JSON.stringify(index)));
    expect(read.regions.map((r) => r.id)).toContain('yiwu');
    expect(read.indicators.filter((i) => i.regionId === 'yiwu').map((i) => i.id)).toEqual(['yiwu-gdp-2021', 'yiwu-market-entities-2021']);
    expect(read.articles.find((a) => a.regionId === 'yiwu')!.indicatorCount).toBe(2);
    expect(chunks.find((c) => c.id === 'yiwu-2022-page-02')!.marks['yiwu-gdp-2021']!.mention).toBe('1835.5亿元');
    expect(quotes.some((q) => q.includes('1835.5亿元'))).toBe(true);
    expect(withRegionColors(LIGHT, read.regions).region.yiwu).toBe('#F0E442');
  });

  it('has its city map source from regions.yaml', () => {
    const sources = readPlaceSources(join(dir, 'annotations', 'regions.yaml'));
    const yiwu = sources.filter((s) => s.id === 'yiwu');
    expect(yiwu).toEqual([expect.objectContaining({ map: { file: 'zhe4_jiang1_jin1_hua2.geojson', feature: '义乌市' } })]);
    const files = buildMapFiles(yiwu, { china: false });
    expect(JSON.parse(files.get('places/yiwu.json')!).place).toBe('义乌市');
  });

  it('never enters the committed dataset', () => {
    expect(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')).not.toContain('yiwu');
    expect(readdirSync(join(DATA_DIR, 'raw'))).toEqual(['2022-page-01.txt']);
  });
});

describe('no TypeScript names a place', () => {
  it('no source file outside tests holds a region id of regions.yaml', () => {
    const ids = readPlaceSources(join(DATA_DIR, 'annotations', 'regions.yaml')).map((r) => r.id);
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
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
