import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/schema.ts';
import { datasetSchema } from '../src/domain/schema.ts';
import { dataset } from '../src/testing/dataset.ts';
import { placesFor, scaleDataset } from './scale.ts';

/** Raw bytes over gzip bytes: how much a text repeats itself. */
const gzipRatio = (text: string) => Buffer.byteLength(text) / gzipSync(text).length;
const articleText = (data: Dataset) => data.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n');
const quoteText = (data: Dataset) => data.indicators.map((i) => i.quote).join('\n');

/** Each figure's mention at its span, and its quote the sentence in the block around that span. */
function misplaced(data: Dataset): string[] {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  return data.indicators
    .filter((i) => {
      const text = articles.get(i.articleId)!.blocks[i.at.block]!.text;
      if (text.slice(i.at.start, i.at.end) !== i.mention) return true;
      for (let at = text.indexOf(i.quote); at >= 0; at = text.indexOf(i.quote, at + 1))
        if (at <= i.at.start && at + i.quote.length >= i.at.end) return false;
      return true;
    })
    .map((i) => i.id);
}

describe('scaleDataset', () => {
  const big = scaleDataset(dataset, 10);

  it('is the real dataset itself at x1', () => {
    expect(scaleDataset(dataset, 1)).toBe(dataset);
  });

  it('makes N times the articles and indicators, with unique ids, and keeps the real ones as they are', () => {
    expect(big.articles).toHaveLength(dataset.articles.length * 10);
    expect(big.indicators).toHaveLength(dataset.indicators.length * 10);
    for (const rows of [big.indicators, big.articles, big.regions])
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(big.articles.slice(0, dataset.articles.length)).toEqual(dataset.articles);
    expect(big.indicators.slice(0, dataset.indicators.length)).toEqual(dataset.indicators);
    expect(big.regions.slice(0, dataset.regions.length)).toEqual(dataset.regions);
    expect(big.stories).toEqual(dataset.stories);
    expect(big.headlineIndicatorIds).toEqual(dataset.headlineIndicatorIds);
  });

  it('keeps every number where its span says and inside its quote, the sentence around it', () => {
    expect(misplaced(big)).toEqual([]);
    for (const i of big.indicators) expect(i.quote).toContain(i.mention);
  });

  it('gives every synthetic place a real place’s fields, a visibly synthetic name, and a place on the map', () => {
    expect(datasetSchema.safeParse(big).success).toBe(true);
    const synthetic = big.regions.slice(dataset.regions.length);
    expect(synthetic.length).toBeGreaterThan(0);
    for (const r of synthetic) {
      expect(Object.keys(r).sort()).toEqual(Object.keys(dataset.regions[0]!).sort());
      expect(r.name.zh).toMatch(/（样本）$/);
      expect(r.name.en).toMatch(/\(sample\)$/);
      expect(r.coord[0]).toBeGreaterThan(73);
      expect(r.coord[1]).toBeGreaterThan(18);
    }
    expect(new Set(big.regions.map((r) => r.name.zh)).size).toBe(big.regions.length);
  });

  it('covers hundreds of places at x1000 and about two thousand at x10000, never more than China’s counties', () => {
    const places = (scale: number) => placesFor(scale, dataset.regions.length, dataset.articles.length);
    expect(places(1)).toBe(dataset.regions.length);
    expect(places(1000)).toBeGreaterThan(300);
    expect(places(1000)).toBeLessThan(1000);
    expect(places(10000)).toBeGreaterThan(1500);
    expect(places(10000)).toBeLessThanOrEqual(2800);
    // Never a place without an article.
    expect(places(2)).toBeLessThanOrEqual(dataset.regions.length + dataset.articles.length);
  });

  it('is the same for the same seed, and differs for another', () => {
    expect(JSON.stringify(scaleDataset(dataset, 3))).toBe(JSON.stringify(scaleDataset(dataset, 3)));
    expect(JSON.stringify(scaleDataset(dataset, 3, 7))).not.toBe(JSON.stringify(scaleDataset(dataset, 3)));
  });
});

describe('scaleDataset at x1000', () => {
  const big = scaleDataset(dataset, 1000);

  it('spreads the articles over hundreds of places', () => {
    const used = new Set(big.articles.map((a) => a.regionId));
    expect(big.regions.length).toBeGreaterThan(300);
    expect(used.size).toBe(big.regions.length);
  });

  // Copies with only their numbers changed gzip ~38×; the real page's text about 2×.
  it('gzips its article text and its quotes within 1.5× of the real page’s', () => {
    expect(gzipRatio(articleText(big))).toBeLessThan(1.5 * gzipRatio(articleText(dataset)));
    expect(gzipRatio(quoteText(big))).toBeLessThan(1.5 * gzipRatio(quoteText(dataset)));
  });

  it('keeps every quote verbatim in its article at its span', () => {
    expect(misplaced(big)).toEqual([]);
  });
}, 30_000);
