import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appIndexFileSchema, articleChunkSchema, articleSlice, readAppIndex, toAppData } from '../domain/app-data.ts';
import type { Dataset } from '../domain/schema.ts';
import { LoadFailure } from '../lib/load.ts';
import { parseFile, readingFile } from './parse-file.ts';

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;
const { index, chunks } = toAppData(dataset);
const failureOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

describe('parseFile', () => {
  it('reads a file that matches its schema, and the index back to the same rows', () => {
    const file = parseFile(appIndexFileSchema, JSON.parse(JSON.stringify(index)), '/data/index.json', 'an index');
    const read = readAppIndex(file);
    expect(read.indicators).toHaveLength(dataset.indicators.length);
    expect(read.indicators[0]!.normalized).toEqual(dataset.indicators[0]!.normalized);
    expect(parseFile(articleChunkSchema, chunks[0], '/data/a.json', 'an article').id).toBe(chunks[0]!.id);
  });

  it('makes a file that does not match a malformed load, saying what and where', () => {
    const broken = { ...index, regions: [{ ...index.regions[0], coord: 'here' }] };
    const error = failureOf(() => parseFile(appIndexFileSchema, broken, '/data/index.json', 'an index'));
    expect(error).toBeInstanceOf(LoadFailure);
    expect(error).toMatchObject({ kind: 'malformed', url: '/data/index.json' });
    expect((error as Error).message).toMatch(/expected an index \(regions\.0\.coord: /);
  });

  it('checks the rows inside the columns too: a value that is not a number fails the load', () => {
    const values = index.indicators.columns.value;
    const column = values && 'values' in values ? { values: ['many', ...values.values.slice(1)] } : values;
    const broken = { ...index, indicators: { ...index.indicators, columns: { ...index.indicators.columns, value: column! } } };
    const error = failureOf(() => readingFile('/data/index.json', 'an index', () => readAppIndex(broken)));
    expect(error).toMatchObject({ kind: 'malformed' });
    expect((error as Error).message).toMatch(/0\.value: /);
  });
});

describe('articleSlice', () => {
  it('holds one article, its own figures and every place, sector and measure; the index reads it', () => {
    const article = dataset.articles[1]!;
    const slice = articleSlice(index, article.id)!;
    const read = readAppIndex(parseFile(appIndexFileSchema, slice, '/x', 'a slice'));
    expect(read.articles.map((a) => a.id)).toEqual([article.id]);
    expect(read.indicators.map((i) => i.id)).toEqual(
      dataset.indicators.filter((i) => i.articleId === article.id).map((i) => i.id),
    );
    expect(read.indicators[0]).toMatchObject({ value: dataset.indicators.find((i) => i.articleId === article.id)!.value });
    expect(read.regions).toHaveLength(dataset.regions.length);
    expect(read.sources.map((s) => s.id)).toEqual([article.sourceId]);
    expect(articleSlice(index, 'no-such-article')).toBeUndefined();
  });
});
