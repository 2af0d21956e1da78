// How well a page's draft agrees with its curated annotation:
// `npx tsx pipeline/draft-agreement.ts [data folder]` prints, per page and in
// all, what docs/adding-a-page.md reports. Each curated indicator is paired with
// the draft's entry for the same number (the same article, paragraph and
// position); every other number the draft lists is one the curator ignored.
// "Typed values" counts what a curator changes or writes per kept figure: each
// of label zh/en, measure, subject, the entity's names, period, status and
// sectors that the draft did not propose as curated (a figure the draft put
// under `ignore:` costs all of them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Indicator } from '../src/domain/schema.ts';
import { readInputs } from './cli.ts';
import { draftFor, type DraftEntry } from './draft.ts';
import { isMain } from './main.ts';
import { parsePeriod } from './periods.ts';

export interface Agreement {
  page: string;
  indicators: number;
  numbers: number;
  valueAndUnit: number;
  status: number;
  period: number;
  measure: number;
  subject: number;
  labelZh: number;
  labelEn: number;
  sectorsExact: number;
  sectorsOverlap: number;
  /** Curated figures the draft put under `ignore:`. */
  figuresIgnored: number;
  /** Numbers the curator ignored that the draft left as indicators: in all, and in the article with most. */
  nonFiguresLeft: number;
  nonFiguresLeftPerArticle: number;
  typedValues: number;
  missing: string[];
}

/** The values a curator types for one kept figure, given the draft's entry for it. */
export function typedFor(i: Indicator, e: DraftEntry, pageYear: number): number {
  const entity = i.subject === 'entity';
  const fields = 8 + (entity ? 2 : 0);
  if (e.ignore) return fields;
  const proposed = e.period === undefined ? undefined : parsePeriod(e.period, pageYear)?.label;
  const sameSectors = e.sectors.length === i.sectorIds.length && e.sectors.every((s) => i.sectorIds.includes(s));
  return [
    e.label !== i.label.zh,
    e.labelEn !== i.label.en,
    e.measure !== i.measureId,
    e.subject !== i.subject,
    entity && e.subjectName !== i.subjectName?.zh,
    // The draft never writes an entity's English name.
    entity,
    proposed !== i.period?.label,
    e.status !== i.status,
    !sameSectors,
  ].filter(Boolean).length;
}

export function draftAgreement(dataDir: string): Agreement[] {
  const inputs = readInputs(dataDir);
  const dataset = JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')) as Dataset;
  return dataset.sources.map((source) => {
    const page = inputs.pages.find((p) => p.file.endsWith(source.file))!;
    const draft = draftFor(page, inputs, source.bylines);
    const a: Agreement = {
      page: source.file,
      indicators: 0,
      numbers: draft.numbers,
      valueAndUnit: 0,
      status: 0,
      period: 0,
      measure: 0,
      subject: 0,
      labelZh: 0,
      labelEn: 0,
      sectorsExact: 0,
      sectorsOverlap: 0,
      figuresIgnored: 0,
      nonFiguresLeft: 0,
      nonFiguresLeftPerArticle: 0,
      typedValues: 0,
      missing: [],
    };
    const articles = dataset.articles.filter((x) => x.sourceId === source.id);
    const paired = new Set<DraftEntry>();
    for (const i of dataset.indicators.filter((x) => articles.some((art) => art.id === x.articleId))) {
      a.indicators++;
      const index = articles.findIndex((art) => art.id === i.articleId);
      const e = draft.entries.find((x) => x.articleIndex === index && x.block === i.at.block && x.start === i.at.start);
      if (!e) {
        a.missing.push(i.id);
        continue;
      }
      paired.add(e);
      if (e.value === i.value && e.unit === i.unit && e.region === i.regionId) a.valueAndUnit++;
      if (e.ignore) a.figuresIgnored++;
      if (e.status === i.status) a.status++;
      const proposed = e.period === undefined ? undefined : parsePeriod(e.period, source.date.year)?.label;
      if (proposed === i.period?.label) a.period++;
      if (e.measure === i.measureId) a.measure++;
      if (e.subject === i.subject && (i.subject !== 'entity' || e.subjectName === i.subjectName?.zh)) a.subject++;
      if (e.label === i.label.zh) a.labelZh++;
      if (e.labelEn === i.label.en) a.labelEn++;
      const same = e.sectors.length === i.sectorIds.length && e.sectors.every((s) => i.sectorIds.includes(s));
      if (same) a.sectorsExact++;
      if (e.sectors.some((s) => i.sectorIds.includes(s))) a.sectorsOverlap++;
      a.typedValues += typedFor(i, e, source.date.year);
    }
    const left = draft.entries.filter((e) => !paired.has(e) && !e.ignore);
    a.nonFiguresLeft = left.length;
    a.nonFiguresLeftPerArticle = Math.max(
      0,
      ...articles.map((_, k) => left.filter((e) => e.articleIndex === k).length),
    );
    return a;
  });
}

/** All pages together (the worst article for non-figures left). */
export function total(pages: Agreement[]): Agreement {
  const sum = (key: keyof Agreement) => pages.reduce((n, p) => n + (p[key] as number), 0);
  const keys = [
    'indicators',
    'numbers',
    'valueAndUnit',
    'status',
    'period',
    'measure',
    'subject',
    'labelZh',
    'labelEn',
    'sectorsExact',
    'sectorsOverlap',
    'figuresIgnored',
    'nonFiguresLeft',
    'typedValues',
  ] as const;
  return {
    ...(Object.fromEntries(keys.map((k) => [k, sum(k)])) as Pick<Agreement, (typeof keys)[number]>),
    page: 'all',
    nonFiguresLeftPerArticle: Math.max(0, ...pages.map((p) => p.nonFiguresLeftPerArticle)),
    missing: pages.flatMap((p) => p.missing),
  };
}

export function describe(a: Agreement): string {
  const pct = (n: number) => `${n}/${a.indicators} (${Math.round((n / Math.max(1, a.indicators)) * 100)}%)`;
  return [
    `${a.page}: ${a.numbers} numbers listed for ${a.indicators} curated indicators`,
    `  value, unit and place ${pct(a.valueAndUnit)}${a.missing.length ? `; no entry for ${a.missing.join(', ')}` : ''}`,
    `  status ${pct(a.status)} · period ${pct(a.period)} · measure ${pct(a.measure)} · subject ${pct(a.subject)}`,
    `  label zh ${pct(a.labelZh)} · label en ${pct(a.labelEn)} · sectors the same ${pct(a.sectorsExact)}, one in common ${pct(a.sectorsOverlap)}`,
    `  figures put under ignore: ${a.figuresIgnored} · non-figures left as indicators: ${a.nonFiguresLeft} (at most ${a.nonFiguresLeftPerArticle} in one article)`,
    `  typed values per kept figure: ${(a.typedValues / Math.max(1, a.indicators)).toFixed(2)}`,
  ].join('\n');
}

if (isMain(import.meta.url)) {
  const pages = draftAgreement(process.argv[2] ?? 'data');
  for (const p of pages) console.log(describe(p));
  if (pages.length > 1) console.log(describe(total(pages)));
}
