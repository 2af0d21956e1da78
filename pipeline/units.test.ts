import { describe, expect, it } from 'vitest';
import { UNIT_FAMILIES } from '../src/domain/constants.ts';
import { dataset } from '../src/testing/dataset.ts';
import { baseUnits, knownUnit, normalize } from './units.ts';

describe('normalize', () => {
  it('turns printed money units into yuan without binary noise', () => {
    expect(normalize(317.7, '亿元', false)).toEqual({ value: 31770000000, unit: 'CNY', family: 'currency' });
    expect(normalize(4000, '万元', false)).toEqual({ value: 40000000, unit: 'CNY', family: 'currency' });
  });
  it('keeps US dollars as dollars, a family of their own: never read as yuan', () => {
    expect(normalize(1.2, '亿美元', false)).toEqual({ value: 120000000, unit: 'USD', family: 'currency-usd' });
    expect(normalize(3500, '万美元', false)).toEqual({ value: 35000000, unit: 'USD', family: 'currency-usd' });
  });
  it('keeps percentages as percentages', () => {
    expect(normalize(6.8, '%', false)).toEqual({ value: 6.8, unit: '%', family: 'percent' });
  });
  it('puts ranks in their own family whatever their counter', () => {
    expect(normalize(4, '家', true)).toEqual({ value: 4, unit: 'rank', family: 'rank' });
  });
  it('scales 万 units, and 亩 into km² by the exact 1/1500', () => {
    expect(normalize(2.8, '万亩', false)).toEqual({ value: 18.6666666667, unit: 'km²', family: 'area' });
    expect(normalize(1500, '亩', false)).toEqual({ value: 1, unit: 'km²', family: 'area' });
    expect(normalize(15, '万亩', false)).toEqual({ value: 100, unit: 'km²', family: 'area' });
    expect(normalize(14.4, '平方公里', false)).toEqual({ value: 14.4, unit: 'km²', family: 'area' });
    expect(normalize(40, '万人次', false)).toEqual({ value: 400000, unit: 'person-times', family: 'person-times' });
  });
  it('counts calendar time in months and keeps clock time apart', () => {
    expect(normalize(5, '年', false)).toEqual({ value: 60, unit: 'month', family: 'duration' });
    expect(normalize(8, '个月', false)).toEqual({ value: 8, unit: 'month', family: 'duration' });
    expect(normalize(1, '小时', false)).toEqual({ value: 1, unit: 'h', family: 'clock-time' });
  });
  it('gives each family one base unit', () => {
    const bases = baseUnits();
    for (const family of UNIT_FAMILIES.filter((f) => f !== 'rank')) expect(bases[family], family).toHaveLength(1);
  });
  it('gives every committed indicator the normalised value it carries', () => {
    for (const i of dataset.indicators)
      expect(normalize(i.value, i.unit, i.status === 'rank'), i.id).toEqual(i.normalized);
  });
  it('refuses a unit it does not know', () => {
    expect(() => normalize(1, '斤', false)).toThrow(/unknown unit/);
    // 岁 is read after a number so the annotations can ignore it, never normalised.
    expect(() => normalize(36, '岁', false)).toThrow(/unknown unit/);
    expect(knownUnit('岁')).toBe(false);
    expect(knownUnit('万亩')).toBe(true);
  });
});

describe('US dollars in the text', () => {
  it('are read with their unit, never as 亿 of yuan', async () => {
    const { findMentions } = await import('./numbers.ts');
    const [fdi] = findMentions('全年实际使用外资1.2亿美元，同比增长8%。');
    expect(fdi).toMatchObject({ value: 1.2, unit: '亿美元' });
  });
});
