import { describe, expect, it } from 'vitest';
import { indicator, index } from '../../testing/dataset.ts';
import { LIGHT as LIGHT_THEME, withRegionColors } from '../palette.ts';
import { buildBarBase, buildBarData } from './bar-option.ts';
import { mergeParts } from './merge-parts.ts';

const LIGHT = withRegionColors(LIGHT_THEME, index.dataset.regions);

const barData = (ids: string[], lang: 'zh' | 'en' = 'zh') =>
  buildBarData({
    indicators: ids.map(indicator),
    category: (i) => i.id,
    regions: index.regionById,
    lang,
    palette: LIGHT,
    title: 'T',
    horizontal: true,
  });
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

  it('keeps the value axis’s look once the bars’ tick formatter is laid over it', () => {
    const merged = mergeParts(
      buildBarBase({ palette: LIGHT, horizontal: true }),
      barData(['shushan-huangudai-disbursed', 'linjiang-xinyidai-loans']),
    ) as { xAxis: { axisLabel: { color: string; hideOverlap: boolean; formatter: unknown } } };
    expect(merged.xAxis.axisLabel).toMatchObject({ color: LIGHT.subtleText, hideOverlap: true });
    expect(typeof merged.xAxis.axisLabel.formatter).toBe('function');
  });

  it('escapes dataset text in tooltips', () => {
    const evil = { ...indicator('jingmen-auto-output-2021'), label: { zh: '<img src=x onerror=alert(1)>', en: 'x' } };
    const option = buildBarData({
      indicators: [evil],
      category: () => 'c',
      regions: index.regionById,
      lang: 'zh',
      palette: LIGHT,
      title: 't',
    });
    expect(option.series[0]!.data[0]!.tip).not.toContain('<img');
    expect(option.series[0]!.data[0]!.tip).toContain('&lt;img');
  });
});
