import { describe, expect, it } from 'vitest';
import { codePointMark, excerpt, EXCERPT_MAX } from './excerpt.ts';

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

  it('writes out every invisible character as its code point: an id with a zero-width space no longer looks valid', () => {
    expect(excerpt('linjiang-credit-rank\u200b')).toBe('linjiang-credit-rank⟨U+200B⟩');
    expect(excerpt('a\u202eevil\u202c')).toBe('a⟨U+202E⟩evil⟨U+202C⟩');
    expect(excerpt('\u2066x\u2069\u200f\ufeff')).toBe('⟨U+2066⟩x⟨U+2069⟩⟨U+200F⟩⟨U+FEFF⟩');
    expect(excerpt('a\u0000\u0007\u009bb')).toBe('a⟨U+0000⟩⟨U+0007⟩⟨U+009B⟩b');
    expect(excerpt('soft\u00adhyphen\ufe0f')).toBe('soft⟨U+00AD⟩hyphen⟨U+FE0F⟩');
    expect(codePointMark('\u{e0001}')).toBe('⟨U+E0001⟩');
  });

  it('leaves no invisible or reordering character in what it returns', () => {
    const hostile = '\u202e\u2066\u200b\u200d\u2028\u0000a\ud800b\u061c\u200e';
    expect(excerpt(hostile)).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
  });

  it('makes a run of ordinary white space one space, and trims it', () => {
    expect(excerpt('  a \u3000\u00a0 b  ')).toBe('a b');
  });

  it('shows a lone surrogate as its mark', () => {
    expect(excerpt('a\ud800b')).toBe('a⟨U+D800⟩b');
  });

  it('never cuts a mark in half, and counts it at its length', () => {
    const value = `${'x'.repeat(EXCERPT_MAX - 5)}\u200byz`;
    expect(excerpt(value)).toBe(`${'x'.repeat(EXCERPT_MAX - 5)}…`);
    expect(Array.from(excerpt('\u200b'.repeat(100))).length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(excerpt('\u200b'.repeat(100))).toMatch(/^(⟨U\+200B⟩)+…$/);
  });
});
