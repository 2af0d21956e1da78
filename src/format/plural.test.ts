import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

const indicators = { one: '{n} indicator', other: '{n} indicators' };

describe('plural', () => {
  it('picks the English form by Intl.PluralRules', () => {
    expect(plural(1, 'en', indicators)).toBe('1 indicator');
    expect(plural(0, 'en', indicators)).toBe('0 indicators');
    expect(plural(2, 'en', indicators)).toBe('2 indicators');
    expect(plural(1.5, 'en', { one: '{n} month', other: '{n} months' })).toBe('1.5 months');
  });
  it('writes the number in the language’s style', () => {
    expect(plural(3894, 'en', indicators)).toBe('3,894 indicators');
    expect(plural(3894, 'zh', { other: '{n} 项指标' })).toBe('3894 项指标');
  });
  it('has one form in Chinese', () => {
    expect(plural(1, 'zh', { other: '{n} 项指标' })).toBe('1 项指标');
    expect(plural(1, 'zh', { one: 'never', other: '{n} 项指标' })).toBe('1 项指标');
  });
  it('falls back to other', () => {
    expect(plural(1, 'en', { other: '{n} mu' })).toBe('1 mu');
  });
});
