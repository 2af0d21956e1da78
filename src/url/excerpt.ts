// What a note may echo of a value from a link: a short, inert excerpt. Bidi
// overrides and isolates, other invisible format characters and control
// characters are removed (they could reorder or hide the text around them),
// runs of white space become one space, and the rest is cut at a few dozen
// characters with an ellipsis. React escapes it as text; this keeps it short
// and reading as it is.

/**
 * Characters never echoed: controls (Cc: C0, DEL, C1), format characters (Cf:
 * bidi marks, embeddings, overrides and isolates, zero-width joiners and spaces,
 * the BOM, soft hyphens), lone surrogates and variation selectors.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Variation_Selector}]/gu;

export const EXCERPT_MAX = 40;

/** At most `max` characters (code points) of `raw`, sanitised, with "…" when cut. */
export function excerpt(raw: string, max = EXCERPT_MAX): string {
  const clean = raw.replace(HIDDEN, '').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(clean);
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}
