// Step 1: a raw OCR'd page → typed blocks (paragraphs, subheadings, bylines, headlines).
// The page prints every column line on its own line; paragraphs are recovered from
// the typesetting: a paragraph's first line is indented two ems, its last line ends
// a sentence and is usually short. Subheadings are short lines without punctuation
// that stand between two paragraphs. Headlines all sit together at the end.
import { PipelineError } from './errors.ts';
import { dropSpacesAroundCjk, emWidth, endsSentence, hasPunctuation, median } from './text.ts';

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
    .split(/\r?\n/)
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

export function pageToBlocks(text: string, file: string): PageBlock[] {
  const lines = pageToLines(text);
  if (lines.length === 0) throw new PipelineError({ file }, 'a page with text', 'only blank lines');
  // Headlines are the trailing run of short lines without sentence punctuation.
  let firstHeadline = lines.length;
  while (firstHeadline > 0 && isHeadlineShaped(lines[firstHeadline - 1]!.text)) firstHeadline--;
  if (firstHeadline === lines.length) {
    const last = lines.at(-1)!;
    throw new PipelineError({ file, line: last.line }, 'the headlines after the last article', `"${last.text.slice(0, 30)}"`);
  }
  if (firstHeadline === 0) throw new PipelineError({ file, line: lines[0]!.line }, 'article text before the headlines', 'only headline-shaped lines');
  return [...bodyToBlocks(lines.slice(0, firstHeadline)), ...headlineBlocks(lines.slice(firstHeadline), file)];
}

function isHeadlineShaped(text: string): boolean {
  return !hasPunctuation(text) && !endsSentence(text) && emWidth(text) <= 24 && !BYLINE.test(text);
}

function bodyToBlocks(lines: PageLine[]): PageBlock[] {
  const column = median(lines.filter((l) => !BYLINE.test(l.text)).map((l) => emWidth(l.text)));
  const isShort = (l: PageLine | undefined) => l !== undefined && emWidth(l.text) <= column - INDENT_EMS;
  const isByline = (l: PageLine | undefined) => l !== undefined && BYLINE.test(l.text);

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
    const headingShape = !hasPunctuation(current.text) && isShort(current);
    const nextIsOwnParagraph = next !== undefined && !isByline(next) && (isShort(next) || endsSentence(next.text));
    if (startsBlock && headingShape && nextIsOwnParagraph) {
      blocks.push({ kind: 'heading', text: current.text, line: current.line });
      return;
    }
    open.push(current);
    const endsParagraph = endsSentence(current.text) && (isShort(current) || isShort(next) || next === undefined || isByline(next));
    if (endsParagraph) flush();
  });
  flush();
  return blocks;
}

function headlineBlocks(lines: PageLine[], file: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  for (const l of lines) {
    if (l.text.startsWith('——')) {
      const previous = blocks.at(-1);
      if (previous?.kind !== 'headline' || previous.subtitle) {
        throw new PipelineError({ file, line: l.line }, 'a subtitle (——…) right after its headline', l.text);
      }
      previous.subtitle = l.text.replace(/^——\s*/, '');
      continue;
    }
    blocks.push({ kind: 'headline', text: l.text, line: l.line });
  }
  return blocks;
}
