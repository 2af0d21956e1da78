import { describe, expect, it } from 'vitest';
import { dataset, placesWithoutFigures } from '../testing/dataset.ts';
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
    for (const a of read.articles)
      expect(a.indicatorCount, a.id).toBe(dataset.indicators.filter((i) => i.articleId === a.id).length);
  });

  it.each(placesWithoutFigures().map((p) => [p.name, p] as const))(
    'counts no figure for an article that reports none (%s)',
    (_name, { regionId, dataset: data }) => {
      const read = readAppIndex(toAppData(data).index);
      expect(read.articles.filter((a) => a.regionId === regionId).map((a) => a.indicatorCount)).toEqual(
        data.articles.filter((a) => a.regionId === regionId).map(() => 0),
      );
      expect(read.articles.filter((a) => a.regionId !== regionId).some((a) => a.indicatorCount > 0)).toBe(true);
    },
  );

  it('reads back each indicator exactly, but for its text fields', () => {
    const read = readAppIndex(JSON.parse(JSON.stringify(index)) as typeof index);
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

  it('makes the per-row part of the index a small part of the dataset (the vocabularies, measures and stories, are curated once, whatever the number of pages)', () => {
    expect(JSON.stringify({ articles: index.articles, indicators: index.indicators }).length).toBeLessThan(
      JSON.stringify(dataset).length * 0.3,
    );
  });
});

describe('the index carries what each figure means', () => {
  const { index: written } = toAppData(dataset);
  const read = readAppIndex(JSON.parse(JSON.stringify(written)) as typeof written);

  it('keeps the measures, stories and headline figures whole', () => {
    expect(read.schemaVersion).toBe(2);
    expect(read.measures).toEqual(dataset.measures);
    expect(read.stories).toEqual(dataset.stories);
    expect(read.headlineIndicatorIds).toEqual(dataset.headlineIndicatorIds);
  });

  it('gives every indicator its measure and subject, and entities their names', () => {
    const measureIds = new Set(read.measures.map((m) => m.id));
    for (const i of read.indicators) {
      expect(measureIds.has(i.measureId), i.id).toBe(true);
      expect(['place', 'entity', 'context']).toContain(i.subject);
      if (i.subject === 'entity') expect(i.subjectName, i.id).toBeDefined();
    }
  });

  it('stores measure, subject and subject name once per distinct value', () => {
    const { columns } = toAppData(dataset).index.indicators;
    for (const key of ['measureId', 'subject', 'subjectName']) expect(columns[key]).toHaveProperty('dict');
    expect((columns.subject as { dict: unknown[] }).dict.length).toBeLessThanOrEqual(3);
  });

  it('keeps the English glosses of headlines in the article summaries', () => {
    for (const a of read.articles) expect(a.headlineEn).toMatch(/^[\x20-\x7E–]+$/);
    expect(read.articles.find((a) => a.regionId === 'tongnan')!.subheadlineEn).toBeTruthy();
  });
});

describe('readAppIndex', () => {
  it('keeps one object per distinct label, period and list of sectors, as the columns do', () => {
    const { indicators } = readAppIndex(toAppData(dataset).index);
    for (const key of ['label', 'period', 'sectorIds'] as const) {
      const byText = new Map<string, unknown>();
      for (const i of indicators) {
        const value = i[key];
        if (value === undefined) continue;
        const text = JSON.stringify(value);
        if (!byText.has(text)) byText.set(text, value);
        expect(value, `${i.id} ${key}`).toBe(byText.get(text));
      }
      // The committed page repeats some of each: otherwise the check above would hold of any reading.
      expect(byText.size, key).toBeLessThan(indicators.filter((i) => i[key] !== undefined).length);
    }
  });
});
