import { describe, expect, it } from 'vitest';
import { dataset, indicator } from '../testing/dataset.ts';
import { toBase, unitSpec } from '../domain/units.ts';
import { formatNumber, formatOrdinal, formatQuantity, formatValue, NBSP, THIN } from './number.ts';

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
/** The thin and no-break spaces read as spaces, for legible expectations. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const en = (id: string) => plain(formatValue(indicator(id), 'en'));
const zh = (id: string) => formatValue(indicator(id), 'zh');

describe('formatValue over every indicator of the dataset', () => {
  it.each(dataset.indicators.map((i) => [i.id, i] as const))('%s', (_id, i) => {
    const english = formatValue(i, 'en');
    expect(english).not.toMatch(CJK);
    expect(english).not.toMatch(/×100m|×10k|×\s*10/);
    expect(english).not.toMatch(/^\s|\s$|\s{2}/);
    expect(english).toMatch(/\d/);
    const chinese = formatValue(i, 'zh');
    // The printed number and unit, close up as the page prints them (亿 is written 亿元).
    expect(chinese).toContain(`${i.value}${i.unit}`);
    expect(chinese).not.toMatch(/\s/);
  });
});

describe('formatValue: Chinese as printed', () => {
  it('writes value and unit close up', () => {
    expect(zh('jingmen-auto-output-2021')).toBe('317.7亿元');
    expect(zh('jingmen-gem-capacity')).toBe('9万吨');
    expect(zh('jingmen-auto-output-growth-2021')).toBe('59.2%');
    expect(zh('zoucheng-posts-total')).toBe('3894名');
    expect(zh('jingmen-nev-park-area')).toBe('14.4平方公里');
  });
  it('writes the qualifier as the text does', () => {
    expect(zh('shushan-gdp-2021')).toBe('超过1000亿元');
    expect(zh('jingmen-gem-output')).toBe('近200亿元');
    expect(zh('zoucheng-epidemic-post-staff')).toBe('近600名');
    expect(zh('shushan-market-entities-2021')).toBe('超过20万户');
  });
  it('writes a bare 亿 as 亿元', () => {
    expect(zh('jingmen-auto-chain-output')).toBe('超过1000亿元');
    expect(zh('jingmen-eve-scale')).toBe('100亿元');
  });
  it('writes ranks as ordinals, and 强 as a band', () => {
    expect(zh('linjiang-credit-rank')).toBe('第4位');
    expect(zh('jingmen-eve-bmw-supplier-rank')).toBe('第4家');
    expect(zh('jingmen-semcorp-rank')).toBe('第1');
    expect(zh('shushan-investor-favourite-rank')).toBe('前20强');
  });
});

describe('formatValue: English as English readers write it', () => {
  it('writes yuan in billions and millions', () => {
    expect(en('jingmen-auto-output-2021')).toBe('¥31.77 bn');
    expect(en('jingmen-cluster-target')).toBe('¥100 bn');
    expect(en('shushan-gdp-2021')).toBe('over ¥100 bn');
    expect(en('jingmen-auto-chain-output')).toBe('over ¥100 bn');
    expect(en('linjiang-xinyidai-loans')).toBe('¥458 m');
    expect(en('shushan-huangudai-intended')).toBe('nearly ¥100 m');
    expect(en('zoucheng-accident-insurance')).toBe('¥180,000');
    expect(en('zoucheng-monthly-pay')).toBe('over ¥1,100');
  });
  it('writes 万 out as a number', () => {
    expect(en('jingmen-gem-capacity')).toBe('90,000 t');
    expect(en('shushan-market-entities-2021')).toBe('over 200,000');
    expect(en('tongnan-cross-border-passengers')).toBe('over 400,000');
    expect(en('tongnan-shuangjiang-concrete')).toBe('160,000 m³');
  });
  it('names people and firms, and leaves other counters to the label', () => {
    expect(en('zoucheng-posts-total')).toBe('3,894 people');
    expect(en('zoucheng-epidemic-post-staff')).toBe('nearly 600 people');
    expect(en('jingmen-gem-recycling-partners')).toBe('over 200 firms');
    expect(en('jingmen-eve-plants-now')).toBe('11');
    expect(en('tongnan-transport-projects')).toBe('over 20');
  });
  it('writes SI units, percentages and an index', () => {
    expect(en('jingmen-nev-park-area')).toBe('14.4 km²');
    expect(en('jingmen-eve-plant8-capacity')).toBe('8 GWh');
    expect(en('tongnan-shuangjiang-elevation')).toBe('235 m');
    expect(en('jingmen-auto-output-growth-2021')).toBe('59.2%');
    expect(en('linjiang-xinyidai-coverage')).toBe('over 98%');
    expect(en('linjiang-credit-index')).toBe('88.68');
  });
  it('keeps the printed mu and gives km² beside it', () => {
    expect(en('jingmen-land-delivered')).toBe('2,000 mu (1.33 km²)');
    expect(en('tongnan-forestry-bases')).toBe('28,000 mu (18.7 km²)');
    expect(en('tongnan-forest-gain')).toBe('over 170,000 mu (113 km²)');
  });
  it('writes durations in words, singular and plural', () => {
    expect(en('jingmen-land-delivery-months')).toBe('1 month');
    expect(en('jingmen-eve-plant10-build-months')).toBe('8 months');
    expect(en('shushan-investment-top-years')).toBe('5 years');
    expect(en('tongnan-core-commute-hours')).toBe('1 hour');
  });
  it('writes ranks as ordinals, and 强 as "top"', () => {
    expect(en('linjiang-credit-rank')).toBe('4th');
    expect(en('jingmen-eve-storage-rank-2021')).toBe('2nd');
    expect(en('jingmen-semcorp-rank')).toBe('1st');
    expect(en('shushan-investor-favourite-rank')).toBe('top 20');
  });
  it('keeps a number and its unit on one line', () => {
    expect(formatValue(indicator('jingmen-auto-output-2021'), 'en')).toBe(`¥31.77${THIN}bn`);
    expect(formatValue(indicator('jingmen-gem-capacity'), 'en')).toBe(`90,000${THIN}t`);
    expect(formatValue(indicator('zoucheng-posts-total'), 'en')).toBe(`3,894${NBSP}people`);
  });
  it('writes a unit the table does not know from its normalised form, without Chinese', () => {
    const odd = {
      value: 5,
      unit: '斤',
      approx: 'about' as const,
      normalized: { value: 2500, unit: 'g', family: 'mass' as const },
    };
    expect(plain(formatValue(odd, 'en'))).toBe('about 2,500 g');
    expect(formatValue(odd, 'zh')).toBe('约5斤');
  });
});

describe('formatOrdinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
  ])('%i → %s', (n, text) => {
    expect(formatOrdinal(n, 'en')).toBe(text);
  });
  it('writes 第 in Chinese', () => expect(formatOrdinal(4, 'zh')).toBe('第4'));
});

describe('formatNumber', () => {
  it('groups digits in English, and never in Chinese (pages print them close up)', () => {
    expect(formatNumber(3894, 'en')).toBe('3,894');
    expect(formatNumber(45564, 'en')).toBe('45,564');
    expect(formatNumber(3894, 'zh')).toBe('3894');
    expect(formatNumber(45564, 'zh')).toBe('45564');
    expect(formatNumber(31770000000, 'zh')).toBe('31770000000');
    expect(formatNumber(18.6666666667, 'en')).toBe('18.67');
    expect(formatNumber(18.6666666667, 'zh')).toBe('18.67');
  });
  it('writes a rank of five digits as printed in Chinese, grouped in English', () => {
    expect(formatOrdinal(12345, 'zh')).toBe('第12345');
    expect(formatOrdinal(12345, 'en')).toBe('12,345th');
  });
});

describe('formatValue: no separator the page did not print', () => {
  /** A figure as a page prints it, with its normalised value from the unit table. */
  const printed = (value: number, unit: string, approx: 'exact' | 'over' = 'exact') => {
    const spec = unitSpec(unit)!;
    return { value, unit, approx, normalized: { value: toBase(value, spec), unit: spec.base, family: spec.family } };
  };
  it.each<[number, string, string, string]>([
    [45564, '元', '45564元', '¥45,564'],
    [27498, '元', '27498元', '¥27,498'],
    [1259.88, '亿元', '1259.88亿元', '¥125.988 bn'],
    [12345, '名', '12345名', '12,345 people'],
    [28000, '亩', '28000亩', '28,000 mu (18.7 km²)'],
    [100000, '人次', '100000人次', '100,000'],
  ])('%d %s: Chinese %s, English %s', (value, unit, zhText, enText) => {
    expect(formatValue(printed(value, unit), 'zh')).toBe(zhText);
    expect(plain(formatValue(printed(value, unit), 'en'))).toBe(enText);
  });
  it('keeps a qualifier close up to the digits in Chinese', () => {
    expect(formatValue(printed(45564, '元', 'over'), 'zh')).toBe('超过45564元');
    expect(plain(formatValue(printed(45564, '元', 'over'), 'en'))).toBe('over ¥45,564');
  });
});

