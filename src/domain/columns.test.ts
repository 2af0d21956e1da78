import { describe, expect, it } from 'vitest';
import { columnValues, fromColumns, pickRows, toColumns } from './columns.ts';

describe('columns', () => {
  const rows = [
    { id: 'a', unit: '亿元', period: { label: '2021', year: 2021 }, value: 1 },
    { id: 'b', unit: '%', value: 2.5 },
    { id: 'c', unit: '亿元', period: { label: '2021', year: 2021 }, value: 0 },
  ];

  it('reads back exactly the records it was given, optional fields left out where absent', () => {
    expect(fromColumns(toColumns(rows, ['unit', 'period']))).toEqual(rows);
    expect('period' in fromColumns(toColumns(rows, ['period']))[1]!).toBe(false);
  });

  it('stores each distinct value of a dictionary field once', () => {
    const { columns } = toColumns(rows, ['unit', 'period']);
    expect(columns.unit).toEqual({ dict: ['亿元', '%'], refs: [0, 1, 0] });
    expect(columns.period).toEqual({ dict: [{ label: '2021', year: 2021 }], refs: [0, -1, 0] });
    expect(columns.value).toEqual({ values: [1, 2.5, 0] });
  });

  it('is smaller than the records when values repeat', () => {
    const many = Array.from({ length: 1000 }, (_, n) => ({
      id: `i${n}`,
      label: { zh: '地区生产总值', en: 'GDP' },
      value: n,
    }));
    expect(JSON.stringify(toColumns(many, ['label'])).length).toBeLessThan(JSON.stringify(many).length / 2);
  });
});

describe('pickRows and columnValues', () => {
  const rows = [
    { id: 'a', unit: '亿元', note: 'x' },
    { id: 'b', unit: '万人' },
    { id: 'c', unit: '亿元' },
  ];
  it('gives the chosen rows back as columns, each dictionary holding only what they use', () => {
    const picked = pickRows(toColumns(rows, ['unit']), [2, 1]);
    expect(fromColumns(picked)).toEqual([rows[2], rows[1]]);
    expect(picked.columns.unit).toEqual({ dict: ['亿元', '万人'], refs: [0, 1] });
    expect(fromColumns(pickRows(toColumns(rows, ['unit']), [1]))).toEqual([rows[1]]);
  });
  it('reads one column without the rows', () => {
    expect(columnValues(toColumns(rows, ['unit']), 'unit')).toEqual(['亿元', '万人', '亿元']);
    expect(columnValues(toColumns(rows, []), 'note')).toEqual(['x', undefined, undefined]);
  });
});
