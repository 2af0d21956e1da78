import { describe, expect, it } from 'vitest';
import { indicator, index } from '../../testing/dataset.ts';
import { LIGHT } from '../palette.ts';
import { STORIES } from './stories.ts';
import { buildBarOption } from './bar-option.ts';
import { buildChinaBaseOption, buildChinaMarkersOption, labelPosition, type Bounds } from './map-option.ts';
import { buildStoryOption } from './story-option.ts';
import { buildExplorerOption } from './explorer-option.ts';

const passingAll = new Map(index.dataset.indicators.map((i) => [i.id, i]));
const ctx = { passing: passingAll, regions: index.regionById, lang: 'zh' as const, palette: LIGHT };
type Bar = { id: string; name: string; value: number; tip: string; itemStyle: { borderType?: string } };
const bars = (option: object) => (option as { series: { data: Bar[] }[] }).series[0]!.data;

describe('story options', () => {
  it('Jingmen auto output: 2021 actual beside the dashed 2022 forecast, in 亿元', () => {
    const option = buildStoryOption(STORIES.find((s) => s.id === 'jingmen-auto-output')!, ctx)!;
    const data = bars(option);
    expect(data.map((d) => [d.name, d.value])).toEqual([['2021', 317.7], ['2022 预计', 500]]);
    expect(data[1]!.itemStyle.borderType).toBe('dashed');
    expect((option as { yAxis: { name: string } }).yAxis.name).toBe('亿元');
    expect(data[1]!.tip).toContain('超过 500 亿元');
  });

  it('every story has all its indicators in the dataset and draws', () => {
    for (const story of STORIES) {
      for (const id of story.indicatorIds) expect(index.indicatorById.has(id), id).toBe(true);
      expect(buildStoryOption(story, ctx), story.id).not.toBeNull();
    }
  });

  it('a story whose indicators are all filtered out is not drawn', () => {
    const story = STORIES.find((s) => s.id === 'tongnan-rivers')!;
    expect(buildStoryOption(story, { ...ctx, passing: new Map() })).toBeNull();
  });

  it('the rank story needs both the rank and its field', () => {
    const story = STORIES.find((s) => s.kind === 'rank')!;
    const onlyRank = new Map([[story.indicatorIds[0]!, indicator(story.indicatorIds[0]!)]]);
    expect(buildStoryOption(story, { ...ctx, passing: onlyRank })).toBeNull();
  });

  it('names every bar by indicator id so a click can open its quote', () => {
    const option = buildStoryOption(STORIES.find((s) => s.id === 'zoucheng-posts')!, ctx)!;
    expect(bars(option).map((d) => d.id)).toEqual(['zoucheng-batch1-posts', 'zoucheng-batch2-posts', 'zoucheng-posts-total']);
  });

  it('describes the chart for screen readers', () => {
    const option = buildStoryOption(STORIES[0]!, ctx) as { aria: { enabled: boolean; label: { description: string } } };
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toContain('317.7 亿元');
  });
});

describe('buildBarOption', () => {
  it('refuses unlike units on one axis', () => {
    expect(() =>
      buildBarOption({ indicators: [indicator('jingmen-auto-output-2021'), indicator('jingmen-auto-output-growth-2021')], category: (i) => i.id, regions: index.regionById, lang: 'zh', palette: LIGHT, title: 'x' }),
    ).toThrow(/unlike units/);
  });

  it('puts mixed printed money units on one yuan axis', () => {
    const option = buildExplorerOption([indicator('shushan-huangudai-disbursed'), indicator('linjiang-xinyidai-loans')], index.regionById, 'en', LIGHT, 'Money') as unknown as {
      xAxis: { name: string; axisLabel: { formatter: (v: number) => string } };
    };
    expect(bars(option).map((d) => d.value)).toEqual([40000000, 458000000]);
    expect(option.xAxis.name).toBe('CNY');
    expect(option.xAxis.axisLabel.formatter(458000000)).toBe('458M');
  });

  it('escapes dataset text in tooltips', () => {
    const evil = { ...indicator('jingmen-auto-output-2021'), label: { zh: '<img src=x onerror=alert(1)>', en: 'x' } };
    const option = buildBarOption({ indicators: [evil], category: () => 'c', regions: index.regionById, lang: 'zh', palette: LIGHT, title: 't' });
    expect(bars(option)[0]!.tip).not.toContain('<img');
    expect(bars(option)[0]!.tip).toContain('&lt;img');
  });
});

describe('China map layers', () => {
  const BOUNDS: Bounds = [73.5, 18.1, 135.1, 53.6];
  type GeoOption = { map: string; boundingCoords: number[][]; top: number; left: number; itemStyle: { areaColor: string } };
  const build = (activeRegionIds: string[]) =>
    buildChinaMarkersOption({ frame: 'china-frame', bounds: BOUNDS, regions: index.dataset.regions, activeRegionIds, indicators: index.dataset.indicators, lang: 'zh', palette: LIGHT, countLabel: (n) => `${n} 项指标` }) as unknown as {
      geo: GeoOption;
      series: { data: { id: string; value: number[]; symbolSize: number; itemStyle: { color: string } }[] }[];
    };

  it('puts the six places at their coordinates, on a frame laid out exactly like the provinces', () => {
    const option = build([]);
    const base = buildChinaBaseOption('china', BOUNDS, LIGHT) as unknown as { geo: GeoOption; series?: unknown };
    expect(base.geo.map).toBe('china');
    expect(option.geo.map).toBe('china-frame');
    // Same bounds and box → same projection: a marker sits where its province is drawn.
    const layout = ({ map: _map, itemStyle: _style, ...rest }: GeoOption) => rest;
    expect(layout(option.geo)).toEqual(layout(base.geo));
    expect(option.geo.boundingCoords).toEqual([[73.5, 53.6], [135.1, 18.1]]);
    expect(option.geo.itemStyle.areaColor).toBe('transparent');
    expect(base.series).toBeUndefined();
    const jingmen = option.series[0]!.data.find((d) => d.id === 'jingmen')!;
    expect(jingmen.value).toEqual([112.208, 30.974, 32]);
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

describe('labelPosition', () => {
  it('moves a label below its marker when a neighbour sits just east', () => {
    expect(labelPosition(index.regionById.get('jingmen')!, index.dataset.regions)).toBe('bottom');
    expect(labelPosition(index.regionById.get('shushan')!, index.dataset.regions)).toBe('right');
    expect(labelPosition(index.regionById.get('tongnan')!, index.dataset.regions)).toBe('left');
  });
});
