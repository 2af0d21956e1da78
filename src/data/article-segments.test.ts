import { describe, expect, it } from 'vitest';
import { articleSegments, quoteSpan } from './article-segments.ts';

describe('articleSegments', () => {
  const text = '甲。实现产值317.7亿元，增长59.2%。乙。';
  const mentions = [{ start: 6, end: 13, id: 'a' }, { start: 16, end: 21, id: 'b' }];

  it('cuts the text at every mention and keeps it whole', () => {
    const segments = articleSegments(text, mentions);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.indicatorId).map((s) => [s.text, s.indicatorId])).toEqual([['317.7亿元', 'a'], ['59.2%', 'b']]);
  });

  it('marks the quoted sentence, numbers inside it included', () => {
    const quote = quoteSpan(text, '实现产值317.7亿元，增长59.2%。', { start: 6, end: 13 })!;
    const inQuote = articleSegments(text, mentions, quote).filter((s) => s.inQuote).map((s) => s.text).join('');
    expect(inQuote).toBe('实现产值317.7亿元，增长59.2%。');
  });

  it('finds the occurrence of a repeated sentence that holds the number', () => {
    expect(quoteSpan('好。好。', '好。', { start: 2, end: 3 })).toEqual({ start: 2, end: 4 });
  });
});
