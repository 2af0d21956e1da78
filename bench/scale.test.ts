import { describe, expect, it } from 'vitest';
import { dataset } from '../src/testing/dataset.ts';
import { scaleDataset } from './scale.ts';

describe('scaleDataset', () => {
  const big = scaleDataset(dataset, 10);

  it('makes N times the articles and indicators, with unique ids', () => {
    expect(big.articles).toHaveLength(dataset.articles.length * 10);
    expect(big.indicators).toHaveLength(dataset.indicators.length * 10);
    expect(new Set(big.indicators.map((i) => i.id)).size).toBe(big.indicators.length);
  });

  it('keeps every number where its span says and inside its quote', () => {
    const articles = new Map(big.articles.map((a) => [a.id, a]));
    for (const i of big.indicators) {
      const text = articles.get(i.articleId)!.blocks[i.at.block]!.text;
      expect(text.slice(i.at.start, i.at.end)).toBe(i.mention);
      expect(text).toContain(i.quote);
      expect(i.quote).toContain(i.mention);
    }
  });

  it('is the same for the same seed', () => {
    expect(JSON.stringify(scaleDataset(dataset, 3))).toBe(JSON.stringify(scaleDataset(dataset, 3)));
  });
});
