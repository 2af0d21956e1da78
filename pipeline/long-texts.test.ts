// Labels, headline glosses and subject names past a sensible length are warned
// about, once at the end of a run; they never stop the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../src/domain/schema.ts';
import { main } from './cli.ts';
import { LONGEST, longTexts } from './long-texts.ts';
import { SMALL_INDICATORS, smallAnnotation, smallData } from './testing/small-data.ts';

const zh = (n: number) => '产'.repeat(n);
const en = (n: number) => 'x'.repeat(n);
const figure = (id: string, label: { zh: string; en: string }, subjectName?: { zh: string; en: string }) =>
  ({ id, label, ...(subjectName ? { subjectName } : {}) }) as unknown as Dataset['indicators'][number];
const article = (id: string, headlineEn: string, subheadlineEn?: string) =>
  ({ id, headlineEn, ...(subheadlineEn ? { subheadlineEn } : {}) }) as unknown as Dataset['articles'][number];

describe('longTexts', () => {
  it('warns past the limit of each language, not at it', () => {
    expect(
      longTexts({
        indicators: [figure('a', { zh: zh(LONGEST.zh), en: en(LONGEST.en) })],
        articles: [article('p', en(LONGEST.en))],
      }),
    ).toEqual([]);
    const warned = longTexts({
      indicators: [
        figure('a', { zh: zh(LONGEST.zh + 1), en: en(LONGEST.en + 1) }, { zh: zh(LONGEST.zh + 5), en: 'Park' }),
      ],
      articles: [article('p', en(LONGEST.en + 2), en(LONGEST.en + 3))],
    });
    expect(warned.map((w) => w.replace(/ \(at most.*$/, ''))).toEqual([
      `indicator a, label.zh: ${LONGEST.zh + 1} characters`,
      `indicator a, label.en: ${LONGEST.en + 1} characters`,
      `indicator a, subjectName.zh: ${LONGEST.zh + 5} characters`,
      `article p, headline.en: ${LONGEST.en + 2} characters`,
      `article p, subheadline.en: ${LONGEST.en + 3} characters`,
    ]);
  });

  it('counts characters as a reader sees them: a character outside the BMP is one', () => {
    expect(longTexts({ indicators: [figure('a', { zh: '𠀀'.repeat(LONGEST.zh), en: 'x' })], articles: [] })).toEqual(
      [],
    );
  });
});

describe('a build with an overlong label', () => {
  it('writes the dataset, then lists each long text once, at the end', () => {
    const long = `${'Output of the industrial firms above designated size '.repeat(4)}`.trim();
    expect(long.length).toBeGreaterThan(LONGEST.en);
    const data = smallData({
      annotation: smallAnnotation(SMALL_INDICATORS.map((i, n) => (n === 2 ? { ...i, en: long } : i))),
    });
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      expect(main([data.dir])).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    const dataset = JSON.parse(readFileSync(join(data.dir, 'dataset.json'), 'utf8')) as Dataset;
    expect(dataset.indicators.find((i) => i.id === SMALL_INDICATORS[2]!.id)!.label.en).toBe(long);
    const wrote = out.findIndex((l) => l.startsWith('wrote '));
    expect(out.slice(wrote + 1)).toEqual([
      `warning: 1 text is longer than a name reads at a glance (${LONGEST.zh} characters in Chinese, ${LONGEST.en} in English); shorten it in the annotation:`,
      expect.stringMatching(
        new RegExp(`^ {2}indicator ${SMALL_INDICATORS[2]!.id}, label\\.en: ${long.length} characters`),
      ),
    ]);
  });

  it('prints no warning when every text is short', () => {
    const data = smallData();
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      expect(main([data.dir])).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    expect(out.join('\n')).not.toMatch(/warning/);
  });
});
