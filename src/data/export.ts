// The rows of a view as a file a person can take away: CSV (UTF-8 with a BOM, so
// Excel reads Chinese; RFC 4180 quoting; a cell starting with = + - @ defused)
// and JSON. Every row carries its sentence, its source and a link back to it.
// Loaded only when a download is asked for (it brings the CSV writer with it).
//
// CSV is written with papaparse's `unparse`, a kept library: its quoting of
// commas, quotes and line breaks follows RFC 4180 and its `escapeFormulae`
// defuses spreadsheet formulas, the two things a few lines of our own would
// most likely get subtly wrong.
import Papa from 'papaparse';
import type { IndicatorSummary } from '../domain/app-data.ts';
import type { Lang } from '../domain/view.ts';
import { formatPeriod } from '../format/period.ts';
import type { DatasetIndex } from './dataset-index.ts';

export const EXPORT_COLUMNS = [
  'place', 'indicator', 'indicator_zh', 'value_as_printed', 'unit_as_printed', 'value_normalised', 'unit_normalised',
  'qualifier', 'period', 'status', 'subject', 'sectors', 'quote', 'article_headline', 'source_file', 'source_sha256', 'link',
] as const;

export type ExportRecord = Record<(typeof EXPORT_COLUMNS)[number], string | number>;

export interface ExportContext {
  index: DatasetIndex;
  /** Every indicator's sentence in index order, or null if they could not be loaded (the column is then empty). */
  quotes: readonly string[] | null;
  lang: Lang;
  /** The sentence's address, absolute, for each indicator. */
  link: (indicator: IndicatorSummary) => string;
}

export function exportRecords(rows: readonly IndicatorSummary[], { index, quotes, lang, link }: ExportContext): ExportRecord[] {
  const sources = new Map(index.dataset.sources.map((s) => [s.id, s]));
  return rows.map((i) => {
    const article = index.articleById.get(i.articleId);
    const source = article ? sources.get(article.sourceId) : undefined;
    return {
      place: index.regionById.get(i.regionId)?.name[lang] ?? i.regionId,
      indicator: i.label[lang],
      indicator_zh: i.label.zh,
      value_as_printed: i.value,
      unit_as_printed: i.unit,
      value_normalised: i.normalized.value,
      unit_normalised: i.normalized.unit,
      qualifier: i.approx,
      period: i.period ? formatPeriod(i.period, lang) : '',
      status: i.status,
      subject: i.subject,
      sectors: i.sectorIds.map((s) => index.sectorById.get(s)?.name[lang] ?? s).join('; '),
      quote: quotes?.[index.order.get(i.id) ?? -1] ?? '',
      article_headline: article?.headline ?? '',
      source_file: source?.file ?? '',
      source_sha256: source?.sha256 ?? '',
      link: link(i),
    };
  });
}

const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would read as a formula. papaparse's own default pattern
 * ends in `.*$`, which misses a cell with a line break in it: ours looks at the
 * first character only.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function toCsv(records: readonly ExportRecord[]): string {
  return BOM + Papa.unparse({ fields: [...EXPORT_COLUMNS], data: records.map((r) => EXPORT_COLUMNS.map((c) => r[c])) }, { escapeFormulae: FORMULA, newline: '\r\n' });
}

export function toJson(records: readonly ExportRecord[], about: { title: string; url: string; exportedAt: string }): string {
  return `${JSON.stringify({ ...about, columns: EXPORT_COLUMNS, rows: records }, null, 2)}\n`;
}
