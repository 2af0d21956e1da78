// What a note may echo of a value from a link: a short, inert excerpt that
// shows what the value really holds. Every invisible character (bidi overrides
// and isolates, zero-width spaces and joiners, the BOM, soft hyphens, control
// characters) is written out as its code point, ⟨U+200B⟩: it cannot reorder or
// hide the text around it, and an id that carries one no longer looks valid.
// Runs of other white space become one space, and the rest is cut at a few
// dozen characters with an ellipsis. React escapes it as text; this keeps it
// short and reading as it is.

/**
 * Characters never echoed as themselves: controls (Cc: C0, DEL, C1), format
 * characters (Cf), lone surrogates and variation selectors.
 */
const HIDDEN = /^[\p{Cc}\p{Cf}\p{Cs}\p{Variation_Selector}]$/u;
const SPACE = /^\s$/u;

export const EXCERPT_MAX = 40;

/** A character written out by its code point: ⟨U+200B⟩. */
export const codePointMark = (char: string) =>
  `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** The excerpt's pieces: a character as itself, one space for a run of spaces, an invisible one as its mark. */
function pieces(raw: string): string[] {
  const out: string[] = [];
  for (const char of raw) {
    if (HIDDEN.test(char)) out.push(codePointMark(char));
    else if (SPACE.test(char)) {
      if (out.length > 0 && out.at(-1) !== ' ') out.push(' ');
    } else out.push(char);
  }
  if (out.at(-1) === ' ') out.pop();
  return out;
}

/**
 * At most `max` characters (code points) of `raw`, each invisible character
 * shown as its mark (counted at its length), with "…" when cut; a mark is never
 * cut in half.
 */
export function excerpt(raw: string, max = EXCERPT_MAX): string {
  const all = pieces(raw);
  const size = (piece: string) => Array.from(piece).length;
  if (all.reduce((n, piece) => n + size(piece), 0) <= max) return all.join('');
  let kept = '';
  let length = 0;
  for (const piece of all) {
    if (length + size(piece) > max - 1) break;
    kept += piece;
    length += size(piece);
  }
  return `${kept}…`;
}
