import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, MEASURE_KINDS } from '../src/domain/schema.ts';
import { pageAnnotationSchema, readAnnotationFile } from './annotations.ts';
import { PipelineError, PipelineErrors } from './errors.ts';
import { measuresInUse, proposeMeasure, readMeasures, termKey, type VocabularyMeasure } from './measures.ts';
import { DATA_DIR, realInputs } from './testing/fixtures.ts';

const FILE = 'data/annotations/measures.yaml';
const vocabularyText = readFileSync(join(DATA_DIR, 'annotations', 'measures.yaml'), 'utf8');

/** The message of the error a read throws (failing the test when it throws none). */
function problemOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof PipelineError || error instanceof PipelineErrors) return error.message;
    throw error;
  }
  throw new Error('expected the read to fail');
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** A small vocabulary file, one measure per entry. */
const yaml = (...entries: string[]) => entries.join('');
const entry = (id: string, zh: string, en: string, dimension: string, kind: string, more = '') =>
  `- id: ${id}\n  name: { zh: ${zh}, en: "${en}" }\n  dimension: ${dimension}\n  kind: ${kind}\n${more}`;

describe('variants', () => {
  const text = yaml(
    entry(
      'retail',
      '社会消费品零售总额',
      'Retail sales',
      'money',
      'flow',
      '  terms: [社会消费品零售总额, 社零]\n  variants: [growth, rank, rank-change, growth-rank, growth-rank-change]\n',
    ),
    entry('plain', '桥梁', 'Bridges', 'count', 'stock'),
  );
  const measures = readMeasures(text, 'v.yaml');
  const byId = new Map(measures.map((m) => [m.id, m]));

  it('are expanded into measures right after their base, in the order declared', () => {
    expect(measures.map((m) => m.id)).toEqual([
      'retail',
      'retail-growth',
      'retail-rank',
      'retail-rank-change',
      'retail-growth-rank',
      'retail-growth-rank-change',
      'plain',
    ]);
  });

  it('take their names, dimension and kind from the variant, and their terms from the base', () => {
    expect(byId.get('retail-growth')).toMatchObject({
      name: { zh: '社会消费品零售总额增速', en: 'Retail sales, growth' },
      dimension: 'share',
      kind: 'rate',
      variantOf: { id: 'retail', variant: 'growth' },
    });
    expect(byId.get('retail-rank')).toMatchObject({
      name: { zh: '社会消费品零售总额排名', en: 'Retail sales, rank' },
      dimension: 'rank',
      kind: 'rank',
    });
    // A change of place (前进7个位次) counts places: a count over a period, never a rank.
    expect(byId.get('retail-rank-change')).toMatchObject({
      name: { zh: '社会消费品零售总额排名位次变化', en: 'Retail sales, change in rank' },
      dimension: 'count',
      kind: 'flow',
    });
    for (const id of ['retail-growth', 'retail-rank', 'retail-rank-change'])
      expect(byId.get(id)!.terms, id).toEqual(['社会消费品零售总额', '社零']);
  });

  it('name the rank of a growth rate by the growth, so a clause tells it from the rank of the level', () => {
    expect(byId.get('retail-growth-rank')).toMatchObject({
      name: { zh: '社会消费品零售总额增速排名', en: 'Retail sales, growth rank' },
      dimension: 'rank',
      kind: 'rank',
    });
    expect(byId.get('retail-growth-rank')!.terms).toEqual(
      expect.arrayContaining(['社会消费品零售总额增速', '社会消费品零售总额同比增幅', '社零增速', '社零增长速度']),
    );
    expect(
      byId.get('retail-growth-rank')!.terms.every((t) => t.startsWith('社会消费品零售总额') || t.startsWith('社零')),
    ).toBe(true);
    expect(byId.get('retail-growth-rank-change')).toMatchObject({
      name: { en: 'Retail sales, change in growth rank' },
      dimension: 'count',
      kind: 'flow',
    });
    expect(proposeMeasure(measures, '社零增速居全市第', ['rank'])?.id).toBe('retail-growth-rank');
    expect(proposeMeasure(measures, '社会消费品零售总额同比增速居全市第', ['rank'])?.id).toBe('retail-growth-rank');
    expect(proposeMeasure(measures, '社会消费品零售总额居全市第', ['rank'])?.id).toBe('retail-rank');
  });

  it('leave a measure without variants or terms as written, proposed by no term', () => {
    expect(byId.get('plain')).toEqual({
      id: 'plain',
      name: { zh: '桥梁', en: 'Bridges' },
      dimension: 'count',
      kind: 'stock',
      comparable: [],
      terms: [],
    });
    expect(byId.get('retail')!.variantOf).toBeUndefined();
  });

  it('are a closed list: an unknown variant is refused at its line', () => {
    const bad = yaml(entry('retail', '零售', 'Retail', 'money', 'flow', '  variants: [growth, share]\n'));
    expect(problemOf(() => readMeasures(bad, 'v.yaml'))).toMatch(
      new RegExp(`v\\.yaml, line ${lineOf(bad, 'variants:')}, id retail, key 0\\.variants\\.1`),
    );
  });
});

