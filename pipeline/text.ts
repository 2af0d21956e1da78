// Small text helpers for a typeset Chinese column: widths in ems and punctuation classes.

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
  return text
    .replace(new RegExp(`\\s+(?=${CJK_OR_FULLWIDTH})`, 'g'), '')
    .replace(new RegExp(`(?<=${CJK_OR_FULLWIDTH})\\s+`, 'g'), '');
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
