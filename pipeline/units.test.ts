import { describe, expect, it } from 'vitest';
import { normalize } from './units.ts';

describe('normalize', () => {
  it('turns printed money units into yuan without binary noise', () => {
    expect(normalize(317.7, '亿元', false)).toEqual({ value: 31770000000, unit: 'CNY', family: 'currency' });
    expect(normalize(4000, '万元', false)).toEqual({ value: 40000000, unit: 'CNY', family: 'currency' });
  });
  it('keeps percentages as percentages', () => {
    expect(normalize(6.8, '%', false)).toEqual({ value: 6.8, unit: '%', family: 'percent' });
  });
  it('puts ranks in their own family whatever their counter', () => {
    expect(normalize(4, '家', true)).toEqual({ value: 4, unit: 'rank', family: 'rank' });
  });
  it('scales 万 units', () => {
    expect(normalize(2.8, '万亩', false)).toEqual({ value: 28000, unit: 'mu', family: 'area' });
    expect(normalize(40, '万人次', false)).toEqual({ value: 400000, unit: 'person-times', family: 'person-times' });
  });
  it('refuses a unit it does not know', () => {
    expect(() => normalize(1, '斤', false)).toThrow(/unknown unit/);
  });
});
