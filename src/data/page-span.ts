// What the dataset's pages are, in a few words for the header and the footer:
// how many, the years they span, and whether any year was inferred. Nothing
// here knows a page; a corpus of one page or of a thousand reads the same way.
import type { Source } from '../domain/schema.ts';

export interface PageSpan {
  pages: number;
  /** 2022, or 2022–2023 across pages of several years. */
  years: string;
  inferred: boolean;
}

export function pageSpan(sources: readonly Pick<Source, 'date'>[]): PageSpan | undefined {
  if (sources.length === 0) return undefined;
  const years = sources.map((s) => s.date.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  return { pages: sources.length, years: from === to ? String(from) : `${from}–${to}`, inferred: sources.some((s) => s.date.inferred) };
}