describe('formatValue for units no committed figure prints yet', () => {
  const figure = (
    value: number,
    unit: string,
    normalized: { value: number; unit: string; family: 'energy' | 'power' | 'count' | 'currency-usd' },
  ) => ({ value, unit, approx: 'exact' as const, normalized });
  it('keeps electricity and capacity as printed in Chinese, in SI units in English', () => {
    const generation = figure(12.5, '亿千瓦时', { value: 1.25e12, unit: 'Wh', family: 'energy' });
    expect([formatValue(generation, 'zh'), plain(formatValue(generation, 'en'))]).toEqual(['12.5亿千瓦时', '1.25 TWh']);
    const capacity = figure(120, '万千瓦', { value: 1.2e9, unit: 'W', family: 'power' });
    expect([formatValue(capacity, 'zh'), plain(formatValue(capacity, 'en'))]).toEqual(['120万千瓦', '1.2 GW']);
  });
  it('counts the places a ranking moved, never as a rank', () => {
    const moved = figure(7, '个位次', { value: 7, unit: 'count', family: 'count' });
    expect([formatValue(moved, 'zh'), plain(formatValue(moved, 'en'))]).toEqual(['7个位次', '7 places']);
    expect(plain(formatValue(figure(1, '位次', { value: 1, unit: 'count', family: 'count' }), 'en'))).toBe('1 place');
    const fdi = figure(1.2, '亿美元', { value: 120000000, unit: 'USD', family: 'currency-usd' });
    expect([formatValue(fdi, 'zh'), plain(formatValue(fdi, 'en'))]).toEqual(['1.2亿美元', 'US$120 m']);
  });
});

