import { describe, expect, it } from 'vitest';
import { UNITS } from '../src/domain/units.ts';
import { chineseNumeral, findMentions } from './numbers.ts';
import { dropSpacesAroundCjk } from './text.ts';

const only = (text: string) => {
  const found = findMentions(text);
  expect(found).toHaveLength(1);
  const { value, unit, approx, rank, text: printed } = found[0]!;
  return { value, unit, approx, rank, printed };
};

describe('findMentions on real fragments', () => {
  it.each([
    ['规划建设了14.4平方公里的', { value: 14.4, unit: '平方公里', approx: 'exact', printed: '14.4平方公里' }],
    ['产业产值317.7亿元，同', { value: 317.7, unit: '亿元', approx: 'exact' }],
    ['同比增长59.2%的成绩', { value: 59.2, unit: '%', approx: 'exact' }],
    ['已收到放款超4000万元。', { value: 4000, unit: '万元', approx: 'over', printed: '超4000万元' }],
    ['意向金额近亿元，', { value: 1, unit: '亿元', approx: 'under', printed: '近亿元' }],
    ['产值超千亿的汽车', { value: 1000, unit: '亿', approx: 'over', printed: '超千亿' }],
    ['有望突破千亿元大关', { value: 1000, unit: '亿元', approx: 'over' }],
    ['并已形成9万吨产能', { value: 9, unit: '万吨', approx: 'exact' }],
    ['全市98%以上企业', { value: 98, unit: '%', approx: 'over', printed: '98%以上' }],
    ['累计发送乘客40余万人次。', { value: 40, unit: '万人次', approx: 'over', printed: '40余万人次' }],
    ['在全国中排名第4位。', { value: 4, unit: '位', rank: true, printed: '第4位' }],
    ['隔膜全球第一的恩捷', { value: 1, unit: '', rank: true, printed: '第一' }],
    ['全球200多家知名整车厂', { value: 200, unit: '家', approx: 'over' }],
    ['人均月收入830元以上。', { value: 830, unit: '元', approx: 'over' }],
    ['近 200 亿元'.replace(/ /g, ''), { value: 200, unit: '亿元', approx: 'under' }],
    ['三大医疗绿色通道', { value: 3, unit: '大', approx: 'exact' }],
    ['城市信用综合指数88.68，', { value: 88.68, unit: '', approx: 'exact' }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('reads fragments as the OCR prints them, spaces and all, once the page is joined', () => {
    expect(
      findMentions(dropSpacesAroundCjk('规划建设了 14.4 平方公里的')).map((m) => [m.value, m.unit, m.text]),
    ).toEqual([[14.4, '平方公里', '14.4平方公里']]);
    expect(findMentions(dropSpacesAroundCjk('去年产值近 200 亿元')).map((m) => [m.value, m.unit, m.approx])).toEqual([
      [200, '亿元', 'under'],
    ]);
    expect(findMentions(dropSpacesAroundCjk('在 3 月中旬到岗'))).toEqual([]);
  });

  it('reads a bare 千亿 as 1000 亿', () => {
    expect(only('建成千亿产业集群')).toMatchObject({ value: 1000, unit: '亿', approx: 'exact', printed: '千亿' });
  });

  it('reads a range as its two ends', () => {
    const found = findMentions('投资占全国比重由2019年的0.3%增至2021年的6.8%');
    expect(found.map((m) => [m.value, m.unit])).toEqual([
      [0.3, '%'],
      [6.8, '%'],
    ]);
  });

  it('treats II类 as a class, not a number', () => {
    expect(findMentions('涪江遂潼水质保持段保持II类水质。')).toEqual([]);
  });

  it('skips calendar dates but keeps durations', () => {
    expect(findMentions('2020年7月，2021年11月，4月14日，5月起')).toEqual([]);
    expect(only('从项目规划到投产仅用8个月')).toMatchObject({ value: 8, unit: '个月' });
  });

  it('skips numbers that are part of a name', () => {
    expect(findMentions('长三角G60科创走廊，打造1+N思政教育实践体系')).toEqual([]);
  });

  it('does not read the 亿 of a company name', () => {
    expect(findMentions('湖北亿纬动力有限公司')).toEqual([]);
  });

  it('reports the span of each mention in the text', () => {
    const text = '实现贷款4.58亿元。';
    const [m] = findMentions(text);
    expect(text.slice(m!.start, m!.end)).toBe('4.58亿元');
  });
});

describe('units from the one unit table (src/domain/units.ts)', () => {
  it('reads every unit of the table after an Arabic number, the longest that fits', () => {
    for (const unit of Object.keys(UNITS).filter((u) => u !== '')) {
      expect(only(`共7${unit}，`), unit).toMatchObject({ value: 7, unit });
    }
    expect(only('40万人次')).toMatchObject({ unit: '万人次' });
    expect(only('8个月')).toMatchObject({ unit: '个月' });
    // Not 亿 (yuan) or 万 (a count) followed by words: electricity and capacity as reports print them.
    expect(only('全年发电量12.5亿千瓦时，')).toMatchObject({ value: 12.5, unit: '亿千瓦时' });
    expect(only('装机容量突破120万千瓦')).toMatchObject({ value: 120, unit: '万千瓦', approx: 'over' });
  });
  it('reads an age, so the annotations can ignore it', () => {
    expect(only('今年36岁')).toMatchObject({ value: 36, unit: '岁' });
  });
  it('reads a Chinese numeral only before a counter', () => {
    expect(only('三级服务网络')).toMatchObject({ value: 3, unit: '级' });
    expect(only('一个月')).toMatchObject({ value: 1, unit: '个月' });
    expect(findMentions('三元锂电池')).toEqual([]);
  });
});

describe('ranks and changes of rank', () => {
  it('reads 第一 in any ranking context, and where it ends a clause', () => {
    expect(only('济宁争第一。')).toMatchObject({ value: 1, rank: true });
    expect(only('经济总量稳居第二，')).toMatchObject({ value: 2, rank: true });
    expect(only('排名第三位')).toMatchObject({ value: 3, unit: '位', rank: true });
  });
  it('never reads an ordinal that names something as a rank', () => {
    expect(findMentions('第一批项目')).toEqual([]);
    expect(findMentions('第一时间赶到')).toEqual([]);
    expect(findMentions('第八、九、十工厂')).toEqual([]);
  });
  it('reads 个百分点 as points of a percentage, never as a count of 个', () => {
    expect(only('占比提高1.6个百分点')).toMatchObject({ value: 1.6, unit: '个百分点' });
  });
  it('reads 位次 as the unit of a change of rank', () => {
    expect(only('前进7个位次')).toMatchObject({ value: 7, unit: '个位次', rank: false });
    expect(only('排名前移三个位次')).toMatchObject({ value: 3, unit: '个位次', rank: false });
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['十三', 13],
    ['二十', 20],
    ['两', 2],
    ['百', 100],
    ['五', 5],
  ])('%s → %d', (text, n) => {
    expect(chineseNumeral(text)).toBe(n);
  });
  it('refuses text that is not a numeral', () => {
    expect(chineseNumeral('十四五x')).toBeUndefined();
  });
});
