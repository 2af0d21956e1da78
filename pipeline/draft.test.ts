import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/schema.ts';
import { articlesToMentions } from './articles-to-mentions.ts';
import { buildDataset } from './dataset.ts';
import { draftAgreement } from './draft-agreement.ts';
import { draftFor, proposeLabel, proposePeriod, proposeStatus } from './draft.ts';
import { DATA_DIR, SEED, isSeedPage, ofSeed, realInputs } from './testing/fixtures.ts';

const inputs = realInputs();
const draft = draftFor(
  inputs.pages.find((p) => isSeedPage(p.file))!,
  inputs,
  'lead',
);
const seed = ofSeed(JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')) as Dataset);
/** Every number the seed page prints: its curated indicators and the numbers its annotation ignores with a reason. */
const seedNumbers = articlesToMentions(seed.articles).length;

describe('a draft of the real page', () => {
  const curated = parse(inputs.annotations.find((f) => f.file.endsWith(`${SEED}.yaml`))!.content) as {
    ignore: unknown[];
    indicators: unknown[];
  };
  const [agreement] = draftAgreement(DATA_DIR).filter((a) => a.page === `${SEED}.txt`);

  it('lists every number, and agrees with the curated file on value, unit and place for every indicator', () => {
    expect(agreement!.missing).toEqual([]);
    expect(agreement!.valueAndUnit).toBe(agreement!.indicators);
    expect(agreement!.indicators).toBe(curated.indicators.length);
    // Every other number is one the curated file ignores (an ignore entry may cover several: 一个部门、一套人马).
    expect(draft.numbers - agreement!.indicators).toBeGreaterThanOrEqual(curated.ignore.length);
    // Every number the page prints, as the pipeline finds them in its articles.
    expect(draft.numbers).toBe(seedNumbers);
    // The figures docs/adding-a-page.md reports (`npx tsx pipeline/draft-agreement.ts`): a change to the proposals shows here.
    expect({
      status: agreement!.status,
      period: agreement!.period,
      sectorsExact: agreement!.sectorsExact,
      sectorsOverlap: agreement!.sectorsOverlap,
    }).toEqual({ status: 88, period: 75, sectorsExact: 50, sectorsOverlap: 82 });
  });

  it('is YAML a person edits into the curated file: each number with its sentence, as an indicator or an ignore with its reason', () => {
    const doc = parse(draft.text) as {
      draft: boolean;
      source: string;
      ignore: { find: string; why: string }[];
      indicators: {
        value: number;
        unit: string;
        label: { zh: string; en: string };
        status: string;
        sectors: string[];
      }[];
    };
    expect(doc.draft).toBe(true);
    expect(doc.source).toBe(`${SEED}.txt`);
    expect(doc.indicators.length + doc.ignore.length).toBe(draft.numbers);
    for (const i of doc.ignore) expect(i.why.length).toBeGreaterThan(0);
    for (const i of doc.indicators) expect(i.label.zh.length).toBeGreaterThan(0);
    expect(draft.text).toContain(
      '# "317.7亿元" in 「2021年，荆门高新区·掇刀区实现了汽车产业产值317.7亿元，同比增长59.2%的成绩。」',
    );
    expect(doc.indicators.find((i) => i.value === 317.7)).toMatchObject({
      unit: '亿元',
      period: '2021',
      status: 'actual',
    });
  });

  it('is refused by the build while it is marked as a draft', () => {
    const withDraft = {
      ...inputs,
      annotations: [...inputs.annotations, { file: 'data/annotations/2022-page-02.draft.yaml', content: draft.text }],
    };
    expect(() => buildDataset(withDraft)).toThrow(
      /2022-page-02\.draft\.yaml, line \d+, key draft: expected a curated annotation file.*rename it to 2022-page-02\.yaml; found a draft/,
    );
  });
});

describe('proposals', () => {
  const at = (text: string, number: string) => ({
    start: text.indexOf(number),
    end: text.indexOf(number) + number.length,
    rank: false,
    text: number,
  });

  it('status from cue words: 预计/将 → forecast, 力争/目标/计划 → target, 第/排名/位 → rank', () => {
    const s = (text: string, number: string) => proposeStatus(text, at(text, number));
    expect(s('预计今年产值将超过500亿元。', '500亿元')).toBe('forecast');
    expect(s('5月起，全市3894名人员将定期领取补贴。', '3894名')).toBe('forecast');
    expect(s('工程计划完成16万立方米混凝土浇筑。', '16万立方米')).toBe('target');
    expect(s('力争年产值达到100亿元。', '100亿元')).toBe('target');
    expect(proposeStatus('排名全国第2位。', { ...at('排名全国第2位。', '第2位'), rank: true })).toBe('rank');
    expect(s('实现产值317.7亿元。', '317.7亿元')).toBe('actual');
  });

  it('period from the text before the number in its sentence', () => {
    const p = (text: string, number: string) => proposePeriod(text, text.indexOf(number));
    expect(p('今年前4个月，完成16万立方米。', '16万')).toBe('今年-01..04');
    expect(p('截至5月，发放贷款4亿元。', '4亿元')).toBe('今年-05');
    expect(p('2021年11月，总投资463亿元。', '463亿元')).toBe('2021-11');
    expect(p('2021年，产值317.7亿元。', '317.7亿元')).toBe('2021');
    expect(p('去年产值近200亿元。', '200亿元')).toBe('去年');
    expect(p('2020年以来，融资超15亿元。', '15亿元')).toBe('2020..今年');
    expect(p('厂区从1个增至11个。', '11个')).toBeUndefined();
  });

  it('a label from the clause, without the place and its verb', () => {
    const text = '2021年，荆门高新区·掇刀区实现了汽车产业产值317.7亿元，同比增长59.2%的成绩。';
    expect(
      proposeLabel(text, text.indexOf('317.7'), text.indexOf('亿元，') + 2, ['荆门高新区', '掇刀区', '荆门']),
    ).toBe('汽车产业产值');
  });
});
