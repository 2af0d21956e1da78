import { describe, expect, it } from 'vitest';
import type { Region } from '../../domain/schema.ts';
import { LIGHT, withRegionColors } from '../palette.ts';
import { buildLocatorOption, provinceFeatureName } from './map-option.ts';

describe('the locator', () => {
  it('names the province as the China map does', () => {
    expect(provinceFeatureName('湖北省')).toBe('湖北');
    expect(provinceFeatureName('重庆市')).toBe('重庆');
    expect(provinceFeatureName('广西壮族自治区')).toBe('广西');
    expect(provinceFeatureName('内蒙古自治区')).toBe('内蒙古');
  });
  it('marks the province and the place', () => {
    const region = { id: 'r', name: { zh: '某地', en: 'Somewhere' }, province: { zh: '山东省', en: 'Shandong' }, coord: [117, 35] } as unknown as Region;
    const option = buildLocatorOption({ region, lang: 'en', palette: withRegionColors(LIGHT, [{ id: 'r', color: '#123456' }]) });
    expect(option.geo.regions[0]!.name).toBe('山东');
    expect(option.series[0]!.data[0]!.value).toEqual([117, 35]);
  });
});