describe('ids', () => {
  it('an expanded id that another measure has stops the read, at the variant, naming the other line', () => {
    for (const order of ['base first', 'other first']) {
      const base = entry('gdp', '地区生产总值', 'GDP', 'money', 'flow', '  variants: [rank, growth]\n');
      const other = entry('gdp-growth', '地区生产总值增长', 'GDP growth', 'share', 'rate');
      const text = order === 'base first' ? yaml(base, other) : yaml(other, base);
      expect(
        problemOf(() => readMeasures(text, 'v.yaml')),
        order,
      ).toMatch(
        new RegExp(
          `v\\.yaml, line ${lineOf(text, 'variants:')}, id gdp, key \\d\\.variants\\.1: expected a variant whose id \\(gdp-growth\\) no other measure has; ` +
            `found the id of the measure at line ${lineOf(text, '- id: gdp-growth')}`,
        ),
      );
    }
  });

  it('two written measures may not share an id either', () => {
    const text = yaml(
      entry('a', '甲', 'A', 'money', 'flow', '  variants: [growth]\n'),
      entry('a', '乙', 'B', 'money', 'flow'),
    );
    expect(problemOf(() => readMeasures(text, 'v.yaml'))).toMatch(
      /line 6, id a: expected a unique measure id; found a duplicate \(of the measure at line 1\)/,
    );
  });
});

