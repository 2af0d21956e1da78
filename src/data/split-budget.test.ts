// The data split at a thousand pages: no file a view loads is above its budget.
// This is the regression that once broke the build at x1000 (a precached index
// over Workbox's limit) and made a cold link load the whole corpus. Sizes only,
// never times (speed is the bench's: npm run bench).
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scaleDataset } from '../../bench/scale.ts';
import { articleSlice, regionSlice, toAppData, type AppIndexFile } from '../domain/app-data.ts';
import { columnValues } from '../domain/columns.ts';
import { dataset } from '../testing/dataset.ts';
import { overviewSlice, overviewSlicer, viewFile } from './overview-slice.ts';
import { MAP_TOOLTIP_FIGURES } from './view-files.ts';

const KB = 1024;
/** The budgets of issue 19, per file a view loads at x1000. */
const BUDGET = {
  overview: { raw: 1024 * KB, gzip: 150 * KB },
  article: { raw: 300 * KB, gzip: 60 * KB },
  /** Workbox's default per-file limit: `/`'s page, with its data, is precached. */
  precached: 2 * 1024 * KB,
};
const size = (value: unknown) => {
  const text = JSON.stringify(value);
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
};

describe('the data split at x1000', () => {
  const { index, chunks, quotes } = toAppData(scaleDataset(dataset, 1000));
  const positionOf = new Map(columnValues(index.indicators, 'id').map((id, n) => [id, n]));
  /** A slice as its page ships it: with its figures' quotes (scripts/prerender.ts). */
  const shipped = (slice: AppIndexFile) => ({
    ...slice,
    quotes: columnValues(slice.indicators, 'id').map((id) => quotes[positionOf.get(id)!]),
  });
  const every = <T,>(list: readonly T[], n: number) => list.filter((_, k) => k % Math.ceil(list.length / n) === 0);

  it('ships `/` its own data within the first view’s budget, and within the precache’s limit', () => {
    const overview = size(overviewSlice(index, quotes, { headlines: 4, tablePage: 25, articlePage: 20, placeFigures: MAP_TOOLTIP_FIGURES }));
    expect(overview.raw).toBeLessThan(BUDGET.overview.raw);
    expect(overview.gzip).toBeLessThan(BUDGET.overview.gzip);
    expect(overview.raw).toBeLessThan(BUDGET.precached);
  }, 60_000);

  it('ships a cold article link within a cold link’s budget, and a place’s page within the per-file limit', () => {
    const articleIds = every(chunks, 40).map((c) => c.id);
    for (const id of articleIds) {
      const slice = shipped(articleSlice(index, id)!);
      const chunk = chunks.find((c) => c.id === id)!;
      const loaded = { raw: size(slice).raw + size(chunk).raw, gzip: size(slice).gzip + size(chunk).gzip };
      expect(loaded.raw, id).toBeLessThan(BUDGET.article.raw);
      expect(loaded.gzip, id).toBeLessThan(BUDGET.article.gzip);
    }
    // A place's page carries every figure of its place, with their quotes: a first view's budget.
    for (const region of every(index.regions, 12)) {
      const slice = size(shipped(regionSlice(index, region.id)!));
      expect(slice.raw, region.id).toBeLessThan(BUDGET.overview.raw);
      expect(slice.gzip, region.id).toBeLessThan(BUDGET.overview.gzip);
    }
  }, 60_000);

  it('cuts each place’s and each sector’s own file (a first filter on `/`) within a first view’s budget', () => {
    const cut = overviewSlicer(index, quotes, { headlines: 4, tablePage: 25, articlePage: 20, placeFigures: MAP_TOOLTIP_FIGURES });
    const filters = [
      ...every(index.regions, 8).map((r) => ({ regions: [r.id], sectors: [] })),
      ...index.sectors.map((s) => ({ regions: [], sectors: [s.id] })),
    ];
    for (const filter of filters) {
      const file = size(viewFile(cut(filter)!));
      expect(file.raw, JSON.stringify(filter)).toBeLessThan(BUDGET.overview.raw);
      expect(file.gzip, JSON.stringify(filter)).toBeLessThan(BUDGET.overview.gzip);
    }
  }, 60_000);
});
