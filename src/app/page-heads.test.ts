import { describe, expect, it } from 'vitest';
import { indexDataset } from '../data/dataset-index.ts';
import { readAppIndex, toAppData } from '../domain/app-data.ts';
import { dataset } from '../testing/dataset.ts';
import { pageHeads } from './page-heads.ts';

const { index, quotes } = toAppData(dataset);
const heads = pageHeads(indexDataset(readAppIndex(JSON.parse(JSON.stringify(index)) as typeof index)), quotes);

describe('pageHeads', () => {
  it('gives every region, article and indicator address its own title and description', () => {
    expect(heads).toHaveLength(dataset.regions.length + dataset.articles.length + dataset.indicators.length);
    expect(new Set(heads.map((h) => h.path)).size).toBe(heads.length);
    const jingmen = heads.find((h) => h.path === '/region/jingmen')!;
    expect(jingmen.title).toContain('荆门');
    expect(jingmen.description).toMatch(/\d/);
    for (const head of heads) expect(Array.from(head.description).length).toBeLessThanOrEqual(160);
  });
  it('quotes the sentence of an indicator', () => {
    const first = dataset.indicators[0]!;
    const head = heads.find((h) => h.path === `/indicator/${first.id}`)!;
    expect(head.description).toContain(first.quote.slice(0, 20));
  });
});
