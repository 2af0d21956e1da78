import { describe, expect, it } from 'vitest';
import { excerpt, EXCERPT_MAX } from './excerpt.ts';

describe('excerpt', () => {
  it('keeps a short value as it is', () => {
    expect(excerpt('nope')).toBe('nope');
    expect(excerpt('锂电')).toBe('锂电');
  });

  it('caps a long value with an ellipsis, counting characters, not UTF-16 units', () => {
    const long = 'x'.repeat(10_000);
    expect(excerpt(long)).toBe(`${'x'.repeat(EXCERPT_MAX - 1)}…`);
    expect(Array.from(excerpt('😀'.repeat(100)))).toHaveLength(EXCERPT_MAX);
  });

  it('strips bidi overrides, isolates, marks, zero-width and control characters', () => {
    expect(excerpt('a\u202eevil\u202c\u2066x\u2069\u200f\u200b\u0000\u0007\u009b\ufeffb')).toBe('aevilxb');
    expect(excerpt('a\n\t  b')).toBe('a b');
  });

  it('leaves no lone surrogate behind', () => {
    expect(excerpt('a\ud800b')).toBe('ab');
  });
});
