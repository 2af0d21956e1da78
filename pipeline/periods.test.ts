import { describe, expect, it } from 'vitest';
import { parsePeriod } from './periods.ts';

describe('parsePeriod', () => {
  it.each([
    [2021, { label: '2021', year: 2021, inferred: false }],
    ['2021-11', { label: '2021-11', year: 2021, month: 11, inferred: false }],
    ['今年', { label: '2022', year: 2022, inferred: true }],
    ['去年', { label: '2021', year: 2021, inferred: true }],
    ['今年-02', { label: '2022-02', year: 2022, month: 2, inferred: true }],
    ['今年-01..04', { label: '2022-01–04', year: 2022, month: 4, from: '2022-01', to: '2022-04', inferred: true }],
    ['2019..2021', { label: '2019–2021', year: 2021, from: '2019', to: '2021', inferred: false }],
    ['2020..今年', { label: '2020–2022', year: 2022, inferred: true }],
  ])('%s', (spec, expected) => {
    expect(parsePeriod(spec, 2022)).toMatchObject(expected);
  });

  it.each(['明年', '2021-13', '2019..2020..2021', ''])('refuses %s', (spec) => {
    expect(parsePeriod(spec, 2022)).toBeUndefined();
  });
});
