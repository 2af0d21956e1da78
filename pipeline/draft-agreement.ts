// How well a draft of the real page agrees with its curated annotation:
// `npx tsx pipeline/draft-agreement.ts` prints the figures the README reports.
// Each curated indicator is paired with the draft's entry for the same number
// (the same article, paragraph and position); value and unit must agree for
// every one, and status, period and sectors are counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/domain/schema.ts';
import { readInputs } from './cli.ts';
import { draftFor, type DraftEntry } from './draft.ts';
import { isMain } from './main.ts';
import { parsePeriod } from './periods.ts';

export interface Agreement {
  indicators: number;
  numbers: number;
  valueAndUnit: number;
  status: number;
  period: number;
  sectorsExact: number;
  sectorsOverlap: number;
  missing: string[];
}

export function draftAgreement(dataDir: string): Agreement {
  const inputs = readInputs(dataDir);
  const dataset = JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')) as Dataset;
  const agreement: Agreement = { indicators: 0, numbers: 0, valueAndUnit: 0, status: 0, period: 0, sectorsExact: 0, sectorsOverlap: 0, missing: [] };
  for (const source of dataset.sources) {
    const page = inputs.pages.find((p) => p.file.endsWith(source.file))!;
    const draft = draftFor(page, inputs, source.bylines);
    agreement.numbers += draft.numbers;
    const articles = dataset.articles.filter((a) => a.sourceId === source.id);
    const entryFor = (articleId: string, block: number, start: number): DraftEntry | undefined => {
      const index = articles.findIndex((a) => a.id === articleId);
      return draft.entries.find((e) => e.articleIndex === index && e.block === block && e.start === start);
    };
    for (const i of dataset.indicators.filter((x) => articles.some((a) => a.id === x.articleId))) {
      agreement.indicators++;
      const e = entryFor(i.articleId, i.at.block, i.at.start);
      if (!e) {
        agreement.missing.push(i.id);
        continue;
      }
      if (e.value === i.value && e.unit === i.unit && e.region === i.regionId) agreement.valueAndUnit++;
      if (e.status === i.status) agreement.status++;
      const proposed = e.period === undefined ? undefined : parsePeriod(e.period, source.date.year)?.label;
      if (proposed === i.period?.label) agreement.period++;
      const same = e.sectors.length === i.sectorIds.length && e.sectors.every((s) => i.sectorIds.includes(s));
      if (same) agreement.sectorsExact++;
      if (e.sectors.some((s) => i.sectorIds.includes(s))) agreement.sectorsOverlap++;
    }
  }
  return agreement;
}

if (isMain(import.meta.url)) {
  const a = draftAgreement(process.argv[2] ?? 'data');
  const pct = (n: number) => `${n}/${a.indicators} (${Math.round((n / a.indicators) * 100)}%)`;
  console.log(`draft of the real page: ${a.numbers} numbers listed for ${a.indicators} curated indicators (the rest are curated as ignore:)`);
  console.log(`value and unit (and place): ${pct(a.valueAndUnit)}${a.missing.length ? `; no entry for ${a.missing.join(', ')}` : ''}`);
  console.log(`status: ${pct(a.status)}`);
  console.log(`period: ${pct(a.period)}`);
  console.log(`sectors, the same set: ${pct(a.sectorsExact)}; at least one in common: ${pct(a.sectorsOverlap)}`);
}
