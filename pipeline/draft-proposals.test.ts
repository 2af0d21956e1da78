import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposePeriod, proposeStatus } from './draft.ts';
import { proposeIgnore, proposeMeasureFor, proposeSubject } from './draft-proposals.ts';
import { readMeasures } from './measures.ts';
import { findMentions } from './numbers.ts';
import { DATA_DIR } from './testing/fixtures.ts';

const measures = readMeasures(readFileSync(join(DATA_DIR, 'annotations', 'measures.yaml'), 'utf8'), 'measures.yaml');
/** The mention of `number` in `text`, as the finder reads it. */
const mention = (text: string, number: string) => findMentions(text).find((m) => m.text === number)!;
const measureOf = (text: string, number: string) => proposeMeasureFor(text, mention(text, number), measures)?.id;

describe('the measure a number reports', () => {
  it('from the term before it, and the unit', () => {
    expect(measureOf('全区实现地区生产总值1259.88亿元，同比增长6.5%。', '1259.88亿元')).toBe('gdp');
    expect(measureOf('社会消费品零售总额达到486.2亿元。', '486.2亿元')).toBe('retail-sales');
  });
  it('a growth rate names what grows, in its clause or the one before', () => {
    expect(measureOf('全区实现地区生产总值1259.88亿元，同比增长6.5%。', '6.5%')).toBe('gdp-growth');
    expect(measureOf('规模以上工业增加值增长8.1%。', '8.1%')).toBe('industrial-value-added-growth');
  });
  it('分别: the n-th figure is of the n-th statistic named before it', () => {
    const text = '规模以上工业增加值、固定资产投资分别增长8.1%和10.2%。';
    const siblings = findMentions(text);
    expect(proposeMeasureFor(text, mention(text, '8.1%'), measures, siblings)?.id).toBe(
      'industrial-value-added-growth',
    );
    expect(proposeMeasureFor(text, mention(text, '10.2%'), measures, siblings)?.id).toBe(
      'fixed-asset-investment-growth',
    );
  });
  it('a change of rank is its own measure', () => {
    expect(
      proposeMeasureFor(
        '地区生产总值排名较上年前进7个位次。',
        mention('地区生产总值排名较上年前进7个位次。', '7个位次'),
        measures,
      )?.variantOf?.variant,
    ).toBe('rank-change');
  });
});

describe('whose figure it is', () => {
  const subject = (text: string, number: string) => proposeSubject(text, mention(text, number), ['长沙县', '长沙']);
  it('a named park or project is an entity; a national total is context; else the place', () => {
    expect(subject('临空经济示范区产业园实现产值320亿元。', '320亿元')).toEqual({
      subject: 'entity',
      name: '临空经济示范区产业园',
    });
    expect(subject('全国共有国家级经开区230家。', '230家')).toEqual({ subject: 'context' });
    expect(subject('长沙县签约项目28个。', '28个')).toEqual({ subject: 'place' });
    expect(subject('长沙县位列全国第4位。', '第4位')).toEqual({ subject: 'place' });
  });
});

describe('numbers that are no figure', () => {
  const why = (text: string, number: string) => {
    const all = findMentions(text);
    return proposeIgnore(text, mention(text, number), all);
  };
  it('names, slogans, 一批, time frames, size classes and thresholds restated', () => {
    expect(why('沿428省道布局物流园区。', '428')).toMatch(/name/);
    expect(why('深入实施三年行动。', '三年')).toMatch(/programme/);
    expect(why('落地一批重点项目。', '一批')).toMatch(/一批/);
    expect(why('过去一年，全区新增就业1.2万人。', '一年')).toMatch(/time frame/);
    expect(why('签约百亿元以上项目5个。', '百亿元')).toMatch(/size class/);
    expect(why('工业总产值首次突破千亿元，达1035.6亿元。', '突破千亿元')).toMatch(/threshold/);
    expect(why('工业总产值达1035.6亿元。', '1035.6亿元')).toBeUndefined();
    expect(why('新建三个产业园区。', '三个')).toBeUndefined();
    expect(why('打造人工智能、生命健康两个千亿级产业集群。', '两个')).toBeUndefined();
    expect(why('今年36岁的宗某领到了工资。', '36岁')).toMatch(/age/);
    expect(why('在锂电池领域摸爬滚打近30年的刘某。', '近30年')).toMatch(/time frame/);
    expect(why('航电枢纽一期围堰合龙。', '一期')).toMatch(/phase/);
    expect(why('连续10期进入全国县级城市前10位。', '10位')).toMatch(/threshold of a ranking/);
    // A goal to pass a mark is a figure: only an outcome's threshold is restated by the exact figure.
    const goal = '力争高新技术企业突破1500家，规模以上工业企业达到1200家。';
    expect(proposeIgnore(goal, mention(goal, '突破1500家'), findMentions(goal), { goal: true })).toBeUndefined();
  });
});

