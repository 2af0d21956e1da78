import { describe, expect, it } from 'vitest';
import { figureChange, type VersionRecord } from './versions.ts';

const record = (indicators: VersionRecord['indicators']): VersionRecord => ({ version: '00000000', indicators });

describe('figureChange', () => {
  const now = record({ a: { value: 1, unit: '亿元', quote: 'q1' }, b: { value: 2, unit: '个', quote: 'q2' } });
  it('says a figure is the same, changed (which parts) or gone', () => {
    expect(figureChange(record({ a: { value: 1, unit: '亿元', quote: 'q1' } }), now, 'a')).toEqual({ kind: 'same' });
    expect(figureChange(record({ a: { value: 3, unit: '亿元', quote: 'q0' } }), now, 'a')).toEqual({ kind: 'changed', value: true, unit: false, quote: true, was: { value: 3, unit: '亿元' } });
    expect(figureChange(record({ c: { value: 1, unit: '个', quote: 'q' } }), now, 'c')).toEqual({ kind: 'gone' });
    expect(figureChange(record({}), now, 'b')).toEqual({ kind: 'unknown' });
  });
  it('never reads inherited keys', () => {
    expect(figureChange(record({}), now, '__proto__')).toEqual({ kind: 'gone' });
  });
});
