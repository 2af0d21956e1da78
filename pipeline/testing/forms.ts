// The committed page in the other forms an OCR run gives, generated from it:
// each keeps the text and changes only how it is laid out or encoded. Used by
// the tests that every form gives the same indicators.
import { blocksToArticles } from '../blocks-to-articles.ts';
import type { RegionMatcher } from '../blocks-to-articles.ts';
import { pageToLines, readPage } from '../page-to-blocks.ts';
import { emWidth } from '../text.ts';

const FULL_WIDTH = /[0-9A-Za-z%.+]/g;
const CLOSING = /[，。、：；！？”’）》」』…]/;

/** ASCII digits, letters, %, . and + as their full-width forms (３１７．７亿元). */
export const fullWidth = (text: string) =>
  text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The page's non-blank lines, trimmed, with their raw line numbers. */
const linesOf = (text: string) => pageToLines(text);

const joinLines = (lines: string[]) => `${lines.join('\n\n')}\n`;

/** Every headline line (with its subtitle), by raw line number. */
function headlineLines(text: string): Set<number> {
  const lines = linesOf(text);
  const out = new Set<number>();
  for (const b of readPage(text, 'page.txt').blocks) {
    if (b.kind !== 'headline') continue;
    out.add(b.line);
    const at = lines.findIndex((l) => l.line === b.line);
    if (b.kicker) out.add(lines[at - 1]!.line);
    if (b.subtitle) out.add(lines[at + 1]!.line);
  }
  return out;
}

/** The headlines gathered at the start of the page instead of the end. */
export function headlinesAtStart(text: string): string {
  const heads = headlineLines(text);
  const lines = linesOf(text);
  return joinLines(
    [...lines.filter((l) => heads.has(l.line)), ...lines.filter((l) => !heads.has(l.line))].map((l) => l.text),
  );
}

/**
 * Each headline (and its subtitle, unless `subtitles` is false) printed above
 * its article: before the byline that leads it, or before its first line.
 */
export function headlinesAbove(
  text: string,
  regions: RegionMatcher[],
  { subtitles = true, bylines = 'lead' }: { subtitles?: boolean; bylines?: 'lead' | 'trail' } = {},
): string {
  const heads = headlineLines(text);
  const lines = linesOf(text);
  const articles = blocksToArticles(readPage(text, 'page.txt', bylines).blocks, regions, 'page.txt', bylines);
  const body = lines.filter((l) => !heads.has(l.line));
  const out: string[] = [];
  body.forEach((l, i) => {
    const article = articles.find((a) => {
      if (a.line === l.line) return bylines === 'trail' || !/^(记者|通讯员)\s/.test(body[i - 1]?.text ?? '');
      if (bylines === 'trail') return false;
      // The first line of the byline group that leads the article.
      let k = body.findIndex((b) => b.line === a.line) - 1;
      if (k < 0 || !/^(记者|通讯员)\s/.test(body[k]!.text)) return false;
      while (k > 0 && /^(记者|通讯员)\s/.test(body[k - 1]!.text)) k--;
      return body[k]!.line === l.line;
    });
    if (article) {
      if (article.kicker) out.push(article.kicker);
      out.push(article.headline);
      if (subtitles && article.subheadline) out.push(`——${article.subheadline}`);
    }
    out.push(l.text);
  });
  return joinLines(out);
}

/**
 * The text set again in a column `width` ems wide, each paragraph's first line
 * indented two ems, headings, bylines and headlines on their own lines.
 */
export function rewrapped(text: string, width: number): string {
  const blocks = readPage(text, 'page.txt').blocks;
  const out: string[] = [];
  const wrap = (paragraph: string) => out.push(...wrapParagraph(paragraph, width));
  const headlines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') wrap(b.text);
    else if (b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'byline') {
      if (b.reporters.length) out.push(`记者 ${b.reporters.join(' ')}`);
      if (b.correspondents.length) out.push(`通讯员 ${b.correspondents.join(' ')}`);
    } else headlines.push(...(b.kicker ? [b.kicker] : []), b.text, ...(b.subtitle ? [`——${b.subtitle}`] : []));
  }
  return joinLines([...out, ...headlines]);
}

/**
 * The page as a page whose bylines trail their articles (`bylines: trail`):
 * each byline moved below the article it leads, and the article printed
 * without one moved last (on such a page, only the last article can lack one).
 */
export function bylinesTrailing(text: string, regions: RegionMatcher[]): string {
  const blocks = readPage(text, 'page.txt').blocks;
  const lines = linesOf(text);
  const heads = headlineLines(text);
  const articles = blocksToArticles(blocks, regions, 'page.txt', 'lead');
  const starts = articles.map((a) => a.line);
  const bylineLines = (a: (typeof articles)[number]) => [
    ...(a.reporters.length ? [`记者 ${a.reporters.join(' ')}`] : []),
    ...(a.correspondents.length ? [`通讯员 ${a.correspondents.join(' ')}`] : []),
  ];
  const bodyOf = (n: number) => {
    const from = starts[n]!;
    const to = starts[n + 1] ?? Infinity;
    return lines
      .filter((l) => l.line >= from && l.line < to && !heads.has(l.line) && !/^(记者|通讯员)\s/.test(l.text))
      .map((l) => l.text);
  };
  const order = [...articles.keys()].sort(
    (x, y) => Number(!articles[x]!.bylineOnPage) - Number(!articles[y]!.bylineOnPage),
  );
  const out = order.flatMap((n) => [...bodyOf(n), ...bylineLines(articles[n]!)]);
  return joinLines([...out, ...lines.filter((l) => heads.has(l.line)).map((l) => l.text)]);
}

/**
 * Sets a paragraph in a column: first line two ems in, closing punctuation never
 * starting a line (the character before it goes down with it), and, as
 * typesetting lets one choose, no line but the last ending a sentence where the
 * page alone could not tell it from a paragraph's end (the first line, or the
 * line before a short last one).
 */
export function wrapParagraph(paragraph: string, width: number): string[] {
  const chars = [...paragraph];
  const lines: string[][] = [];
  let at = 0;
  while (at < chars.length) {
    const room = lines.length === 0 ? width - 2 : width;
    let end = at;
    while (end < chars.length && emWidth(chars.slice(at, end + 1).join('')) <= room) end++;
    if (end < chars.length) {
      // Never start the next line with closing punctuation.
      while (end - 1 > at && CLOSING.test(chars[end]!)) end--;
      // Never end the first line with a sentence's end (it would read as a one-line paragraph).
      if (lines.length === 0) while (end - 1 > at && /[。！？”’」』）]/.test(chars[end - 1]!)) end--;
    }
    lines.push(chars.slice(at, end));
    at = end;
  }
  // The line before a short last line must not end a sentence either.
  const last = lines.length - 1;
  if (
    last >= 1 &&
    emWidth(lines[last]!.join('')) <= width - 1.5 &&
    /[。！？][”’」』）]*$/.test(lines[last - 1]!.join(''))
  ) {
    const before = lines[last - 1]!;
    let cut = before.length - 1;
    while (cut > 1 && /[。！？”’」』），、]/.test(before[cut - 1]!)) cut--;
    lines[last] = [...before.splice(cut - 1), ...lines[last]!];
  }
  return lines.map((l) => l.join(''));
}