describe('formatQuantity: axis ticks in a base unit', () => {
  const q = (value: number, unit: string) => [
    formatQuantity(value, unit, 'zh'),
    plain(formatQuantity(value, unit, 'en')),
  ];
  it('writes money compactly', () => {
    expect(q(31770000000, 'CNY')).toEqual(['317.7亿元', '¥31.8 bn']);
    expect(q(40000000, 'CNY')).toEqual(['4000万元', '¥40 m']);
    expect(q(180000, 'CNY')).toEqual(['18万元', '¥180k']);
    expect(q(1200, 'CNY')).toEqual(['1200元', '¥1,200']);
    expect(q(0, 'CNY')).toEqual(['0元', '¥0']);
  });
  it('writes US dollars as dollars, never as yuan', () => {
    expect(q(120000000, 'USD')).toEqual(['1.2亿美元', 'US$120 m']);
    expect(q(35000000, 'USD')).toEqual(['3500万美元', 'US$35 m']);
  });
  it('writes counts with 万 and k', () => {
    expect(q(50000, 'count')).toEqual(['5万', '50k']);
    expect(q(3894, 'count')).toEqual(['3894', '3,894']);
    expect(q(400000, 'person-times')).toEqual(['40万人次', '400k']);
  });
  it('writes physical units', () => {
    expect(q(14.4, 'km²')).toEqual(['14.4平方公里', '14.4 km²']);
    expect(q(113.333333333, 'km²')).toEqual(['113.3平方公里', '113 km²']);
    expect(q(90000, 't')).toEqual(['9万吨', '90k t']);
    expect(q(2500000, 't')).toEqual(['250万吨', '2.5 million t']);
    expect(q(160000, 'm³')).toEqual(['16万立方米', '160k m³']);
    expect(q(235, 'm')).toEqual(['235米', '235 m']);
    expect(q(8e9, 'Wh')).toEqual(['8吉瓦时', '8 GWh']);
    expect(q(1.25e12, 'Wh')).toEqual(['1.25太瓦时', '1.25 TWh']);
    expect(q(1.2e9, 'W')).toEqual(['1.2吉瓦', '1.2 GW']);
  });
  it('writes time, shares, indices and ranks', () => {
    expect(q(60, 'month')).toEqual(['60个月', '60 months']);
    expect(q(1, 'month')).toEqual(['1个月', '1 month']);
    expect(q(1, 'h')).toEqual(['1小时', '1 hour']);
    expect(q(59.2, '%')).toEqual(['59.2%', '59.2%']);
    expect(q(88.68, 'index')).toEqual(['88.68', '88.7']);
    expect(q(4, 'rank')).toEqual(['第4', '4th']);
  });
  it('writes Chinese ticks close up, however large (English groups them)', () => {
    expect(q(1.235e17, 'CNY')).toEqual(['123500万亿元', '¥123,500,000 bn']);
    expect(q(12345e9, 'Wh')).toEqual(['12.3太瓦时', '12.3 TWh']);
    expect(q(12345e12, 'Wh')).toEqual(['12345太瓦时', '12,345 TWh']);
  });
  it('writes a unit it does not know as given', () => {
    expect(q(2500, 'g')).toEqual(['2500g', '2,500 g']);
    expect(q(3, 'toString')).toEqual(['3toString', '3 toString']);
  });
  it('writes every normalised value of the dataset without Chinese in English', () => {
    for (const i of dataset.indicators) {
      const english = formatQuantity(i.normalized.value, i.normalized.unit, 'en');
      expect(english, i.id).not.toMatch(CJK);
      expect(english, i.id).not.toMatch(/×|CNY|count|person-times/);
      expect(formatQuantity(i.normalized.value, i.normalized.unit, 'zh'), i.id).not.toMatch(
        /CNY|count|person-times|km²/,
      );
    }
  });
});
