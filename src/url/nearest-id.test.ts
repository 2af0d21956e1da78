import { describe, expect, it } from 'vitest';
import { distance, idKey, nearestId } from './nearest-id.ts';

const REGIONS = ['jingmen', 'tongnan', 'shushan', 'linjiang', 'anning', 'zoucheng'];
const INDICATORS = ['linjiang-credit-rank', 'linjiang-credit-index', 'shushan-gdp-2021', 'shushan-gdp-growth-2021'];

describe('idKey', () => {
  it('keeps letters and digits, lower-cased, whatever the link wrapped them in', () => {
    expect(idKey('../Linjiang/')).toBe('linjiang');
    expect(idKey('%2e%2e%2flinjiang')).toBe('linjiang');
    expect(idKey('linjiang\u200b')).toBe('linjiang');
    expect(idKey('ｌｉｎｊｉａｎｇ')).toBe('linjiang');
    expect(idKey('%E0%A4%A')).toBe('e0a4a');
  });
});

describe('distance', () => {
  it('counts edits, and gives up past a limit', () => {
    expect(distance('linjang', 'linjiang')).toBe(1);
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('kitten', 'sitting', 2)).toBe(Infinity);
    expect(distance('', 'abc')).toBe(3);
  });
});

describe('nearestId', () => {
  it('finds the id behind a typo, a dot segment, an encoded path or an invisible character', () => {
    expect(nearestId('linjang', REGIONS)).toBe('linjiang');
    expect(nearestId('../linjiang', REGIONS)).toBe('linjiang');
    expect(nearestId('%2e%2e%2flinjiang', REGIONS)).toBe('linjiang');
    expect(nearestId('LINJIANG', REGIONS)).toBe('linjiang');
    expect(nearestId('linjiang-credit-rank\u200b', INDICATORS)).toBe('linjiang-credit-rank');
    expect(nearestId('linjiang-credit-rnak', INDICATORS)).toBe('linjiang-credit-rank');
    expect(nearestId('linjiang/extra', REGIONS)).toBe('linjiang');
    expect(nearestId('shushan-gdp-growth', INDICATORS)).toBe('shushan-gdp-growth-2021');
  });

  it('suggests nothing for a link with nothing near', () => {
    expect(nearestId('..', REGIONS)).toBeUndefined();
    expect(nearestId('%2e%2e', REGIONS)).toBeUndefined();
    expect(nearestId('', REGIONS)).toBeUndefined();
    expect(nearestId('beijing', REGIONS)).toBeUndefined();
    expect(nearestId('x'.repeat(5000), INDICATORS)).toBeUndefined();
  });

  it('is bounded for a long crafted id against many ids', () => {
    const many = Array.from({ length: 5000 }, (_, n) => `place-${n}-indicator-${n * 7}`);
    const started = performance.now();
    expect(nearestId('q'.repeat(2000), many)).toBeUndefined();
    expect(nearestId('place-4321-indicator-30247', many)).toBe('place-4321-indicator-30247');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
