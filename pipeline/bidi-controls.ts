// Bidirectional control characters reorder how text displays without changing
// what it says: U+202E before "evil" shows "live", in a label, a tooltip, a
// <title> or an og:title. No page or curation file has a reason to hold one
// (Chinese and English both run left to right), so the build refuses them
// wherever they are, naming the file, line, column and (in YAML) the key.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { PipelineError } from './errors.ts';

const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const CLASS = '[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]';
/** Any of them (no `g` flag: a global regex's lastIndex would carry from one call to the next). */
export const BIDI_CONTROL = new RegExp(CLASS);
const EVERY = new RegExp(CLASS, 'g');

const codeOf = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The characters around an offset, each control shown by its code point (never applied). */
function excerpt(line: string, at: number): string {
  const from = Math.max(0, at - 12);
  const to = Math.min(line.length, at + 13);
  const shown = line.slice(from, to).replace(EVERY, (c) => `<${codeOf(c)}>`);
  return `"${from > 0 ? '…' : ''}${shown}${to < line.length ? '…' : ''}"`;
}

/** The key path and id of the YAML node that holds an offset (the key itself, or the value under it). */
function keyAt(doc: ReturnType<typeof parseDocument>, offset: number): { key?: string; id?: string } {
  const within = (n: unknown) => {
    const range = (n as { range?: [number, number, number] } | null | undefined)?.range;
    return range !== undefined && range[0] <= offset && offset < range[2];
  };
  const path: (string | number)[] = [];
  let id: string | undefined;
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const own = node.get('id');
      if (typeof own === 'string') id = own;
      const pair = node.items.find((p) => within(p.key) || within(p.value));
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      if (within(pair.key)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const at = node.items.findIndex(within);
      if (at < 0) break;
      path.push(at);
      node = node.items[at];
    } else break;
  }
  return { ...(path.length ? { key: path.join('.') } : {}), ...(id ? { id } : {}) };
}

/**
 * Every bidirectional control character in a text: one problem per line, with
 * each one's code point, name and column, and the key it sits under for YAML.
 */
export function bidiControls(text: string, file: string, options: { yaml?: boolean } = {}): PipelineError[] {
  if (!BIDI_CONTROL.test(text)) return [];
  const doc = options.yaml ? parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false }) : undefined;
  const problems: PipelineError[] = [];
  let start = 0;
  text.split(/(?<=\r\n|\r(?!\n)|\n)/).forEach((raw, n) => {
    const line = raw.replace(/\r?\n$|\r$/, '');
    const found = [...line.matchAll(EVERY)];
    if (found.length > 0) {
      const where = doc ? keyAt(doc, start + found[0]!.index) : {};
      const each = found.map(
        (m) => `${codeOf(m[0])} ${NAMES[m[0].codePointAt(0)!]} at column ${[...line.slice(0, m.index)].length + 1}`,
      );
      problems.push(
        new PipelineError(
          { file, line: n + 1, ...where },
          'no bidirectional control characters (they change the order text displays in: "evil" shows as "live")',
          `${each.join(', ')}: ${excerpt(line, found[0]!.index)}`,
          'lines hold bidirectional control characters',
        ),
      );
    }
    start += raw.length;
  });
  return problems;
}