describe('terms', () => {
  it('a term that names two measures of one dimension stops the read, naming both', () => {
    const text = yaml(
      entry('fai', '固定资产投资', 'Fixed-asset investment', 'money', 'flow', '  terms: [固定资产投资, 固投]\n'),
      entry('fai-2', '固投', 'Investment', 'money', 'flow', '  terms: [投资, 固投]\n'),
    );
    expect(problemOf(() => readMeasures(text, 'v.yaml'))).toMatch(
      new RegExp(
        `v\\.yaml, line ${lineOf(text, '[投资, 固投]')}, id fai-2, key 1\\.terms\\.1: expected terms that name no other money measure; found "固投", a term of fai \\(line ${lineOf(text, '[固定资产投资, 固投]')}\\)`,
      ),
    );
  });

  it('fold full-width forms and case, as a clause is matched', () => {
    const text = yaml(
      entry('gdp', '地区生产总值', 'GDP', 'money', 'flow', '  terms: [GDP]\n'),
      entry('gdp-2', '生产总值', 'Product', 'money', 'flow', '  terms: [ＧＤＰ]\n'),
      entry('gdp-3', '生产', 'Product', 'money', 'flow', '  terms: [gdp, 生产, 生产]\n'),
    );
    const message = problemOf(() => readMeasures(text, 'v.yaml'));
    expect(message).toMatch(
      /id gdp-2, key 1\.terms\.0: expected terms that name no other money measure; found "ＧＤＰ", a term of gdp/,
    );
    expect(message).toMatch(/id gdp-3, key 2\.terms\.0: .*found "gdp", a term of gdp/);
    expect(message).toMatch(/id gdp-3, key 2\.terms\.2: expected each term once in a measure; found "生产" again/);
  });

  it('may be shared across dimensions: the unit tells the level from its growth and its rank', () => {
    const text = yaml(
      entry('gdp', '地区生产总值', 'GDP', 'money', 'flow', '  terms: [地区生产总值]\n  variants: [growth, rank]\n'),
      entry('gdp-count', '地区生产总值', 'GDP', 'count', 'stock', '  terms: [地区生产总值]\n'),
    );
    const measures = readMeasures(text, 'v.yaml');
    expect(proposeMeasure(measures, '全区实现地区生产总值', ['money'])?.id).toBe('gdp');
    expect(proposeMeasure(measures, '地区生产总值同比增长', ['share'])?.id).toBe('gdp-growth');
    expect(proposeMeasure(measures, '地区生产总值居全省第', ['rank'])?.id).toBe('gdp-rank');
  });

  it("a variant's terms are its base's, so they clash with another measure of the variant's dimension", () => {
    const jobs = entry('jobs', '新增就业', 'New jobs', 'people', 'flow', '  terms: [新增就业]\n  variants: [growth]\n');
    const share = entry('jobs-share', '新增就业占比', 'Share of new jobs', 'share', 'rate', '  terms: [新增就业]\n');
    const after = yaml(jobs, share);
    const shareTerms = lineOf(after, '- id: jobs-share') + 4; // the fifth line of its entry
    expect(problemOf(() => readMeasures(after, 'v.yaml'))).toMatch(
      new RegExp(
        `line ${shareTerms}, id jobs-share, key 1\\.terms\\.0: expected terms that name no other share measure; ` +
          `found "新增就业", a term of jobs-growth, the growth variant of jobs \\(line ${lineOf(after, 'variants:')}\\)`,
      ),
    );
    const before = yaml(share, jobs);
    expect(problemOf(() => readMeasures(before, 'v.yaml'))).toMatch(
      new RegExp(
        `line ${lineOf(before, 'variants:')}, id jobs, key 1\\.variants\\.0: expected terms that name no other share measure \\(jobs-growth takes the terms of jobs\\); ` +
          `found "新增就业", a term of jobs-share \\(line ${lineOf(before, 'terms:')}\\)`,
      ),
    );
  });
});

describe('proposeMeasure', () => {
  const measures = readMeasures(
    yaml(
      entry('ind', '工业增加值', 'Industrial value added', 'money', 'flow', '  terms: [工业增加值]\n'),
      entry(
        'ind-above',
        '规模以上工业增加值',
        'Above-scale industrial value added',
        'money',
        'flow',
        '  terms: [规模以上工业增加值, 规上工业增加值]\n',
      ),
      entry('revenue', '营业收入', 'Operating revenue', 'money', 'flow', '  terms: [营业收入]\n'),
      entry('output', '产值', 'Output value', 'money', 'flow', '  terms: [产值]\n'),
      entry('tax', '税收', 'Tax', 'money', 'flow', '  terms: [税收]\n'),
    ),
    'v.yaml',
  );

  it('prefers the longest term the clause holds', () => {
    expect(proposeMeasure(measures, '全区规上工业增加值', ['money'])?.id).toBe('ind-above');
    expect(proposeMeasure(measures, '全区工业增加值', ['money'])?.id).toBe('ind');
  });
  it('at equal length, the term nearer the number (the clause ends before it)', () => {
    expect(proposeMeasure(measures, '规上企业营业收入', ['money'])?.id).toBe('revenue');
    expect(proposeMeasure(measures, '实现产值和税收', ['money'])?.id).toBe('tax');
  });
  it('proposes nothing when no term of a fitting dimension is there', () => {
    expect(proposeMeasure(measures, '全区营业收入', ['share'])).toBeUndefined();
    expect(proposeMeasure(measures, '一座大桥', ['money'])).toBeUndefined();
  });
});

