import { describe, expect, it } from 'vitest';
import { LIGHT } from './palette.ts';
import { buildChinaMarkersOption, type Bounds } from './options/map-option.ts';
import { optionUpdate, sameValue } from './option-update.ts';
import { index } from '../testing/dataset.ts';

describe('sameValue', () => {
  it('compares plain objects and arrays by content', () => {
    expect(sameValue({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });

  it('compares functions by identity', () => {
    const format = () => '';
    expect(sameValue({ formatter: format }, { formatter: format })).toBe(true);
    expect(sameValue({ formatter: () => '' }, { formatter: () => '' })).toBe(false);
  });
});

describe('optionUpdate', () => {
  it('passes on only the parts that changed', () => {
    const update = optionUpdate({ geo: { map: 'china' }, series: [{ data: [1] }] }, { geo: { map: 'china' }, series: [{ data: [2] }] });
    expect(update).toEqual({ kind: 'patch', option: { series: [{ data: [2] }] } });
  });

  it('says nothing changed when the rebuilt option is the same', () => {
    expect(optionUpdate({ series: [{ data: [1] }] }, { series: [{ data: [1] }] })).toEqual({ kind: 'none' });
  });

  it('resets when a part is gone, which a merge cannot remove', () => {
    const next = { series: [] };
    expect(optionUpdate({ series: [], dataZoom: [{}] }, next)).toEqual({ kind: 'reset', option: next });
  });

  it('a filter change on the China map touches the markers only', () => {
    const bounds: Bounds = [73, 3, 135, 54];
    const build = (activeRegionIds: string[]) =>
      buildChinaMarkersOption({
        frame: 'frame',
        bounds,
        regions: index.dataset.regions,
        activeRegionIds,
        indicators: index.dataset.indicators.filter((i) => activeRegionIds.length === 0 || activeRegionIds.includes(i.regionId)),
        lang: 'zh',
        palette: LIGHT,
        countLabel: (n) => `${n} 项`,
      });
    const update = optionUpdate(build([]), build(['jingmen']));
    expect(update.kind).toBe('patch');
    expect(Object.keys(update.kind === 'patch' ? update.option : {})).toEqual(['series']);
  });
});
