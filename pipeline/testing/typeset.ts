// Sets a fixture page from plain paragraphs into the OCR form of the committed
// page (data/raw/2022-page-01.txt): 14-em column lines, each paragraph's first
// line two ems in, a blank line after every line, numbers cut wherever the
// column ends, byline lines together, headlines gathered at the end or each
// above its article. The fixture pages in pipeline/testing/second-page/ are
// written as `<page>.source` and printed with this, so each page can be set
// again; the .txt is committed as the printed result.
//
//   npx tsx pipeline/testing/typeset.ts pipeline/testing/second-page/2023-page-01.source
//
// Source format (one item per line, blank lines ignored, `#` lines are comments):
//   layout: end lead         headlines gathered at the end (or `each` above their
//                            article); bylines `lead` (before the article) or `trail`
//   order: 2 1 3             (layout end) the articles' headlines in printed order
//   ===                      a new article
//   kicker: …                a short line printed above the headline (引题)
//   headline: …
//   subtitle: …              printed under the headline as ——…
//   byline: 记者 …           one printed line each (记者 …, 通讯员 …)
//   ## …                     a subheading inside the article
//   anything else            one paragraph
import { readFileSync, writeFileSync } from 'node:fs';
import { isMain } from '../main.ts';
import { emWidth } from '../text.ts';

export const COLUMN_EMS = 14;

interface SourceArticle {
  kicker?: string;
  headline: string;
  subtitle?: string;
  bylines: string[];
  /** Paragraphs and subheadings in order. */
  body: { heading: boolean; text: string }[];
}

interface SourcePage {
  headlines: 'end' | 'each';
  bylines: 'lead' | 'trail';
  order?: number[];
  articles: SourceArticle[];
}

export function readSource(text: string): SourcePage {
  const page: SourcePage = { headlines: 'end', bylines: 'lead', articles: [] };
  let current: SourceArticle | undefined;
  const article = () => {
    if (!current) throw new Error('typeset: text before the first === line');
    return current;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || (line.startsWith('#') && !line.startsWith('##'))) continue;
    const field = /^(layout|order|kicker|headline|subtitle|byline):\s*(.*)$/.exec(line);
    if (line === '===') page.articles.push((current = { headline: '', bylines: [], body: [] }));
    else if (line.startsWith('## ')) article().body.push({ heading: true, text: line.slice(3) });
    else if (field?.[1] === 'layout') {
      const [headlines, bylines] = field[2]!.split(/\s+/);
      if ((headlines !== 'end' && headlines !== 'each') || (bylines !== 'lead' && bylines !== 'trail'))
        throw new Error(`typeset: layout "${field[2]}"`);
      Object.assign(page, { headlines, bylines });
    } else if (field?.[1] === 'order') page.order = field[2]!.split(/\s+/).map(Number);
    else if (field?.[1] === 'byline') article().bylines.push(field[2]!);
    else if (field) article()[field[1] as 'kicker' | 'headline' | 'subtitle'] = field[2]!;
    else article().body.push({ heading: false, text: line });
  }
  for (const [n, a] of page.articles.entries())
    if (!a.headline) throw new Error(`typeset: article ${n + 1} has no headline`);
  return page;
}

/** Marks that never start a line: closing punctuation, and a number's % or decimal point. */
const NO_LINE_START = /[，。、：；！？”’）》」』…%.]/;

/**
 * A paragraph in the column: the first line two ems in, a number cut wherever
 * the column ends (1259.8 / 8亿元, as OCR'd pages print them), but no line
 * starting with a closing mark, a % or a decimal point (the character before it
 * goes down with it), the first line never ending a sentence (it would read as
 * a one-line paragraph), nor the line before a short last line.
 */
export function column(paragraph: string, width = COLUMN_EMS): string[] {
  const chars = [...paragraph];
  const lines: string[][] = [];
  for (let at = 0; at < chars.length;) {
    const room = lines.length === 0 ? width - 2 : width;
    let end = at;
    while (end < chars.length && emWidth(chars.slice(at, end + 1).join('')) <= room) end++;
    if (end < chars.length) {
      while (end - 1 > at && NO_LINE_START.test(chars[end]!)) end--;
      if (lines.length === 0) while (end - 1 > at && /[。！？”’」』）]/.test(chars[end - 1]!)) end--;
    }
    lines.push(chars.slice(at, end));
    at = end;
  }
  const last = lines.length - 1;
  if (
    last >= 1 &&
    emWidth(lines[last]!.join('')) <= width - 1.5 &&
    /[。！？][”’」』）]*$/.test(lines[last - 1]!.join(''))
  ) {
    // Two characters go down: the short last line then no longer follows a sentence's end.
    const before = lines[last - 1]!;
    let cut = before.length - 1;
    while (cut > 1 && NO_LINE_START.test(before[cut - 1]!)) cut--;
    lines[last] = [...before.splice(cut - 1), ...lines[last]!];
  }
  return lines.map((l) => l.join(''));
}

/** A headline as printed: its kicker above it, its subtitle under it, with no blank line between. */
const headlineGroup = (a: SourceArticle) => [
  [...(a.kicker ? [a.kicker] : []), a.headline, ...(a.subtitle ? [`——${a.subtitle}`] : [])],
];

/** The page as printed: groups of lines, each group followed by a blank line, each line of a group on its own line. */
export function typeset(source: string): string {
  const page = readSource(source);
  const groups: string[][] = [];
  for (const a of page.articles) {
    if (page.headlines === 'each') groups.push(...headlineGroup(a));
    if (a.bylines.length && page.bylines === 'lead') groups.push(a.bylines);
    for (const block of a.body) {
      if (block.heading) groups.push([block.text]);
      else groups.push(...column(block.text).map((l) => [l]));
    }
    if (a.bylines.length && page.bylines === 'trail') groups.push(a.bylines);
  }
  if (page.headlines === 'end') {
    const order = page.order ?? page.articles.map((_, n) => n + 1);
    for (const n of order) groups.push(...headlineGroup(page.articles[n - 1]!));
  }
  return groups.map((g) => `${g.join('\n')}\n\n`).join('');
}

if (isMain(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const out = file.replace(/\.source$/, '.txt');
    writeFileSync(out, typeset(readFileSync(file, 'utf8')));
    console.log(`${file} → ${out}`);
  }
}
