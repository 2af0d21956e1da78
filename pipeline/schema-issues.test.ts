// Schema problems in a curator's words: what the key should hold, what the file
// holds there, and the kind of gap, never zod's wording.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pageAnnotationSchema, readAnnotation, regionAnnotationSchema } from './annotations.ts';
import { PipelineError, PipelineErrors } from './errors.ts';
import { describeValue } from './schema-issues.ts';

function problems(text: string, schema: z.ZodType, file = 'notes.yaml'): PipelineError[] {
  try {
    readAnnotation(text, schema, file);
  } catch (error) {
    if (error instanceof PipelineErrors) return error.errors;
    if (error instanceof PipelineError) return [error];
    throw error;
  }
  throw new Error('expected the read to fail');
}

const ZOD_WORDING =
  /Too small|Too big|Invalid input|Invalid option|Invalid string|expected string|expected number|received |>=|<=/;

const entry = (fields: string) => `source: p.txt
bylines: lead
printed: { publication: false, date: false, pageNumber: false }
articles:
  - region: x
    headline: { en: A headline }
indicators:
  - id: x-1
${fields}`;
const FULL = {
  region: '    region: x',
  value: '    value: 5',
  unit: '    unit: "%"',
  label: '    label: { zh: 增速, en: Growth }',
  measure: '    measure: gdp-growth',
  subject: '    subject: place',
  sectors: '    sectors: [industry]',
  status: '    status: actual',
};
const indicator = (change: Partial<Record<keyof typeof FULL, string | null>>) =>
  entry(
    Object.entries({ ...FULL, ...change })
      .flatMap(([, line]) => (line === null ? [] : [line]))
      .join('\n')
      .concat('\n'),
  );

describe('plain schema problems', () => {
  it.each<[string, Partial<Record<keyof typeof FULL, string | null>>, string, string, string]>([
    [
      'an empty English label',
      { label: '    label: { zh: 增速, en: "" }' },
      'indicators.0.label.en',
      'an English label; found an empty text',
      'indicators have no English label (label.en)',
    ],
    [
      'an English label left blank',
      { label: '    label: { zh: 增速, en: }' },
      'indicators.0.label.en',
      'an English label; found an empty value',
      'indicators have no English label (label.en)',
    ],
    [
      'a missing measure',
      { measure: null },
      'indicators.0.measure',
      'a measure (an id from measures.yaml); found none (the key is missing)',
      'indicators have no measure (measure)',
    ],
    [
      'an empty measure',
      { measure: '    measure: ""' },
      'indicators.0.measure',
      'a measure (an id from measures.yaml); found an empty text',
      'indicators have no measure (measure)',
    ],
    [
      'no sector',
      { sectors: '    sectors: []' },
      'indicators.0.sectors',
      'a sector (ids from sectors.yaml); found an empty list',
      'indicators have no sector (sectors)',
    ],
    [
      'an empty region',
      { region: '    region: ""' },
      'indicators.0.region',
      'a region (an id from regions.yaml); found an empty text',
      'indicators have no region (region)',
    ],
    [
      'a status outside the list',
      { status: '    status: done' },
      'indicators.0.status',
      'a status: one of actual, forecast, target, rank; found "done"',
      'indicators whose status is not one of actual, forecast, target, rank',
    ],
    [
      'a value written as text',
      { value: '    value: "5"' },
      'indicators.0.value',
      'the value as printed: a number; found "5"',
      'indicators whose value is not a number',
    ],
    [
      'a period that is neither text nor number',
      { status: '    status: actual\n    period: [2021]' },
      'indicators.0.period',
      'a text or a number; found a list of 1',
      'indicators whose period is not a text or a number',
    ],
  ])('%s', (_name, change, key, words, gap) => {
    const [problem, ...rest] = problems(indicator(change), pageAnnotationSchema);
    expect(rest).toEqual([]);
    expect(problem!.where).toMatchObject({ file: 'notes.yaml', id: 'x-1', key });
    expect(problem!.where.line).toBeGreaterThan(7);
    expect(problem!.message).toContain(`key ${key}: expected ${words}`);
    expect(problem!.gap).toBe(gap);
    expect(problem!.message).not.toMatch(ZOD_WORDING);
  });

  it('words a region file’s ranges and forms, naming the region', () => {
    const region = `- id: x
  name: { zh: 某地, en: Somewhere }
  province: { zh: 某省, en: Province }
  coord: [200, 30]
  areaCode: "12"
  color: "#12345"
  match: [某地]
  map: { file: a.geojson, feature: 某地 }
`;
    const found = problems(region, z.array(regionAnnotationSchema), 'regions.yaml');
    expect(found.map((p) => p.message.replace(/^regions\.yaml, line \d+, id x, /, ''))).toEqual([
      'key 0.coord.0: expected a number of at most 136; found 200 (a number)',
      'key 0.areaCode: expected a six-digit administrative area code; found "12"',
      'key 0.color: expected a colour as #rrggbb; found "#12345"',
    ]);
    for (const p of found) expect(p.message).not.toMatch(ZOD_WORDING);
  });

  it('a whole file of the wrong shape', () => {
    const [problem] = problems('a: 1\n', z.array(regionAnnotationSchema), 'regions.yaml');
    expect(problem!.message).toBe('regions.yaml, line 1: expected a document: a list; found a mapping');
  });

  it('describes values briefly', () => {
    expect([undefined, null, '', 'abc', 3, true, [], [1, 2], { a: 1 }].map(describeValue)).toEqual([
      'none (the key is missing)',
      'an empty value',
      'an empty text',
      '"abc"',
      '3 (a number)',
      'true (true or false)',
      'an empty list',
      'a list of 2',
      'a mapping',
    ]);
    expect(describeValue('字'.repeat(80))).toBe(`"${'字'.repeat(60)}…"`);
  });
});
