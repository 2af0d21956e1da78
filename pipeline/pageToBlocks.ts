// Step 1: a raw OCR'd page → typed blocks (paragraphs, subheadings, bylines, headlines).
// The page prints every column line on its own line; paragraphs are recovered from
// the typesetting: a paragraph's first line is indented two ems, its last line ends
// a sentence and is usually short. Subheadings are short lines without punctuation
// that stand between two paragraphs. Headlines sit together at the end or the
// start of the page, or each above its article (readPage tells which).
import type { BylinePlacement } from '../src/domain/schema.ts';
import { PipelineError } from './errors.ts';
import { asciiForDetection, dropSpacesAroundCjk, emWidth, endsSentence, hasPunctuation, median } from './text.ts';

export interface PageLine {
  text: string;
  /** 1-based line number in the raw file. */
  line: number;
}

export type PageBlock =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'heading'; text: string; line: number }
  | { kind: 'byline'; reporters: string[]; correspondents: string[]; line: number }
  | { kind: 'headline'; text: string; subtitle?: string; line: number };

const BYLINE = /^(记者|通讯员)\s/;
/** Lines at most this much narrower than the column are indented (first) or short (last). */
const INDENT_EMS = 1.5;

/** Decodes strictly: a page that is not UTF-8 is refused with the first bad line. */
export function decodePage(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new PipelineError({ file }, 'a non-empty page', 'an empty file');
  return decodeText(bytes, file);
}

/** UTF-8 text without its byte-order mark; bytes that are not UTF-8 are refused with their line. */
export function decodeText(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    throw new PipelineError({ file, line }, 'UTF-8 text', 'bytes that are not valid UTF-8');
  }
}

export function pageToLines(text: string): PageLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter((l) => l.text.length > 0);
}

export function parseByline(text: string): { reporters: string[]; correspondents: string[] } {
  const reporters: string[] = [];
  const correspondents: string[] = [];
  let into = reporters;
  for (const token of text.split(/\s+/)) {
    if (token === '记者') into = reporters;
    else if (token === '通讯员') into = correspondents;
    else into.push(token);
  }
  return { reporters, correspondents };
}

/**
 * Where the page prints its headlines: gathered at its end, gathered at its
 * start, or each above its article. Told apart by the page itself.
 */
export type HeadlineLayout = 'end' | 'start' | 'each';

/** A headline as printed: its line, and the ——subtitle line under it if any. */
interface HeadlineEntry {
  lines: PageLine[];
}

export function pageToBlocks(text: string, file: string, bylines: BylinePlacement = 'lead'): PageBlock[] {
  return readPage(text, file, bylines).blocks;
}

/**
 * Reads a page whatever its layout: any line ending, blank lines or none,
 * spaces around lines, any column width, full-width digits (detected as ASCII,
 * kept as printed), and headlines gathered at the end, at the start, or each
 * above its article. A page that stops mid-article is refused as truncated, at
 * its last line, rather than read as if its last line were a headline.
 */
export function readPage(text: string, file: string, bylines: BylinePlacement = 'lead'): { blocks: PageBlock[]; layout: HeadlineLayout } {
  const lines = pageToLines(text);
  if (lines.length === 0) throw new PipelineError({ file }, 'a page with text', 'only blank lines');
  const shaped = lines.map((l) => isHeadlineShaped(l.text));
  const byline = lines.map((l) => isBylineText(l.text));

  // Headlines gathered at the end: the trailing run of headline-shaped lines.
  let firstTrailing = lines.length;
  while (firstTrailing > 0 && shaped[firstTrailing - 1]) firstTrailing--;
  if (firstTrailing === 0) throw new PipelineError({ file, line: lines[0]!.line }, 'article text besides the headlines', 'only headline-shaped lines');
  const beforeTrailing = lines[firstTrailing - 1]!;
  const last = lines.at(-1)!;
  // The text before the headlines (or the page's last line) must end where an article can end.
  const endsArticle = endsSentence(detect(beforeTrailing.text)) || byline[firstTrailing - 1];
  if (!endsArticle) {
    throw new PipelineError(
      { file, line: last.line },
      'a page that ends where an article ends (a full sentence, a byline, or the headlines after one)',
      `the page truncated at line ${last.line}, mid-article: "${last.text.slice(-30)}"`,
    );
  }

  const headlineLines = new Set<number>();
  let entries: HeadlineEntry[] = [];
  let layout: HeadlineLayout;
  const runFrom = (start: number, step: 1 | -1) => {
    const run: number[] = [];
    for (let i = start; i >= 0 && i < lines.length && shaped[i]; i += step) run.push(i);
    return step === 1 ? run : run.reverse();
  };
  const groups = bylineGroups(byline);
  if (firstTrailing < lines.length) {
    layout = 'end';
    entries = toEntries(lines.slice(firstTrailing), file);
  } else {
    // Each above its article: the run of headline-shaped lines just before a
    // leading byline (just after a trailing one), and the run opening the page.
    const adjacent = groups.map((g) => (bylines === 'lead' ? runFrom(g.start - 1, -1) : runFrom(g.end + 1, 1)));
    const leading = runFrom(0, 1);
    // Each above its article when every byline has its headline beside it (after a
    // trailing page's last byline there may be no article left); gathered at the
    // start otherwise (a run beside a byline is then an article's first line).
    const everyBylineHasOne = groups.length > 0 && adjacent.every((run, k) => run.length > 0 || (bylines === 'trail' && k === groups.length - 1));
    if (everyBylineHasOne) {
      layout = 'each';
      const runs = [leading, ...adjacent].filter((run) => run.length > 0);
      const seen = new Set<number>();
      for (const run of runs) {
        if (seen.has(run[0]!)) continue;
        run.forEach((i) => seen.add(i));
        const own = toEntries(run.map((i) => lines[i]!), file);
        // A byline leads straight into its headline; after a trailing byline or at
        // the page's start, a headline-shaped line after the first headline is text.
        const isBeforeLeadingByline = bylines === 'lead' && groups.some((g) => g.start - 1 === run.at(-1));
        entries.push(...(isBeforeLeadingByline ? own : own.slice(0, 1)));
      }
    } else {
      layout = 'start';
      const all = toEntries(leading.map((i) => lines[i]!), file);
      // As many headlines as articles: bylines divide them, plus one article printed without a byline.
      const articles = groups.length + (bylines === 'lead'
        ? (groups.length === 0 || groups[0]!.start > leading.length ? 1 : 0)
        : (groups.length === 0 || groups.at(-1)!.end < lines.length - 1 ? 1 : 0));
      entries = all.slice(0, Math.max(1, articles));
    }
  }
  if (entries.length === 0) {
    throw new PipelineError({ file, line: last.line }, 'headlines: gathered at the end or the start of the page, or each above its article', 'none');
  }
  for (const e of entries) for (const l of e.lines) headlineLines.add(l.line);
  const body = lines.filter((l) => !headlineLines.has(l.line));
  const headlines: PageBlock[] = entries.map((e) => {
    const [head, subtitle] = e.lines;
    return { kind: 'headline', text: head!.text, ...(subtitle ? { subtitle: subtitle.text.replace(/^——\s*/, '') } : {}), line: head!.line };
  });
  return { blocks: [...bodyToBlocks(body), ...headlines.sort((a, b) => a.line - b.line)], layout };
}

