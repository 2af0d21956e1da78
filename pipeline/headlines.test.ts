// Headlines as real pages print them: any punctuation, a kicker above the main
// line, a ——subtitle under it, wherever the page gathers them. The committed
// page is given such headlines (its text untouched) and laid out in every form;
// each form must give the committed indicators and the same headlines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/schema.ts';
import { buildDataset } from './dataset.ts';
import { readPage } from './page-to-blocks.ts';
import { bylinesTrailing, headlinesAbove, headlinesAtStart, rewrapped } from './testing/forms.ts';
import { DATA_DIR, ofSeed, pageText, realInputs, withSeedNote, withSeedPage } from './testing/fixtures.ts';
import type { RegionMatcher } from './blocks-to-articles.ts';

const committed = JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')) as Dataset;
const regions = parse(readFileSync(join(DATA_DIR, 'annotations', 'regions.yaml'), 'utf8')) as RegionMatcher[];

/** Headlines of the committed page rewritten with the punctuation real headlines carry, and one kicker. */
const RETITLED: [string, string][] = [
  ['吉林临江多措并举加快信用体系建设', '吉林临江：多措并举、加快信用体系建设'],
  ['城乡公益岗 抗疫保民生', '城乡公益岗，抗疫保民生！'],
  ['云南安宁法治教育培训基地挂牌', '“法治课堂”开进基地？云南安宁《法治教育》培训基地挂牌'],
  ['这里崛起“千亿产业”群', '新能源汽车产业链调查\n\n这里崛起“千亿产业”群'],
];
const KICKER = '新能源汽车产业链调查';

function retitled(text: string): string {
  const lines = text.split('\n');
  // Only the headline lines change: a headline's words may also stand in the text.
  const at = (headline: string) => lines.findLastIndex((l) => l.trim() === headline);
  for (const [from, to] of RETITLED) lines[at(from)] = to;
  return lines.join('\n');
}

const page = retitled(pageText());
const expectedHeadlines = RETITLED.map(([, to]) => to.split('\n\n').at(-1)!);

/** The real inputs with the seed page in this form (any other page in data/ as it is). */
function build(text: string, bylines: 'lead' | 'trail' = 'lead'): Dataset {
  const inputs = withSeedNote(realInputs(), (y) => y.replace('\nbylines: lead\n', `\nbylines: ${bylines}\n`));
  return buildDataset(withSeedPage(inputs, new TextEncoder().encode(text)));
}

describe('headlines with any punctuation and a kicker', () => {
  it.each<[string, () => string, 'lead' | 'trail']>([
    ['gathered at the end', () => page, 'lead'],
    ['gathered at the start', () => headlinesAtStart(page), 'lead'],
    ['each above its article', () => headlinesAbove(page, regions), 'lead'],
    ['in a 20-em column, gathered at the end', () => rewrapped(page, 20), 'lead'],
    [
      'bylines below their articles, headlines gathered at the start',
      () => headlinesAtStart(bylinesTrailing(page, regions)),
      'trail',
    ],
    [
      'bylines below their articles, each headline above its article',
      () => headlinesAbove(bylinesTrailing(page, regions), regions, { bylines: 'trail' }),
      'trail',
    ],
  ])('%s', (_name, form, bylines) => {
    const built = build(form(), bylines);
    expect(built.indicators.map((i) => i.id)).toEqual(committed.indicators.map((i) => i.id));
    expect(built.indicators.map((i) => i.quote)).toEqual(committed.indicators.map((i) => i.quote));
    for (const headline of expectedHeadlines) expect(built.articles.map((a) => a.headline)).toContain(headline);
    // The seed page's kicker (other pages in data/ may print their own).
    const kickered = ofSeed(built).articles.filter((a) => a.kicker);
    expect(kickered.map((a) => [a.kicker, a.headline])).toEqual([[KICKER, '这里崛起“千亿产业”群']]);
    // The kicker is the headline's, never a line of the article's text.
    expect(
      ofSeed(built)
        .articles.flatMap((a) => a.blocks.map((b) => b.text))
        .some((t) => t.includes(KICKER)),
    ).toBe(false);
  });

  it('a ——subtitle stays with its headline, and the page keeps its layout', () => {
    const { blocks, layout } = readPage(page, 'p.txt');
    expect(layout).toBe('end');
    const withSubtitle = blocks.filter((b) => b.kind === 'headline' && b.subtitle);
    expect(withSubtitle).toHaveLength(ofSeed(committed).articles.filter((a) => a.subheadline).length);
  });
});

describe('a page cut short, with punctuated headlines', () => {
  it('is refused at its last line, which is mid-article', () => {
    const lines = headlinesAtStart(page).split('\n');
    const cut = lines.findIndex((l, i) => i > lines.length / 2 && /，/.test(l) && l.trim().length >= 12);
    const text = lines.slice(0, cut + 1).join('\n');
    expect(() => readPage(text, 'p.txt')).toThrow(
      new RegExp(`line ${cut + 1}: .*found the page truncated at line ${cut + 1}, mid-article`),
    );
  });

  it('gathered at the end: more title lines than headlines can hold names where they begin', () => {
    const lines = page.split('\n');
    // Every headline line doubled: twice as many lines as a kicker and a main line per article allow, and more.
    const heads = new Set(readPage(page, 'p.txt').blocks.flatMap((b) => (b.kind === 'headline' ? [b.line] : [])));
    const doubled = lines.flatMap((l, i) => (heads.has(i + 1) ? [l, '', `${l}之一`, '', `${l}之二`] : [l])).join('\n');
    expect(() => readPage(doubled, 'p.txt')).toThrow(
      /line \d+: expected one headline per article after the last article's text .*title lines \(lines \d+–\d+\) for \d+ articles/,
    );
  });
});

describe('a page whose every article has its byline', () => {
  // Our fixture page: three signed articles, a kicker above one headline, the headlines gathered at the end.
  const fixture = readFileSync(join(import.meta.dirname, 'testing', 'second-page', '2023-page-01.txt'), 'utf8');
  const heads = (text: string) =>
    readPage(text, 'p.txt').blocks.flatMap((b) =>
      b.kind === 'headline' ? [[b.kicker ?? '', b.text, b.subtitle ?? '']] : [],
    );

  it('reads the same headlines and kicker with the headlines gathered at the start (the lines above the first byline are no article)', () => {
    const atEnd = heads(fixture);
    expect(atEnd.filter(([kicker]) => kicker)).toHaveLength(1);
    expect(heads(headlinesAtStart(fixture))).toEqual(atEnd);
  });
});
