// Splits a paragraph into runs so the reader can mark every number and the
// quoted sentence of the active indicator without building HTML from strings.

export interface Span {
  start: number;
  end: number;
  id: string;
}

export interface Segment {
  text: string;
  /** The indicator whose number this run is. */
  indicatorId?: string;
  /** Inside the active indicator's quoted sentence. */
  inQuote: boolean;
}

export function articleSegments(text: string, mentions: Span[], quote?: { start: number; end: number }): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (quote) cuts.add(quote.start).add(quote.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [start, end] = [points[k]!, points[k + 1]!];
    const mention = mentions.find((m) => m.start <= start && end <= m.end);
    segments.push({
      text: text.slice(start, end),
      ...(mention ? { indicatorId: mention.id } : {}),
      inQuote: quote !== undefined && quote.start <= start && end <= quote.end,
    });
  }
  return segments;
}

/** Where an indicator's quote sits in its block: the occurrence that holds its number. */
export function quoteSpan(text: string, quote: string, at: { start: number; end: number }): { start: number; end: number } | undefined {
  for (let s = text.indexOf(quote); s >= 0; s = text.indexOf(quote, s + 1)) {
    if (s <= at.start && at.end <= s + quote.length) return { start: s, end: s + quote.length };
  }
  return undefined;
}
