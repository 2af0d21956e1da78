// Step 1: a raw OCR'd page → typed blocks (paragraphs, subheadings, bylines, headlines).
// The page prints every column line on its own line; paragraphs are recovered from
// the typesetting: a paragraph's first line is indented two ems, its last line ends
// a sentence and is usually short. Subheadings are short lines without punctuation
// that stand between two paragraphs. Headlines sit together at the end or the
// start of the page, or each above its article (readPage tells which).
import type { BylinePlacement } from '../src/domain/schema.ts';
import { PipelineError } from './errors.ts';
import { findHeadlines, isBylineLine, type HeadlineLayout } from './headlines.ts';
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
  | { kind: 'headline'; text: string; kicker?: string; subtitle?: string; line: number };

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

export type { HeadlineLayout } from './headlines.ts';

export function pageToBlocks(text: string, file: string, bylines: BylinePlacement = 'lead'): PageBlock[] {
  return readPage(text, file, bylines).blocks;
}

/**
 * Reads a page whatever its layout: any line ending, blank lines or none,
 * spaces around lines, any column width, full-width digits (detected as ASCII,
 * kept as printed), and headlines with any punctuation, a kicker or a subtitle,
 * gathered at the end, at the start, or each above its article
 * (pipeline/headlines.ts). A page that stops mid-article is refused as
 * truncated, at its last line, rather than read as if its last lines were headlines.
 */
export function readPage(
  text: string,
  file: string,
  bylines: BylinePlacement = 'lead',
): { blocks: PageBlock[]; layout: HeadlineLayout } {
  const lines = pageToLines(text);
  if (lines.length === 0) throw new PipelineError({ file }, 'a page with text', 'only blank lines');
  const { entries, layout } = findHeadlines(lines, file, bylines);
  if (entries.length === 0) {
    throw new PipelineError(
      { file, line: lines.at(-1)!.line },
      'headlines: gathered at the end or the start of the page, or each above its article',
      'none',
    );
  }
  const headlineLines = new Set(
    entries.flatMap((e) => [e.kicker, e.main, e.subtitle].flatMap((l) => (l ? [l.line] : []))),
  );
  const body = lines.filter((l) => !headlineLines.has(l.line));
  const headlines: PageBlock[] = entries.map((e) => ({
    kind: 'headline',
    text: e.main.text,
    ...(e.kicker ? { kicker: e.kicker.text } : {}),
    ...(e.subtitle ? { subtitle: e.subtitle.text.replace(/^[—－-]{2}\s*/, '') } : {}),
    line: e.main.line,
  }));
  return { blocks: [...bodyToBlocks(body), ...headlines.sort((a, b) => a.line - b.line)], layout };
}

const detect = asciiForDetection;
const isBylineText = isBylineLine;

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
    blocks.push({
      kind: 'paragraph',
      text: dropSpacesAroundCjk(open.map((l) => l.text).join('')),
      line: open[0]!.line,
    });
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
