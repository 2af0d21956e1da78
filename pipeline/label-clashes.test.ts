// Within one place no two figures share a Chinese or an English label, unless
// they are one measure at two periods: reported once per group of figures
// sharing a label, never once per pair.
import { describe, expect, it, vi } from 'vitest';
import type { Indicator } from '../src/domain/schema.ts';
import { checkLabels } from './checks.ts';
import { main } from './cli.ts';
import { SMALL_INDICATORS, smallAnnotation, smallData } from './testing/small-data.ts';

/** Only what checkLabels reads of an indicator. */
const figure = (id: string, zh: string, en: string, measureId: string, period?: string, regionId = 'yidu') =>
  ({
    id,
    regionId,
    label: { zh, en },
    measureId,
    ...(period ? { period: { label: period } } : {}),
  }) as unknown as Indicator;
const locate = (id: string) => ({ file: 'notes.yaml', id });

describe('label clashes', () => {
  it('a group of figures sharing one placeholder label is one problem naming each of them', () => {
    const many = Array.from({ length: 30 }, (_, n) =>
      figure(`yidu-${String(n + 1).padStart(2, '0')}`, `标签${n}`, 'TODO', `m${n}`),
    );
    const problems = checkLabels(many, locate);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toMatchObject({ id: 'yidu-01', key: 'label' });
    expect(problems[0]!.message).toMatch(
      /30 figures share en "TODO": yidu-01 … yidu-30; found Chinese labels that differ/,
    );
  });

  it('figures sharing both labels are one problem, not one per language', () => {
    const problems = checkLabels(
      [
        figure('a', '产值', 'Output', 'x', '2021'),
        figure('b', '产值', 'Output', 'y', '2021'),
        figure('c', '产值', 'Output', 'z', '2022'),
      ],
      locate,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /3 figures share "产值" \/ "Output": a, b, c; found different measures \(x, y, z\)/,
    );
  });

  it('one measure at two periods may share its label; at one period it may not', () => {
    expect(
      checkLabels([figure('a', '产值', 'Output', 'x', '2021'), figure('b', '产值', 'Output', 'x', '2022')], locate),
    ).toEqual([]);
    const same = checkLabels(
      [
        figure('a', '产值', 'Output', 'x', '2021'),
        figure('b', '产值', 'Output', 'x', '2022'),
        figure('c', '产值', 'Output', 'x', '2022'),
      ],
      locate,
    );
    expect(same).toHaveLength(1);
    // a clashes with nobody (its period is its own), so the group is b and c.
    expect(same[0]!.message).toMatch(/2 figures share "产值" \/ "Output": b, c; found the same period \(2022\)/);
  });

  it('groups each shared label of each place on its own', () => {
    const problems = checkLabels(
      [
        figure('a', '产值', 'Output', 'x'),
        figure('b', '产值', 'Value added', 'y'),
        figure('c', '投资', 'Investment', 'p'),
        figure('d', '投资额', 'Investment', 'q'),
        figure('e', '产值', 'Output', 'x', undefined, 'other'),
      ],
      locate,
    );
    expect(problems.map((p) => p.message.replace(/^.*share /, ''))).toEqual([
      'zh "产值": a, b; found English labels that differ ("Output" vs "Value added") yet the other language\'s the same',
      'en "Investment": c, d; found Chinese labels that differ ("投资" vs "投资额") yet the other language\'s the same',
    ]);
  });

  it('a build whose English labels are all one placeholder reports one clash for the place', () => {
    const data = smallData({ annotation: smallAnnotation(SMALL_INDICATORS.map((i) => ({ ...i, en: 'TODO' }))) });
    const err: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    try {
      expect(main([data.dir])).toBe(1);
    } finally {
      vi.restoreAllMocks();
    }
    expect(err.join('\n')).toMatch(
      new RegExp(
        `^data: \\S*2023-page-09\\.yaml, line \\d+, id ${SMALL_INDICATORS[0]!.id}, key label: .*${SMALL_INDICATORS.length} figures share en "TODO": ${SMALL_INDICATORS.map((i) => i.id).join(', ')}; found Chinese labels that differ`,
      ),
    );
  });
});
