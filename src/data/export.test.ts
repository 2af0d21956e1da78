import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { index, indicator } from '../testing/dataset.ts';
import { dataset } from '../testing/dataset.ts';
import { EXPORT_COLUMNS, exportRecords, toCsv, toJson } from './export.ts';

const quotes = dataset.indicators.map((i) => i.quote);
const ctx = { index, quotes, lang: 'en' as const, link: (i: { id: string }) => `https://example.org/indicator/${i.id}` };

describe('export', () => {
  it('writes one record per row with every column, its sentence, its source and its link', () => {
    const [record] = exportRecords([indicator('jingmen-auto-output-2021')], ctx);
    expect(Object.keys(record!)).toEqual([...EXPORT_COLUMNS]);
    expect(record).toMatchObject({
      place: 'Jingmen Hi-tech Zone · Duodao', indicator_zh: '汽车产业产值', value_as_printed: 317.7, unit_as_printed: '亿元',
      value_normalised: 31770000000, unit_normalised: 'CNY', status: 'actual', source_file: '2022-page-01.txt',
      link: 'https://example.org/indicator/jingmen-auto-output-2021',
    });
    expect(record!.quote).toContain('317.7亿元');
    expect(record!.source_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('CSV: a BOM for Excel, RFC 4180 quoting that round-trips, and formulas defused', () => {
    const evil = { ...indicator('jingmen-auto-output-2021'), label: { zh: '=HYPERLINK("x")', en: '+1, "quoted"\nline' } };
    const csv = toCsv(exportRecords([evil, indicator('shushan-gdp-2021')], ctx));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...EXPORT_COLUMNS]);
    expect(parsed).toHaveLength(3);
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c, n) => [c, parsed[1]![n]]));
    expect(row.indicator).toBe(`'+1, "quoted"\nline`);
    expect(row.indicator_zh).toBe(`'=HYPERLINK("x")`);
    expect(row.quote).toContain('317.7亿元');
  });

  it('JSON carries the view it came from and the same rows', () => {
    const records = exportRecords([indicator('linjiang-credit-rank')], ctx);
    const json = JSON.parse(toJson(records, { title: 't', url: 'https://example.org/?region=linjiang', exportedAt: '2026-11-29' })) as { rows: unknown; url: unknown };
    expect(json.rows).toEqual(records);
    expect(json.url).toBe('https://example.org/?region=linjiang');
  });
});