describe('status and period', () => {
  const at = (text: string, number: string) => ({ ...mention(text, number) });
  it('a goal met is an outcome; a rank aimed at is a goal', () => {
    expect(proposeStatus('超目标任务73.6亿元。', at('超目标任务73.6亿元。', '73.6亿元'))).toBe('actual');
    expect(proposeStatus('力争县域经济进入全省10强。', at('力争县域经济进入全省10强。', '10强'))).toBe('target');
    expect(proposeStatus('打造3000亿元产值园区。', at('打造3000亿元产值园区。', '3000亿元'))).toBe('target');
    expect(
      proposeStatus('新签约项目58个，计划总投资462亿元。', at('新签约项目58个，计划总投资462亿元。', '462亿元')),
    ).toBe('actual');
  });
  it('a year set at the head of the paragraph is carried to its later sentences; a date in passing is not', () => {
    const text = '2022年，全区经济稳中有进。规模以上工业增加值增长8.1%。';
    expect(proposePeriod(text, text.indexOf('8.1%'))).toBe('2022');
    const passing = '园区于2021年11月开工。规模以上工业增加值增长8.1%。';
    expect(proposePeriod(passing, passing.indexOf('8.1%'))).toBeUndefined();
    expect(proposePeriod('上半年，全区实现地区生产总值600亿元。', 12)).toBe('今年-01..06');
    expect(proposePeriod('排名第12位，较上年前进7个位次。', 13)).toBeUndefined();
  });
  const period = (text: string, number: string, context: { pageYear?: number; status?: 'actual' | 'target' } = {}) =>
    proposePeriod(text, text.indexOf(number), { ...context, end: text.indexOf(number) + number.length });
  it('reads a five-year plan’s span or last year, never a plan in a name', () => {
    expect(period('“十四五”末全区工业总产值有望突破千亿元。', '千亿元')).toBe('2025');
    expect(period('十三五期间，全县新增就业岗位3.2万个。', '3.2万个')).toBe('2016..2020');
    expect(period('作为“十四五”重点项目之一，首批16个项目开工。', '16个')).toBeUndefined();
  });
  it('counts a span back from the page’s year, and gives a change over it its two ends', () => {
    const text = '十年来，园区累计完成投资109亿元，厂区从1个增至11个。';
    expect(period(text, '109亿元', { pageYear: 2022 })).toBe('2012..今年');
    expect(period(text, '1个', { pageYear: 2022 })).toBe('2012');
    expect(period(text, '11个', { pageYear: 2022 })).toBe('今年');
    // Without the page's year no span is guessed.
    expect(period(text, '109亿元')).toBeUndefined();
    expect(period('近五年，全县引进项目230个。', '230个', { pageYear: 2023 })).toBe('2018..今年');
  });
  it('reads a list’s year after the number, a lead’s time after its ……, and a time later in the clause', () => {
    expect(period('今年以来，5个项目入选2020年省级节能推介目录。', '5个')).toBe('2020');
    expect(period('新增企业总量居全市第一……2021年，全区经济稳中向好。', '第一')).toBe('2021');
    expect(period('全镇共952名公益岗位人员近日领到补贴。', '952名')).toBe('今年');
    // A year later in the clause is a date in passing, not the figure's time.
    expect(period('全镇共952名人员在2019年入职。', '952名')).toBeUndefined();
  });
  it('reads a span’s whole number, never the tail of a longer one', () => {
    expect(period('四十年来，全县累计建成公路860公里。', '860公里', { pageYear: 2022 })).toBe('1982..今年');
    expect(period('十二年来，园区引进企业120家。', '120家', { pageYear: 2022 })).toBe('2010..今年');
    expect(period('近两年，全区新增企业300家。', '300家', { pageYear: 2023 })).toBe('2021..今年');
    expect(period('2016年至2020年间，全县新增企业300家。', '300家', { pageYear: 2023 })).toBe('2020');
    expect(period('“十四五”以来，全区新增企业300家。', '300家', { pageYear: 2023 })).toBe('2021..今年');
  });
  it('reads 年底 and 年内 alone as this year, and a …… lead’s 去年 as last year', () => {
    expect(period('去年年底，全县共有企业300家。', '300家')).toBe('去年');
    expect(period('三年内建成项目30个。', '30个')).toBeUndefined();
    expect(period('年内建成项目30个。', '30个')).toBe('今年');
    expect(period('新增企业总量居全市第一……去年，全区经济稳中向好。', '第一')).toBe('去年');
  });
  it('takes no comparison later in the clause for the figure’s time', () => {
    expect(period('全县规上企业达到120家，比去年增加5家。', '120家')).toBeUndefined();
  });
  it('gives a goal no past date for its period', () => {
    const carried = '2021年，全区经济稳中有进。力争建成千亿产业集群。';
    expect(period(carried, '千亿', { pageYear: 2022, status: 'target' })).toBeUndefined();
    expect(period('到2025年年底，建成千亿产业集群。', '千亿', { pageYear: 2022, status: 'target' })).toBe('2025');
    const text = '2021年11月，总投资463亿元的产业园开工，助力建成千亿产业集群。';
    expect(period(text, '千亿', { pageYear: 2022, status: 'target' })).toBeUndefined();
    expect(period(text, '463亿元', { pageYear: 2022, status: 'actual' })).toBe('2021-11');
  });
});
