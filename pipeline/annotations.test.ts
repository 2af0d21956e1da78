import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  pageAnnotationSchema,
  readAnnotation,
  readAnnotationFile,
  regionAnnotationSchema,
  sectorAnnotationSchema,
} from './annotations.ts';
import { PipelineError, PipelineErrors } from './errors.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/domain/schema.ts';
import { DATA_DIR, ofSeed, realInputs, seedNote } from './testing/fixtures.ts';

/** The seed page's annotation file: the edits below are made to its text. */
const page = () => seedNote(realInputs());

/** The error a read throws (failing the test when it throws none). */
function problemOf(read: () => unknown): PipelineError | PipelineErrors {
  try {
    read();
  } catch (error) {
    if (error instanceof PipelineError || error instanceof PipelineErrors) return error;
    throw error;
  }
  throw new Error('expected the read to fail');
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('strict curation files', () => {
  it('read the real page annotation', () => {
    const { data } = readAnnotationFile(page().content, pageAnnotationSchema, page().file);
    const committed = JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')) as Dataset;
    expect(data.indicators.map((i) => i.id)).toEqual(ofSeed(committed).indicators.map((i) => i.id));
    expect(data.bylines).toBe('lead');
  });

  it('refuse an unknown key, naming the file, line and key', () => {
    const text = page().content.replace('    measure: gdp\n', '    measure: gdp\n    colour: red\n');
    const error = problemOf(() => readAnnotation(text, pageAnnotationSchema, 'notes.yaml'));
    expect(error.message).toMatch(
      new RegExp(
        `notes\\.yaml, line ${lineOf(text, 'colour: red')}, id shushan-gdp-2021, key indicators\\.\\d+\\.colour: expected only the keys the schema knows in indicators\\.\\d+; found unknown key "colour"`,
      ),
    );
  });

  it('refuse a label cut at its comma: in a flow mapping `en: A, B` leaves a stray key', () => {
    const text = page().content.replace(
      'en: "Auto industry output, year-on-year growth"',
      'en: Auto industry output, year-on-year growth',
    );
    const error = problemOf(() => readAnnotation(text, pageAnnotationSchema, 'notes.yaml'));
    expect(error.message).toMatch(
      new RegExp(
        `notes\\.yaml, line ${lineOf(text, 'en: Auto industry output, year-on-year growth')}, id jingmen-auto-output-growth-2021, key indicators\\.2\\.label\\.year-on-year growth: .*unknown key "year-on-year growth"`,
      ),
    );
  });

  it('refuse a duplicate key, with its line', () => {
    const text = page().content.replace('    measure: gdp\n', '    measure: gdp\n    measure: market-entities\n');
    const error = problemOf(() => readAnnotation(text, pageAnnotationSchema, 'notes.yaml'));
    expect(error.message).toMatch(
      new RegExp(
        `notes\\.yaml, line ${lineOf(text, 'measure: market-entities')}, id shushan-gdp-2021, key indicators\\.\\d+\\.measure: expected each key once in its mapping; found a duplicate key "measure"`,
      ),
    );
  });

  it('report every problem of a file at once, each with its line', () => {
    const text = page()
      .content.replace('    measure: gdp\n', '    measure: gdp\n    colour: red\n')
      .replace(/(id: jingmen-eve-bmw-supplier-rank[\s\S]*?status: )rank/, '$1ranked')
      .replace(/(id: zoucheng-monthly-pay[\s\S]*?value: )1100/, '$1"1100"');
    const error = problemOf(() => readAnnotation(text, pageAnnotationSchema, 'notes.yaml'));
    expect(error).toBeInstanceOf(PipelineErrors);
    const errors = (error as PipelineErrors).errors;
    expect(errors.map((e) => `${e.where.id} ${e.where.key?.replace(/\.\d+\./, '.N.')}`).sort()).toEqual([
      'jingmen-eve-bmw-supplier-rank indicators.N.status',
      'shushan-gdp-2021 indicators.N.colour',
      'zoucheng-monthly-pay indicators.N.value',
    ]);
    for (const e of errors) expect(e.where.line).toBeGreaterThan(0);
    expect(error.message).toMatch(/^3 problems\nnotes\.yaml \(3\):\n {2}notes\.yaml, line \d+/);
  });

  it('report an invalid YAML document with its line', () => {
    const error = problemOf(() => readAnnotation('a: [1,\nb: 2\n', z.unknown(), 'bad.yaml'));
    expect(error.message).toMatch(/bad\.yaml, line \d+: expected valid YAML/);
  });

  it('hold regions and sectors to the same rule', () => {
    const regions = realInputs().regions;
    const text = regions.content.replace('  areaCode: "420804"\n', '  areaCode: "420804"\n  population: 1\n');
    expect(problemOf(() => readAnnotation(text, z.array(regionAnnotationSchema), regions.file)).message).toMatch(
      new RegExp(
        `regions\\.yaml, line ${lineOf(text, 'population: 1')}, id jingmen, key 0\\.population: .*unknown key "population"`,
      ),
    );
    const sectors = '- { id: industry, name: { zh: 产业, en: Industry, investment } }\n';
    expect(problemOf(() => readAnnotation(sectors, z.array(sectorAnnotationSchema), 'sectors.yaml')).message).toMatch(
      /sectors\.yaml, line 1, id industry, key 0\.name\.investment: .*unknown key "investment"/,
    );
  });
});
