import { describe, expect, it } from 'vitest';
import { mergeParts } from './merge-parts.ts';

describe('mergeParts', () => {
  it('keeps the frame of a component and lays the data over it', () => {
    const merged = mergeParts(
      { xAxis: { type: 'category', axisLabel: { color: '#333' } }, grid: { left: 8 } },
      { xAxis: { data: ['a', 'b'] }, series: [{ type: 'bar', data: [1, 2] }] },
    );
    expect(merged).toEqual({
      xAxis: { type: 'category', axisLabel: { color: '#333' }, data: ['a', 'b'] },
      grid: { left: 8 },
      series: [{ type: 'bar', data: [1, 2] }],
    });
  });

  it('merges arrays of components index by index, and the data part decides how many there are', () => {
    const merged = mergeParts({ series: [{ type: 'scatter', z: 3 }, { type: 'lines' }] } as never, {
      series: [{ data: [1] }],
    });
    expect(merged).toEqual({ series: [{ type: 'scatter', z: 3, data: [1] }] });
  });

  it('changes neither part', () => {
    const base = { grid: { left: 8 } };
    const data = { grid: { top: 4 } };
    mergeParts(base, data);
    expect(base).toEqual({ grid: { left: 8 } });
    expect(data).toEqual({ grid: { top: 4 } });
  });
});
