// The same page in every form an OCR run may give it builds the same indicators:
// each form is generated here from the seed page, put in the seed's place among
// the real inputs (any other page in data/ stays as it is).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/schema.ts';
import { buildDataset, type PipelineInput } from './dataset.ts';
import { readPage } from './page-to-blocks.ts';
import { bylinesTrailing, fullWidth, headlinesAbove, headlinesAtStart, rewrapped } from './testing/forms.ts';
import { DATA_DIR, SEED, pageText, realInputs, withSeedNote, withSeedPage } from './testing/fixtures.ts';
import { asciiForDetection } from './text.ts';
import type { RegionMatcher } from './blocks-to-articles.ts';

const committed = JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')) as Dataset;
const regions = parse(readFileSync(join(DATA_DIR, 'annotations', 'regions.yaml'), 'utf8')) as RegionMatcher[];
const page = pageText();

function build(text: string | Uint8Array, editAnnotation: (yaml: string) => string = (y) => y): Dataset {
  const content = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const built: PipelineInput = withSeedPage(withSeedNote(realInputs(), editAnnotation), content);
  return buildDataset(built);
}

/** What must not change with the form: every indicator, and what each article is. */
const meaning = (d: Dataset, { printed = false } = {}) => ({
  indicators: d.indicators.map((i) =>
    printed ? { ...i, quote: asciiForDetection(i.quote), mention: asciiForDetection(i.mention) } : i,
  ),
  articles: d.articles
    .map((a) => ({
      id: a.id,
      regionId: a.regionId,
      headline: a.headline,
      subheadline: a.subheadline,
      reporters: a.reporters,
      correspondents: a.correspondents,
      bylineOnPage: a.bylineOnPage,
      beginningMissing: a.beginningMissing,
      dateline: a.dateline,
      blocks: a.blocks.map((b) => ({ type: b.type, text: printed ? asciiForDetection(b.text) : b.text })),
    }))
    .sort((x, y) => x.id.localeCompare(y.id)),
});
const expected = meaning(committed);

describe('the same page in other forms gives the same indicators', () => {
  it.each<[string, () => string | Uint8Array]>([
    ['CRLF line endings', () => page.replace(/\n/g, '\r\n')],
    ['old Mac CR line endings', () => page.replace(/\n/g, '\r')],
    ['a byte-order mark', () => `\uFEFF${page}`],
    [
      'spaces, tabs and ideographic spaces around every line',
      () =>
        page
          .split('\n')
          .map((l, i) => (l ? `${i % 2 ? '\t' : '\u3000'}${l}  ` : l))
          .join('\n'),
    ],
    [
      'no blank lines',
      () =>
        page
          .split('\n')
          .filter((l) => l.trim())
          .join('\n'),
    ],
    ['blank lines doubled', () => page.replace(/\n\n/g, '\n\n\n\n')],
    ['headlines gathered at the start', () => headlinesAtStart(page)],
    ['each headline above its article, with its subtitle', () => headlinesAbove(page, regions)],
    ['a column 14 ems wide', () => rewrapped(page, 14)],
    ['a column 20 ems wide', () => rewrapped(page, 20)],
    ['a column 32 ems wide', () => rewrapped(page, 32)],
    [
      'CRLF, a BOM, headlines at the start and a 17-em column at once',
      () => `\uFEFF${headlinesAtStart(rewrapped(page, 17)).replace(/\n/g, '\r\n')}`,
    ],
  ])('%s', (_name, form) => {
    expect(meaning(build(form()))).toEqual(expected);
  });

  it('each headline above its article without its subtitle (the subtitle gloss removed too)', () => {
    const built = build(headlinesAbove(page, regions, { subtitles: false }), (y) =>
      y.replace(/\n {4}subheadline: \{ en: [^\n]*/, ''),
    );
    expect(built.indicators).toEqual(committed.indicators);
    expect(built.articles.find((a) => a.sourceId === SEED && a.regionId === 'tongnan')!.subheadline).toBeUndefined();
  });

  it('full-width digits, letters, ％ and ． (read as ASCII; quotes and mentions kept as printed)', () => {
    const printed = fullWidth(page);
    const built = build(printed);
    expect(meaning(built, { printed: true })).toEqual(expected);
    const output = built.indicators.find((i) => i.id === 'jingmen-auto-output-2021')!;
    expect(output).toMatchObject({ value: 317.7, unit: '亿元', mention: '３１７．７亿元' });
    expect(output.quote).toContain('３１７．７亿元');
    expect(built.indicators.find((i) => i.id === 'jingmen-auto-output-growth-2021')).toMatchObject({
      value: 59.2,
      unit: '%',
      mention: '５９．２％',
    });
  });

  const trailing = (y: string) => y.replace('\nbylines: lead\n', '\nbylines: trail\n');
  it.each<[string, () => string]>([
    ['with the headlines gathered at the start', () => headlinesAtStart(bylinesTrailing(page, regions))],
    [
      'with each headline above its article',
      () => headlinesAbove(bylinesTrailing(page, regions), regions, { bylines: 'trail' }),
    ],
    [
      'with each headline above its article, full-width digits and a 20-em column',
      () => fullWidth(headlinesAbove(rewrapped(bylinesTrailing(page, regions), 20), regions, { bylines: 'trail' })),
    ],
  ])('bylines below their articles (bylines: trail), %s', (_name, form) => {
    const built = build(form(), trailing);
    expect(
      built.indicators.map((i) => ({ ...i, quote: asciiForDetection(i.quote), mention: asciiForDetection(i.mention) })),
    ).toEqual(committed.indicators);
  });

  it('each headline above its article in a 20-em column with full-width digits', () => {
    expect(meaning(build(fullWidth(headlinesAbove(rewrapped(page, 20), regions))), { printed: true })).toEqual(
      expected,
    );
  });

  it('bylines below their articles, read as the annotation says (bylines: trail)', () => {
    const built = build(bylinesTrailing(page, regions), (y) => y.replace('\nbylines: lead\n', '\nbylines: trail\n'));
    expect(built.indicators).toEqual(committed.indicators);
    const byArticle = Object.fromEntries(built.articles.map((a) => [a.id, a.reporters]));
    expect(byArticle).toEqual(Object.fromEntries(committed.articles.map((a) => [a.id, a.reporters])));
  });
});

describe('a page cut short', () => {
  const lines = page.split('\n');
  const cutAfter = (needle: string) => lines.slice(0, lines.findIndex((l) => l.includes(needle)) + 1).join('\n');

  it('after a line without punctuation is reported as truncated at its last line, not read as a headline', () => {
    const text = cutAfter('手四川省遂宁市细化落实双城经济');
    const last = text.split('\n').length;
    expect(() => readPage(text, 'p.txt')).toThrow(
      new RegExp(
        `^p\\.txt, line ${last}: expected a page that ends where an article ends.*; found the page truncated at line ${last}, mid-article: ".*细化落实双城经济"$`,
      ),
    );
  });

  it('mid-sentence after a comma is reported the same way', () => {
    const text = cutAfter('成渝地区双城经济圈建设机遇，携');
    expect(() => readPage(text, 'p.txt')).toThrow(
      /p\.txt, line \d+: .*found the page truncated at line \d+, mid-article/,
    );
  });

  it('in a page whose headlines come first', () => {
    const text = headlinesAtStart(page).split('\n').slice(0, 300).join('\n');
    expect(() => readPage(text, 'p.txt')).toThrow(/found the page truncated at line 299, mid-article/);
  });
});
