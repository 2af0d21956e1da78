import { describe, expect, it } from 'vitest';
import { formatValue } from './number.ts';

const indicator = (value: number, unit: string, approx: 'exact' | 'over' | 'about' | 'under' = 'exact', family = 'currency') =>
  ({ value, unit, approx, normalized: { value, unit: '', family } }) as Parameters<typeof formatValue>[0];

describe('formatValue', () => {
  it('writes value, unit and qualifier as printed in Chinese', () => {
    expect(formatValue(indicator(500, '亿元', 'over'), 'zh')).toBe('超过 500 亿元');
    expect(formatValue(indicator(59.2, '%', 'exact', 'percent'), 'zh')).toBe('59.2%');
    expect(formatValue(indicator(3894, '名', 'exact', 'count'), 'zh')).toBe('3,894 名');
  });
  it('glosses units in English and drops counters', () => {
    expect(formatValue(indicator(317.7, '亿元'), 'en')).toBe('317.7 ×100m yuan');
    expect(formatValue(indicator(600, '名', 'under', 'count'), 'en')).toBe('nearly 600');
  });
  it('writes ranks as ordinals, and 强 as a band', () => {
    expect(formatValue(indicator(4, '位', 'exact', 'rank'), 'zh')).toBe('第4位');
    expect(formatValue(indicator(4, '位', 'exact', 'rank'), 'en')).toBe('#4');
    expect(formatValue(indicator(20, '强', 'exact', 'rank'), 'zh')).toBe('前20强');
  });
});
