import { describe, expect, it } from 'vitest';
import { dataset } from '../testing/dataset.ts';
import { readAppIndex, toAppData } from './app-data.ts';

describe('toAppData', () => {
  const { index, chunks, quotes } = toAppData(dataset);

  it('keeps every article and indicator, without any text but headlines in the index', () => {
    const read = readAppIndex(index);
    expect(read.articles.map((a) => a.id)).toEqual(dataset.articles.map((a) => a.id));
    expect(read.indicators).toHaveLength(dataset.indicators.length);
    const text = JSON.stringify(index);
    expect(text).not.toContain('"blocks"');
    expect(text).not.toContain(dataset.indicators[0]!.quote);
    expect(read.articles.find((a) => a.regionId === 'anning')!.indicatorCount).toBe(0);
  });

  it('reads back each indicator exactly, but for its text fields', () => {
    const read = readAppIndex(JSON.parse(JSON.stringify(index)));
    dataset.indicators.forEach((i, n) => {
      const { at: _at, mention: _mention, quote: _quote, ...summary } = i;
      expect(read.indicators[n]).toEqual(summary);
    });
  });

  it('keeps the quotes apart, in index order, and each article’s text and spans in its chunk', () => {
    expect(quotes).toEqual(dataset.indicators.map((i) => i.quote));
    for (const article of dataset.articles) {
      const chunk = chunks.find((c) => c.id === article.id)!;
      expect(chunk.blocks).toEqual(article.blocks);
    }
    for (const i of dataset.indicators) {
      const chunk = chunks.find((c) => c.id === i.articleId)!;
      expect(chunk.marks[i.id]).toEqual({ at: i.at, mention: i.mention, quote: i.quote });
    }
  });

  it('makes the index a small part of the dataset', () => {
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(dataset).length * 0.3);
  });
});