const detect = asciiForDetection;
const isBylineText = (text: string) => BYLINE.test(detect(text));

function isHeadlineShaped(text: string): boolean {
  const d = detect(text);
  return !hasPunctuation(d) && !endsSentence(d) && emWidth(d) <= 24 && !BYLINE.test(d);
}

/** Runs of consecutive byline lines (記者 … / 通讯员 …), by index. */
function bylineGroups(byline: boolean[]): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  byline.forEach((is, i) => {
    if (!is) return;
    const previous = groups.at(-1);
    if (previous && previous.end === i - 1) previous.end = i;
    else groups.push({ start: i, end: i });
  });
  return groups;
}

/** Headline-shaped lines as headlines, each ——subtitle line joined to the headline above it. */
function toEntries(lines: PageLine[], file: string): HeadlineEntry[] {
  const entries: HeadlineEntry[] = [];
  for (const l of lines) {
    if (detect(l.text).startsWith('——')) {
      const previous = entries.at(-1);
      if (!previous || previous.lines.length > 1) throw new PipelineError({ file, line: l.line }, 'a subtitle (——…) right after its headline', l.text);
      previous.lines.push(l);
      continue;
    }
    entries.push({ lines: [l] });
  }
  return entries;
}

function bodyToBlocks(lines: PageLine[]): PageBlock[] {
  if (lines.length === 0) return [];
  const column = median(lines.filter((l) => !isBylineText(l.text)).map((l) => emWidth(detect(l.text))));
  const isShort = (l: PageLine | undefined) => l !== undefined && emWidth(detect(l.text)) <= column - INDENT_EMS;
  const isByline = (l: PageLine | undefined) => l !== undefined && isBylineText(l.text);
  const ends = (l: PageLine) => endsSentence(detect(l.text));

  const blocks: PageBlock[] = [];
  let open: PageLine[] = [];
  const flush = () => {
    if (open.length === 0) return;
    blocks.push({ kind: 'paragraph', text: dropSpacesAroundCjk(open.map((l) => l.text).join('')), line: open[0]!.line });
    open = [];
  };

  lines.forEach((current, i) => {
    const next = lines[i + 1];
    if (isByline(current)) {
      flush();
      const previous = blocks.at(-1);
      const parsed = parseByline(current.text);
      if (previous?.kind === 'byline') {
        previous.reporters.push(...parsed.reporters);
        previous.correspondents.push(...parsed.correspondents);
      } else blocks.push({ kind: 'byline', ...parsed, line: current.line });
      return;
    }
    const startsBlock = open.length === 0 && blocks.at(-1)?.kind !== 'byline' && blocks.length > 0;
    const headingShape = !hasPunctuation(detect(current.text)) && isShort(current);
    const nextIsOwnParagraph = next !== undefined && !isByline(next) && isShort(next);
    if (startsBlock && headingShape && nextIsOwnParagraph) {
      blocks.push({ kind: 'heading', text: current.text, line: current.line });
      return;
    }
    open.push(current);
    const endsParagraph = ends(current) && (isShort(current) || isShort(next) || next === undefined || isByline(next));
    if (endsParagraph) flush();
  });
  flush();
  return blocks;
}
