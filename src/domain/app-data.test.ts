import { describe, expect, it } from 'vitest';
import { dataset } from '../testing/dataset.ts';
import { toAppData } from './app-data.ts';

describe('toAppData', () => {
  const { index, chunks } = toAppData(dataset);

  it('keeps every article and indicator, without article text in the index', () => {
    expect(index.articles.map((a) => a.id)).toEqual(dataset.articles.map((a) => a.id));
    expect(index.indicators).toHaveLength(dataset.indicators.length);
    expect(JSON.stringify(index)).not.toContain('"blocks"');
    expect(index.articles.find((a) => a.regionId === 'anning')!.indicatorCount).toBe(0);
  });

  it('puts each article’s text and number spans in its chunk, together recovering the dataset', () => {
    for (const article of dataset.articles) {
      const chunk = chunks.find((c) => c.id === article.id)!;
      expect(chunk.blocks).toEqual(article.blocks);
    }
    for (const i of dataset.indicators) {
      const chunk = chunks.find((c) => c.id === i.articleId)!;
      expect(chunk.marks[i.id]).toEqual({ at: i.at, mention: i.mention });
    }
  });

  it('makes the index much smaller than the dataset', () => {
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(dataset).length * 0.8);
  });
});
