// Small text helpers for a typeset Chinese column: widths in ems and punctuation classes.

/**
 * Full-width ASCII as ASCII, for detection only: digits, letters, ％, ． and ＋
 * (an OCR run may print ３１７．７亿元 for 317.7亿元). One UTF-16 unit becomes one,
 * so every offset found in the result holds in the text as printed, which is
 * what quotes and mentions keep. Full-width punctuation (，：；（）！？) stays.
 */
export function asciiForDetection(text: string): string {
  return text.replace(/[\uFF0B\uFF0E\uFF05\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Width in ems as printed: ASCII is half-width, everything else full-width. */
export function emWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

/** Ends a sentence: 。！？… optionally followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return /[。！？…][”’」』）]*$/.test(line);
}

/** Any punctuation that a subheading would not carry. */
export function hasPunctuation(line: string): boolean {
  return /[，。、：；！？,.;:!?]/.test(line);
}

const CJK_OR_FULLWIDTH = '[\\u2E80-\\u9FFF\\uFF00-\\uFFEF\\u3000-\\u303F“”‘’…—·]';

/**
 * OCR puts spaces around numbers and brackets ("2020 年 7", "（市）"). Chinese
 * text has none there, so drop a space whenever one side is CJK or full-width;
 * spaces between two ASCII words are kept.
 */
export function dropSpacesAroundCjk(text: string): string {
  // Decided on the ASCII form, so a full-width digit keeps the spaces an ASCII one would.
  const detect = asciiForDetection(text);
  const drop = new Set<number>();
  for (const pattern of [
    new RegExp(`\\s+(?=${CJK_OR_FULLWIDTH})`, 'g'),
    new RegExp(`(?<=${CJK_OR_FULLWIDTH})\\s+`, 'g'),
  ]) {
    for (const m of detect.matchAll(pattern)) for (let i = 0; i < m[0].length; i++) drop.add(m.index + i);
  }
  let out = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return out;
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
