import { describe, expect, it } from 'vitest';
import { indicator, index } from '../../testing/dataset.ts';
import { LIGHT as LIGHT_THEME, withRegionColors } from '../palette.ts';
import { buildBarBase, buildBarData } from './bar-option.ts';
import { buildChinaBaseOption, buildChinaMarkersBase, buildChinaMarkersData, labelPosition, type Bounds } from './map-option.ts';

const LIGHT = withRegionColors(LIGHT_THEME, index.dataset.regions);

const barData = (ids: string[], lang: 'zh' | 'en' = 'zh') =>
  buildBarData({ indicators: ids.map(indicator), category: (i) => i.id, regions: index.regionById, lang, palette: LIGHT, title: 'T', horizontal: true });
type Axes = ReturnType<typeof barData>['xAxis'];
const categoriesOf = (axis: Axes) => ('data' in axis ? axis.data : []);
const tickOf = (axis: Axes) => ('axisLabel' in axis ? axis.axisLabel.formatter : () => '');

describe('bar option', () => {
  it('draws each figure at its normalised value, in its place’s colour, forecasts hollow and dashed', () => {
    const option = barData(['jingmen-auto-output-2021', 'jingmen-auto-output-2022']);
    const [actual, forecast] = option.series[0]!.data;
    expect(actual!.value).toBe(31770000000);
    expect(actual!.itemStyle).toEqual({ color: LIGHT.region.jingmen });
    expect(forecast!.itemStyle).toMatchObject({ borderType: 'dashed', borderColor: LIGHT.region.jingmen });
    expect(forecast!.tip).toContain('500');
    expect(categoriesOf(option.yAxis)).toEqual(['jingmen-auto-output-2021', 'jingmen-auto-output-2022']);
  });

  it('refuses unlike units on one axis', () => {
    expect(() => barData(['jingmen-auto-output-2021', 'jingmen-auto-output-growth-2021'])).toThrow(/unlike units/);
  });

  it('ticks the value axis in the figures’ unit, per language', () => {
    const option = barData(['shushan-huangudai-disbursed', 'linjiang-xinyidai-loans'], 'en');
    expect(tickOf(option.xAxis)(458000000)).toMatch(/^¥/);
    expect(tickOf(barData(['shushan-huangudai-disbursed', 'linjiang-xinyidai-loans']).xAxis)(458000000)).toMatch(/元$/);
  });

  it('describes the chart for screen readers', () => {
    const option = barData(['jingmen-auto-output-2021']);
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toContain('317.7');
  });

  it('keeps the frame apart from the bars: axis types and look in the base, no series', () => {
    const base = buildBarBase({ palette: LIGHT, horizontal: true });
    expect(base.xAxis.type).toBe('value');
    expect(base.yAxis.type).toBe('category');
    expect('series' in base).toBe(false);
  });

  it('escapes dataset text in tooltips', () => {
    const evil = { ...indicator('jingmen-auto-output-2021'), label: { zh: '<img src=x onerror=alert(1)>', en: 'x' } };
    const option = buildBarData({ indicators: [evil], category: () => 'c', regions: index.regionById, lang: 'zh', palette: LIGHT, title: 't' });
    expect(option.series[0]!.data[0]!.tip).not.toContain('<img');
    expect(option.series[0]!.data[0]!.tip).toContain('&lt;img');
  });
});

describe('China map layers', () => {
  const BOUNDS: Bounds = [73.5, 18.1, 135.1, 53.6];
  const markersBase = buildChinaMarkersBase({ frame: 'china-frame', bounds: BOUNDS, regions: index.dataset.regions, lang: 'zh', palette: LIGHT });
  const build = (activeRegionIds: string[]) =>
    buildChinaMarkersData({ regions: index.dataset.regions, activeRegionIds, indicators: index.dataset.indicators, filtered: activeRegionIds.length > 0, lang: 'zh', palette: LIGHT, countLabel: (n) => `${n} 项指标` });

  it('puts the six places at their coordinates, on a frame laid out exactly like the provinces', () => {
    const option = build([]);
    const base = buildChinaBaseOption('china', BOUNDS, LIGHT);
    expect(base.geo.map).toBe('china');
    expect(markersBase.geo.map).toBe('china-frame');
    // Same bounds and box → same projection: a marker sits where its province is drawn.
    const { map: _a, itemStyle: _b, ...markersLayout } = markersBase.geo;
    const { map: _c, itemStyle: _d, ...provincesLayout } = base.geo;
    expect(markersLayout).toEqual(provincesLayout);
    expect(markersBase.geo.boundingCoords).toEqual([[73.5, 53.6], [135.1, 18.1]]);
    expect(markersBase.geo.itemStyle.areaColor).toBe('transparent');
    expect('series' in base).toBe(false);
    const jingmen = option.series[0]!.data.find((d) => d.id === 'jingmen')!;
    expect(jingmen.value).toEqual([112.208, 30.974, index.dataset.indicators.filter((i) => i.regionId === 'jingmen').length]);
  });

  it('marks the filtered regions and mutes the rest', () => {
    const data = build(['linjiang']).series[0]!.data;
    const linjiang = data.find((d) => d.id === 'linjiang')!;
    const anning = data.find((d) => d.id === 'anning')!;
    expect(linjiang.symbolSize).toBeGreaterThan(anning.symbolSize);
    expect(linjiang.itemStyle.color).toBe(LIGHT.region.linjiang);
    expect(anning.itemStyle.color).toBe(LIGHT.muted);
  });
});

describe('China map markers under a search', () => {
  it('mutes every place with no figure under the filters', () => {
    const data = buildChinaMarkersData({ regions: index.dataset.regions, activeRegionIds: [], indicators: [], filtered: true, lang: 'zh', palette: LIGHT, countLabel: String }).series[0]!.data;
    expect(data.every((d) => d.itemStyle.color === LIGHT.muted)).toBe(true);
  });
});

describe('labelPosition', () => {
  it('moves a label above its marker when neighbours sit just east and west', () => {
    expect(labelPosition(index.regionById.get('jingmen')!, index.dataset.regions)).toBe('top');
    expect(labelPosition(index.regionById.get('shushan')!, index.dataset.regions)).toBe('right');
    expect(labelPosition(index.regionById.get('tongnan')!, index.dataset.regions)).toBe('left');
  });
});
