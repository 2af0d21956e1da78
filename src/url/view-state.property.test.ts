// Properties of the view-state codec (fast-check): parse never throws, whatever
// the query; serialise ∘ parse is stable (a view written and read back is the
// same view, with nothing to report); hostile strings stay inert (only known ids
// and enum values get into the view, and what is written back is URL-encoded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from './view-state.ts';
import { excerpt } from './excerpt.ts';

const vocabulary = {
  regionIds: new Set(['jingmen', 'tongnan', 'anning']),
  sectorIds: new Set(['ecology', 'industry']),
  indicatorById: new Map([['jingmen-auto-output-2021', {}]]),
  measureById: new Map([['auto-industry-output', {}]]),
};
const parse = (params: URLSearchParams) => parseViewState(params, vocabulary);

const PARAMS = ['region', 'sector', 'q', 'lang', 'measure', 'all', 'sort', 'dir', 'indicator'];
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202e\u2066\u0000',
  '$&$1',
  '__proto__',
  'constructor',
  '%',
  '%E0%A4%A',
  ',,,',
  ' ',
  '😀',
  '\ud800',
];
const known = [
  'jingmen',
  'tongnan',
  'anning',
  'ecology',
  'industry',
  'jingmen-auto-output-2021',
  'auto-industry-output',
  'en',
  'zh',
  '1',
  'value',
  'desc',
  'label',
];

const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 150 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...HOSTILE, ...known),
  fc.array(fc.constantFrom(...HOSTILE, ...known), { maxLength: 4 }).map((parts) => parts.join(',')),
);
const pairs = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), value), {
  maxLength: 12,
});
const rawQuery = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  pairs.map((list) => new URLSearchParams(list).toString()),
);

const RUNS = { numRuns: 500, seed: 20261129 };

describe('view-state codec properties', () => {
  it('parse never throws, whatever the query string', () => {
    fc.assert(
      fc.property(rawQuery, (qs) => {
        parse(new URLSearchParams(qs));
      }),
      RUNS,
    );
  });

  it('serialise ∘ parse is stable: the view read back is the same, with no notes, and writes the same string', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const { view } = parse(new URLSearchParams(list));
        const written = serializeViewState(view);
        const again = parse(new URLSearchParams(written));
        expect(again.view).toEqual(view);
        expect(again.notes).toEqual([]);
        expect(serializeViewState(again.view)).toBe(written);
      }),
      RUNS,
    );
  });

  it('hostile strings stay inert: only known ids and enum values enter the view, and what is written is encoded', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const { view, notes } = parse(new URLSearchParams(list));
        expect(view.regions.every((id) => vocabulary.regionIds.has(id))).toBe(true);
        expect(view.sectors.every((id) => vocabulary.sectorIds.has(id))).toBe(true);
        expect(['zh', 'en']).toContain(view.lang);
        expect(['region', 'label', 'value', 'period']).toContain(view.sort);
        expect(['asc', 'desc']).toContain(view.dir);
        expect(view.indicator === '' || vocabulary.indicatorById.has(view.indicator)).toBe(true);
        expect(view.measure === '' || vocabulary.measureById.has(view.measure)).toBe(true);
        expect(Array.from(view.q).length).toBeLessThanOrEqual(100);
        // Nothing that could open markup, a script URL or a new parameter survives unencoded.
        expect(serializeViewState(view)).toMatch(/^[A-Za-z0-9%&=,._*+~-]*$/);
        // What a note echoes is short and holds no control or bidi character.
        for (const note of notes) {
          const shown = excerpt(note.rawValue);
          expect(Array.from(shown).length).toBeLessThanOrEqual(40);
          expect(shown).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069\u200e\u200f]/u);
        }
      }),
      RUNS,
    );
  });
});
