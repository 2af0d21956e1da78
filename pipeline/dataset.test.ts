import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDataset, inferPageYear, type PipelineInput } from './dataset.ts';
import { decodePage } from './page-to-blocks.ts';
import { ofSeed, realInputs, withSeedNote } from './testing/fixtures.ts';

const inputs = realInputs();
const dataset = buildDataset(inputs);
const seed = ofSeed(dataset);

/** The real inputs with the seed's annotation text changed. */
const withAnnotation = (edit: (yaml: string) => string): PipelineInput => withSeedNote(realInputs(), edit);

describe('the dataset built from the real pages', () => {
  it('has one source per page in data/raw/, each dated from the page itself and flagged as inferred', () => {
    expect(dataset.sources.map((s) => s.file)).toEqual(inputs.pages.map((p) => basename(p.file)).sort());
    for (const page of inputs.pages) {
      const source = dataset.sources.find((s) => s.file === basename(page.file))!;
      expect(source).toMatchObject({
        id: basename(page.file, '.txt'),
        date: { year: inferPageYear(decodePage(page.content, page.file), page.file), inferred: true },
      });
      expect(source.sha256).toBe(createHash('sha256').update(page.content).digest('hex'));
    }
    // The seed page prints 2022 as its latest year.
    expect(seed.source.date.year).toBe(2022);
  });

  it('has every region of regions.yaml, and places every article in one of them', () => {
    const listed = (parse(inputs.regions.content) as { id: string }[]).map((r) => r.id);
    expect(dataset.regions.map((r) => r.id)).toEqual(listed);
    for (const a of dataset.articles) expect(listed, a.id).toContain(a.regionId);
    // The seed page: six articles, one on each of its six places.
    const seedPlaces = seed.articles.map((a) => a.regionId);
    expect(seedPlaces).toHaveLength(6);
    expect(new Set(seedPlaces).size).toBe(6);
  });

  it('covers the quantitative facts of the seed page: well over 60 indicators, every place but the one whose article gives no figure', () => {
    expect(seed.indicators.length).toBeGreaterThan(80);
    const counts = seed.articles.map((a) => seed.indicators.filter((i) => i.articleId === a.id).length);
    expect(counts.filter((n) => n === 0)).toHaveLength(1);
    expect(counts.filter((n) => n > 5)).toHaveLength(5);
  });

  it('quotes every number verbatim from its article, and the number sits in the quote', () => {
    for (const indicator of dataset.indicators) {
      const article = dataset.articles.find((a) => a.id === indicator.articleId)!;
      const block = article.blocks[indicator.at.block]!;
      expect(block.text).toContain(indicator.quote);
      expect(block.text.slice(indicator.at.start, indicator.at.end)).toBe(indicator.mention);
      expect(indicator.quote).toContain(indicator.mention);
      expect(article.regionId).toBe(indicator.regionId);
    }
  });

  it('reads qualifiers and periods from the text', () => {
    const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
    expect(byId.get('jingmen-auto-output-2022')).toMatchObject({
      value: 500,
      unit: '亿元',
      approx: 'over',
      status: 'forecast',
      period: { year: 2022, inferred: true },
    });
    expect(byId.get('jingmen-auto-output-2021')).toMatchObject({
      value: 317.7,
      normalized: { value: 3.177e10, unit: 'CNY' },
      period: { year: 2021, inferred: false },
    });
    expect(byId.get('linjiang-credit-rank')).toMatchObject({
      value: 4,
      status: 'rank',
      normalized: { family: 'rank' },
      period: { label: '2022-02' },
    });
  });

  it('dates the page by the latest year it prints', () => {
    expect(inferPageYear('2019年…2021年…2022年城乡公益性岗位', 'p.txt')).toBe(2022);
    expect(() => inferPageYear('今年', 'p.txt')).toThrow(/p\.txt: expected a page that prints at least one year/);
  });
});

describe('annotations that disagree with the text stop the build', () => {
  it('a value the text does not print', () => {
    const inputs = withAnnotation((y) => y.replace('value: 317.7', 'value: 318'));
    expect(() => buildDataset(inputs)).toThrow(
      /2022-page-01\.yaml, line \d+, id jingmen-auto-output-2021: expected 318 亿元 in article jingmen-2022-page-01; found in the text "317\.7亿元"/,
    );
  });

  it('a unit the text does not print', () => {
    const inputs = withAnnotation((y) => y.replace(/(id: jingmen-gem-capacity[\s\S]*?unit: )万吨/, '$1吨'));
    expect(() => buildDataset(inputs)).toThrow(
      /line \d+, id jingmen-gem-capacity: expected 9 吨 .*in the text "9万吨"/,
    );
  });

  it('a quote that is not in the text', () => {
    const inputs = withAnnotation((y) => y.replace('find: 隔膜全球第一', 'find: 隔膜全国第一'));
    expect(() => buildDataset(inputs)).toThrow(
      /line \d+, id jingmen-semcorp-rank: expected the text "隔膜全国第一" in article jingmen-2022-page-01; found it is not there/,
    );
  });

  it('a duplicate id', () => {
    const inputs = withAnnotation((y) => y.replace('id: jingmen-kedali-rank', 'id: jingmen-semcorp-rank'));
    expect(() => buildDataset(inputs)).toThrow(
      /line \d+, id jingmen-semcorp-rank: expected a unique indicator id; found a duplicate id/,
    );
  });

  it('a number that no annotation describes', () => {
    const inputs = withAnnotation((y) => y.replace(/ {2}- id: zoucheng-monthly-pay[\s\S]*$/, ''));
    expect(() => buildDataset(inputs)).toThrow(
      /id zoucheng-2022-page-01: expected every number in the text to be an indicator or ignored.*"1100多元".*paragraph at line \d+/,
    );
  });

  it('every number that no annotation describes, all at once, grouped by file with a count', () => {
    const ids = ['zoucheng-monthly-pay', 'jingmen-auto-output-2021', 'jingmen-auto-output-growth-2021'];
    const inputs = withAnnotation((y) =>
      ids.reduce((text, id) => text.replace(new RegExp(` {2}- id: ${id}\n(?: {4}.*\n)+`), ''), y),
    );
    let message = '';
    try {
      buildDataset(inputs);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^3 problems\n.*2022-page-01\.yaml \(3\):\n/);
    for (const printed of ['1100多元', '317.7亿元', '59.2%']) expect(message).toContain(`"${printed}"`);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('an unknown sector', () => {
    const inputs = withAnnotation((y) => y.replace('sectors: [culture-tourism]', 'sectors: [space]'));
    expect(() => buildDataset(inputs)).toThrow(
      /line \d+, id tongnan-tourism-routes, key sectors: expected sectors from sectors\.yaml; found "space"/,
    );
  });

  it('an unreadable period', () => {
    const inputs = withAnnotation((y) => y.replace('period: 2020-07', 'period: 明年'));
    expect(() => buildDataset(inputs)).toThrow(
      /line \d+, id jingmen-eve-bmw-supplier-rank, key period: expected a period like/,
    );
  });

  it('a malformed annotation', () => {
    const inputs = withAnnotation((y) => y.replace('status: rank', 'status: ranked'));
    expect(() => buildDataset(inputs)).toThrow(
      /2022-page-01\.yaml, line \d+, id jingmen-eve-bmw-supplier-rank, key indicators\.9\.status: expected a status: one of actual, forecast, target, rank; found "ranked"/,
    );
  });
});
