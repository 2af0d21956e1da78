import { describe, expect, it } from 'vitest';
import { filterIndicators } from './selectors.ts';
import { comparisonBars, comparisons } from './comparisons.ts';
import { index, indexOf, placesWithoutFigures } from '../testing/dataset.ts';

const all = filterIndicators(index, { regions: [], sectors: [], q: '' });

describe('comparisons', () => {
  it('offers only groups of one measure (or declared-comparable measures) with two or more figures in one unit', () => {
    const offered = comparisons(index, all);
    expect(offered.length).toBeGreaterThan(0);
    for (const c of offered) {
      expect(c.figures.length, c.id).toBeGreaterThanOrEqual(2);
      expect(new Set(c.figures.map((i) => i.normalized.unit)).size, c.id).toBe(1);
      const ids = new Set(c.measures.map((m) => m.id));
      for (const i of c.figures) expect(ids.has(i.measureId), `${c.id}: ${i.id}`).toBe(true);
      // Declared comparability is the only way two measures meet.
      for (const m of c.measures.slice(1)) expect(c.measures.some((o) => o.comparable.includes(m.id) || m.comparable.includes(o.id))).toBe(true);
    }
  });

  it('never puts a context figure on a bar', () => {
    for (const c of comparisons(index, all)) for (const i of c.figures) expect(i.subject, i.id).not.toBe('context');
  });

  it('compares the auto industry output with the lithium industry output it was declared comparable with', () => {
    const auto = comparisons(index, all).find((c) => c.measures.some((m) => m.id === 'auto-industry-output'))!;
    expect(auto.measures.map((m) => m.id).sort()).toEqual(['auto-industry-output', 'lithium-industry-output']);
    expect(auto.figures.map((i) => i.id)).toContain('jingmen-auto-output-2021');
  });

  it('says figures were converted only when their printed units differ in size', () => {
    const offered = comparisons(index, all);
    expect(offered.find((c) => c.id === 'welfare-post-holders')?.converted).toBe(false);
    const money = offered.find((c) => c.id === 'programme-financing-to-firms')!;
    expect(money.converted).toBe(new Set(money.figures.map((i) => i.unit)).size > 1);
  });

  it.each(placesWithoutFigures().map((p) => [p.name, p] as const))('offers nothing when the filters leave no two comparable figures: a place without figures (%s)', (_name, { regionId, dataset }) => {
    const quiet = indexOf(dataset);
    expect(comparisons(quiet, filterIndicators(quiet, { regions: [], sectors: [], q: '' })).length).toBeGreaterThan(0);
    expect(comparisons(quiet, filterIndicators(quiet, { regions: [regionId], sectors: [], q: '' }))).toEqual([]);
  });

  it('draws the largest first (for ranks, the best: the smallest number), the top 12 unless all are asked for', () => {
    for (const c of comparisons(index, all)) {
      const { rows, total } = comparisonBars(c, true);
      expect(total).toBe(c.figures.length);
      const better = c.measures[0]!.dimension === 'rank' ? -1 : 1;
      for (let n = 1; n < rows.length; n++) expect(better * (rows[n - 1]!.normalized.value - rows[n]!.normalized.value), c.id).toBeGreaterThanOrEqual(0);
      expect(comparisonBars(c, false).rows).toEqual(rows.slice(0, 12));
    }
  });
});
