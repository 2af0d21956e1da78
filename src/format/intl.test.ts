import { describe, expect, it } from 'vitest';
import { numberFormat, pluralRules } from './intl.ts';

describe('cached Intl objects', () => {
  it('makes one formatter per option set and language', () => {
    expect(numberFormat('en', { maximumFractionDigits: 2 })).toBe(numberFormat('en', { maximumFractionDigits: 2 }));
    expect(numberFormat('en', { maximumFractionDigits: 2 })).not.toBe(numberFormat('zh', { maximumFractionDigits: 2 }));
    expect(numberFormat('en', { maximumFractionDigits: 2 })).not.toBe(numberFormat('en', { maximumFractionDigits: 3 }));
    expect(pluralRules('en', 'ordinal')).toBe(pluralRules('en', 'ordinal'));
    expect(pluralRules('en', 'ordinal')).not.toBe(pluralRules('en'));
  });
});