describe('measuresInUse', () => {
  const measures = readMeasures(
    yaml(
      entry('a', '甲', 'A', 'money', 'flow', '  comparable: [b]\n'),
      entry('b', '乙', 'B', 'money', 'flow', '  comparable: [c]\n'),
      entry('c', '丙', 'C', 'money', 'flow'),
      entry('d', '丁', 'D', 'money', 'flow', '  variants: [growth]\n'),
    ),
    'v.yaml',
  );

  it('keeps what the figures use and what these are declared comparable with, and lists only kept measures as comparable', () => {
    const kept = measuresInUse(measures, [{ measureId: 'a' }, { measureId: 'd-growth' }]);
    expect(kept.map((m) => m.id)).toEqual(['a', 'b', 'd-growth']);
    expect(kept.find((m) => m.id === 'b')!.comparable).toEqual(['a']);
  });
});

describe('the vocabulary (data/annotations/measures.yaml)', () => {
  const measures = readMeasures(vocabularyText, FILE);
  const byId = new Map(measures.map((m) => [m.id, m]));

  it('holds every measure the committed annotations use', () => {
    for (const note of realInputs().annotations) {
      const { data } = readAnnotationFile(note.content, pageAnnotationSchema, note.file);
      for (const i of data.indicators) expect(byId.has(i.measure), `${i.id}: ${i.measure}`).toBe(true);
    }
  });

  it('names each term once within a dimension', () => {
    const seen = new Map<string, string>();
    for (const m of measures) {
      for (const term of m.terms) {
        const key = `${m.dimension} ${termKey(term)}`;
        expect(seen.get(key), `${m.id}: "${term}"`).toBeUndefined();
        seen.set(key, m.id);
      }
    }
  });

  it('gives every measure names in both languages and a kind that fits its dimension', () => {
    const CJK = /[\u3400-\u9fff]/;
    for (const m of measures) {
      expect(m.name.zh, m.id).toMatch(CJK);
      expect(m.name.en, m.id).not.toMatch(CJK);
      expect(DIMENSIONS, m.id).toContain(m.dimension);
      expect(MEASURE_KINDS, m.id).toContain(m.kind);
      // The build allows a rank measure exactly for a figure of status rank.
      expect(m.kind === 'rank', m.id).toBe(m.dimension === 'rank');
      if (m.dimension === 'share') expect(m.kind, m.id).toBe('rate');
    }
  });

  it('gives every standard statistic, and the rank and growth of each, a term', () => {
    const withTerms = measures.filter((m) => m.terms.length > 0);
    const bases = withTerms.filter(
      (m) => !m.variantOf && m.dimension !== 'share' && m.dimension !== 'rank' && m.dimension !== 'index',
    );
    expect(bases.length).toBeGreaterThan(40);
    for (const base of bases) {
      const variants = measures.filter((m) => m.variantOf?.id === base.id).map((m) => m.variantOf!.variant);
      // Levels of a project's own investment are not grown or ranked.
      if (base.id !== 'project-total-investment')
        expect(variants, base.id).toEqual(expect.arrayContaining(['growth', 'rank']));
    }
  });

  // Clauses as regional reports print them, each with the dimensions its number's unit allows.
  const MONEY = ['money'] as const;
  const SHARE = ['share'] as const;
  const RANK = ['rank'] as const;
  const COUNT = ['people', 'firms', 'events', 'projects', 'count'] as const;
  const cases: [clause: string, dimensions: readonly (typeof DIMENSIONS)[number][], measure: string][] = [
    ['2023年，全区实现地区生产总值', MONEY, 'gdp'],
    ['按可比价格计算，GDP同比增长', SHARE, 'gdp-growth'],
    ['经济总量稳居全省县域', RANK, 'gdp-rank'],
    ['其中，第一产业增加值', MONEY, 'primary-industry-value-added'],
    ['第三产业增加值增长', SHARE, 'tertiary-industry-value-added-growth'],
    ['规上工业增加值同比增长', SHARE, 'industrial-value-added-growth'],
    ['园区规模以上工业总产值首次突破', MONEY, 'industrial-output'],
    ['锂电池产业实现产值', MONEY, 'industry-output'],
    ['完成固定资产投资', MONEY, 'fixed-asset-investment'],
    ['其中工业投资增长', SHARE, 'industrial-investment-growth'],
    ['社会消费品零售总额', MONEY, 'retail-sales'],
    ['外贸进出口总额', MONEY, 'foreign-trade'],
    ['其中出口', MONEY, 'exports'],
    ['实际使用外资', MONEY, 'foreign-capital-utilised'],
    ['一般公共预算收入', MONEY, 'budget-revenue'],
    ['其中税收收入', MONEY, 'tax-revenue'],
    ['一般公共预算支出', MONEY, 'budget-expenditure'],
    ['城镇居民人均可支配收入', MONEY, 'urban-disposable-income'],
    ['农村居民人均可支配收入增长', SHARE, 'rural-disposable-income-growth'],
    ['职工平均工资', MONEY, 'average-wage'],
    ['城镇新增就业', COUNT, 'new-urban-jobs'],
    ['年末常住人口', COUNT, 'resident-population'],
    ['全区实有市场主体', COUNT, 'market-entities'],
    ['新增市场主体', COUNT, 'new-market-entities'],
    ['规上工业企业达到', COUNT, 'above-scale-industrial-firms'],
    ['新增规上工业企业', COUNT, 'new-above-scale-industrial-firms'],
    ['国家高新技术企业', COUNT, 'high-tech-firms'],
    ['境内外上市企业', COUNT, 'listed-firms'],
    ['集中签约项目', COUNT, 'projects-signed'],
    ['新开工重点项目', COUNT, 'projects-started'],
    ['竣工投产项目', COUNT, 'projects-completed'],
    ['协议投资额', MONEY, 'investment-agreed'],
    ['招商引资实际到位资金', MONEY, 'funds-in-place'],
    ['粮食总产量', ['mass'], 'grain-output'],
    ['耕地保有量', ['area'], 'cultivated-land'],
    ['新建高标准农田', ['area'], 'high-standard-farmland'],
    ['全年发电量', ['energy'], 'electricity-generation'],
    ['新能源并网装机容量', ['power'], 'installed-capacity'],
    ['接待游客', COUNT, 'tourist-visits'],
    ['实现旅游综合收入', MONEY, 'tourism-revenue'],
    ['在全省县域经济高质量发展考核中前进', COUNT, 'county-economy-rank-change'],
    ['县域经济综合实力居全国百强县第', RANK, 'county-economy-rank'],
    ['地区生产总值增速居全市第', RANK, 'gdp-growth-rank'],
    ['GDP增幅排名较一季度前进', COUNT, 'gdp-growth-rank-change'],
    ['全部工业增加值', MONEY, 'industrial-value-added-all'],
    ['规上服务业营业收入', MONEY, 'services-revenue'],
    ['数字经济核心产业增加值占地区生产总值比重', SHARE, 'digital-economy-share'],
    ['柠檬种植面积', ['area'], 'crop-area'],
  ];
  it.each(cases)('"%s" names %s… measures as %s', (clause, dimensions, id) => {
    expect(byId.has(id), id).toBe(true);
    expect(proposeMeasure(measures, clause, dimensions)?.id).toBe(id);
  });

  it("is carried into a dataset in the dataset's shape (no terms, no derivation)", () => {
    const growth: VocabularyMeasure = byId.get('gdp-growth')!;
    expect(growth.terms.length).toBeGreaterThan(0);
    const [carried] = measuresInUse(measures, [{ measureId: 'gdp-growth' }]);
    expect(carried).toEqual({ id: 'gdp-growth', name: growth.name, dimension: 'share', kind: 'rate', comparable: [] });
  });
});
