import { describe, expect, it } from 'vitest';
import { pageSpan } from './page-span.ts';

const source = (year: number, inferred = true) => ({ date: { year, inferred, basis: '' } });

describe('pageSpan', () => {
  it('names the one year of one page, and the span of many', () => {
    expect(pageSpan([source(2022)])).toEqual({ pages: 1, years: '2022', inferred: true });
    expect(pageSpan([source(2023, false), source(2022, false), source(2023, false)])).toEqual({ pages: 3, years: '2022–2023', inferred: false });
    expect(pageSpan([])).toBeUndefined();
  });
});
