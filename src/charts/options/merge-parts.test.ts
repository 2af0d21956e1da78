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

  it('merges nested objects all the way down, as a second setOption would', () => {
    const merged = mergeParts({ yAxis: { type: 'value', axisLabel: { color: '#666', hideOverlap: true } } } as never, {
      yAxis: { axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    });
    expect(merged).toEqual({
      yAxis: {
        type: 'value',
        axisLabel: { color: '#666', hideOverlap: true, formatter: '{value}%' },
        splitLine: { show: false },
      },
    });
  });

  it('replaces arrays inside a component rather than merging them', () => {
    const merged = mergeParts({ xAxis: { data: ['a', 'b', 'c'] } }, { xAxis: { data: ['d'] } });
    expect(merged).toEqual({ xAxis: { data: ['d'] } });
  });

  it('changes neither part', () => {
    const base = { grid: { left: 8 }, yAxis: { axisLabel: { color: '#666' } } };
    const data = { grid: { top: 4 }, yAxis: { axisLabel: { formatter: 'x' } } };
    mergeParts(base, data);
    expect(base).toEqual({ grid: { left: 8 }, yAxis: { axisLabel: { color: '#666' } } });
    expect(data).toEqual({ grid: { top: 4 }, yAxis: { axisLabel: { formatter: 'x' } } });
  });
});
