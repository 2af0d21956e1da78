import { describe, expect, it } from 'vitest';
import type { Region } from '../../domain/schema.ts';
import { index } from '../../testing/dataset.ts';
import { LIGHT, withRegionColors } from '../palette.ts';
import {
  buildChinaBaseOption,
  buildChinaMarkersBase,
  buildChinaMarkersData,
  buildLocatorOption,
  buildPlaceMapOption,
  groupLabel,
  layoutChinaMarkers,
  OWN_LABELS_UP_TO,
  provinceFeatureName,
  type Bounds,
} from './map-option.ts';
import { projector } from './map-projection.ts';

const BOUNDS: Bounds = [73.5, 18.1, 135.1, 53.6];
/** A label as wide as a full em per character: what the layout needs is a width, any consistent one. */
const textWidth = (text: string, size: number) => [...text].length * size;
const real = index.dataset.regions;
/** A place a few pixels from the dataset's first place, as a second page may bring. */
const first = real[0]!;
const near: Region = {
  ...first,
  id: 'near-test',
  name: { zh: '近邻县', en: 'Neighbour County' },
  coord: [first.coord[0] + 0.38, first.coord[1] - 0.26],
  color: '#882255',
};
const regions = [...real, near];
const palette = withRegionColors(LIGHT, regions);

/** The markers layer for these places, laid out as the map does (layoutChinaMarkers, then the data). */
const markersOf = (
  places: Region[],
  opts: {
    activeRegionIds?: string[];
    width?: number;
    lang?: 'zh' | 'en';
    indicators?: typeof index.dataset.indicators;
    filtered?: boolean;
  } = {},
) => {
  const {
    activeRegionIds = [],
    width = 700,
    lang = 'zh',
    indicators = index.dataset.indicators,
    filtered = activeRegionIds.length > 0,
  } = opts;
  const layout = layoutChinaMarkers({
    regions: places,
    selectedIds: activeRegionIds,
    lang,
    bounds: BOUNDS,
    box: { width, height: 420 },
    textWidth,
  });
  const counts = new Map<string, number>();
  for (const i of indicators) counts.set(i.regionId, (counts.get(i.regionId) ?? 0) + 1);
  return buildChinaMarkersData({
    regions: places,
    activeRegionIds,
    indicators,
    counts,
    filtered,
    lang,
    palette: withRegionColors(LIGHT, places),
    countLabel: (n) => `${n} 项指标`,
    layout,
  });
};
const markers = (activeRegionIds: string[], width = 700) => markersOf(regions, { activeRegionIds, width });

describe('the China map layers', () => {
  it('draws the markers on a frame laid out exactly like the provinces, the map’s shape kept', () => {
    const base = buildChinaBaseOption('china', BOUNDS, palette);
    const markersBase = buildChinaMarkersBase({ frame: 'china-frame', bounds: BOUNDS, regions, lang: 'zh', palette });
    expect(base.geo.map).toBe('china');
    expect(markersBase.geo.map).toBe('china-frame');
    // Same bounds and box → same projection: a marker sits where its province is drawn.
    const { map: _a, itemStyle: _b, ...markersLayout } = markersBase.geo;
    const { map: _c, itemStyle: _d, ...provincesLayout } = base.geo;
    expect(markersLayout).toEqual(provincesLayout);
    expect(markersBase.geo.boundingCoords).toEqual([
      [73.5, 53.6],
      [135.1, 18.1],
    ]);
    expect(markersBase.geo.preserveAspect).toBe('contain');
    expect(markersBase.geo.itemStyle.areaColor).toBe('transparent');
    expect('series' in base).toBe(false);
  });

  it('puts each place at its seat, with its count', () => {
    const data = markers([]).series[0].data;
    expect(data.map((d) => d.id)).toEqual(regions.map((r) => r.id));
    for (const region of real) {
      const d = data.find((m) => m.id === region.id)!;
      expect(d.value).toEqual([
        ...region.coord,
        index.dataset.indicators.filter((i) => i.regionId === region.id).length,
      ]);
    }
  });

  it('marks the filtered places and mutes the rest', () => {
    const [chosen, other] = real;
    const data = markers([chosen!.id]).series[0].data;
    const a = data.find((d) => d.id === chosen!.id)!;
    const b = data.find((d) => d.id === other!.id)!;
    expect(a.symbolSize).toBeGreaterThan(b.symbolSize);
    expect(a.itemStyle.color).toBe(palette.region[chosen!.id]);
    expect(b.itemStyle.color).toBe(palette.muted);
  });

  it('lays the selected places out as drawn: larger markers, bold labels', () => {
    const chosen = real[0]!.id;
    const plain = layoutChinaMarkers({
      regions,
      selectedIds: [],
      lang: 'zh',
      bounds: BOUNDS,
      box: { width: 700, height: 420 },
      textWidth: (t, size, bold) => textWidth(t, size) * (bold ? 1.5 : 1),
    });
    const selected = layoutChinaMarkers({
      regions,
      selectedIds: [chosen],
      lang: 'zh',
      bounds: BOUNDS,
      box: { width: 700, height: 420 },
      textWidth: (t, size, bold) => textWidth(t, size) * (bold ? 1.5 : 1),
    });
    const i = regions.findIndex((r) => r.id === chosen);
    // A wider label, set further from a larger marker.
    expect(Math.abs(selected[i]!.label![0]) + Math.abs(selected[i]!.label![1])).toBeGreaterThan(
      Math.abs(plain[i]!.label![0]) + Math.abs(plain[i]!.label![1]),
    );
  });

  it('mutes every place with no figure under the filters', () => {
    const data = markersOf(regions, { indicators: [], filtered: true }).series[0].data;
    expect(data.every((d) => d.itemStyle.color === palette.muted)).toBe(true);
  });
});

describe('places a few pixels apart on the China map', () => {
  for (const width of [1440 * 0.55, 359]) {
    it(`draws their markers apart, each label beside its own marker, at ${Math.round(width)} px`, () => {
      const project = projector(BOUNDS, { width, height: 420 });
      const [ax, ay] = project(first.coord);
      const [bx, by] = project(near.coord);
      expect(Math.hypot(ax - bx, ay - by)).toBeLessThan(8);
      const option = markers([], width);
      const [a, b] = [first.id, near.id].map((id) => option.series[0].data.find((d) => d.id === id)!);
      const drawnA = [ax + a!.symbolOffset[0], ay + a!.symbolOffset[1]];
      const drawnB = [bx + b!.symbolOffset[0], by + b!.symbolOffset[1]];
      // Apart by more than their radii: neither covers the other, the pointer finds each.
      expect(Math.hypot(drawnA[0]! - drawnB[0]!, drawnA[1]! - drawnB[1]!)).toBeGreaterThan(
        (a!.symbolSize + b!.symbolSize) / 2,
      );
      for (const d of [a!, b!]) expect('offset' in d.label).toBe(true);
    });
  }

  it('draws a leader line from a marker moved off its seat, and none for a place left where it is', () => {
    // Two places on almost the same seat: each marker leaves its seat.
    const twin: Region = { ...near, id: 'twin-test', coord: [first.coord[0] + 0.05, first.coord[1]] };
    const option = markersOf([first, twin], { indicators: [], width: 359, lang: 'en' });
    const [dots, lines] = option.series;
    expect(lines.silent).toBe(true);
    for (const dot of dots.data) {
      const [dx, dy] = dot.symbolOffset;
      expect(Math.hypot(dx, dy)).toBeGreaterThan(dot.symbolSize / 2);
      // A line from the seat, as long as the marker was moved, centred between them.
      const line = lines.data.find((l) => l.symbolOffset[0] === dx / 2 && l.symbolOffset[1] === dy / 2);
      expect(line, dot.id).toBeDefined();
      expect(line!.value).toEqual(dot.value.slice(0, 2));
      expect(line!.symbolSize[0]).toBeCloseTo(Math.hypot(dx, dy), 9);
    }
    const lone: Region = { ...first, name: { zh: '某地', en: 'Somewhere' } };
    const alone = markersOf([lone], { indicators: [], width: 359, lang: 'en' });
    expect(alone.series[0].data[0]!.symbolOffset).toEqual([0, 0]);
    expect(alone.series[1].data).toEqual([]);
  });
});

describe('places too close to label apart on a small map', () => {
  const layoutIn = (width: number, height: number, lang: 'zh' | 'en') =>
    layoutChinaMarkers({
      regions,
      selectedIds: regions.map((r) => r.id),
      lang,
      bounds: BOUNDS,
      box: { width, height },
      textWidth,
    });

  it('names every place once: its own label, or a close neighbour’s, never left out', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const [width, height] of [
        [359, 420],
        [300, 200],
        [220, 160],
        [150, 110],
      ] as const) {
        const layout = layoutIn(width, height, lang);
        const where = `${lang} ${width}×${height}`;
        // Each place in exactly one label's members, and every label drawn.
        const named = layout.flatMap((p) => p.members);
        expect([...named].sort(), where).toEqual(regions.map((r) => r.id).sort());
        for (const p of layout) {
          expect(p.members.length > 0, `${where}: ${p.id} has a label exactly when it names places`).toBe(
            p.label !== null,
          );
          if (!p.members.length) continue;
          expect(p.members[0], where).toBe(p.id);
          expect(p.text, where).toBe(
            groupLabel(
              p.members.map((id) => regions.find((r) => r.id === id)!.name[lang]),
              lang,
            ),
          );
        }
      }
    }
  });

  it('joins a place to a labelled neighbour near it, never to one across the country', () => {
    const project = projector(BOUNDS, { width: 150, height: 110 });
    const seat = new Map(regions.map((r) => [r.id, project(r.coord)]));
    for (const lang of ['zh', 'en'] as const) {
      const layout = layoutIn(150, 110, lang);
      expect(
        layout.some((p) => p.members.length > 1),
        `${lang}: a group at this size`,
      ).toBe(true);
      for (const p of layout) {
        const [hx, hy] = seat.get(p.id)!;
        for (const id of p.members.slice(1)) {
          const [x, y] = seat.get(id)!;
          expect(Math.hypot(x - hx, y - hy), `${lang}: ${id} named by ${p.id}`).toBeLessThanOrEqual(80);
        }
      }
    }
  });

  it('groups a place with its neighbour only when a label has no room at all', () => {
    // The desktop map has room for every label.
    expect(layoutIn(770, 420, 'zh').every((p) => p.text !== null)).toBe(true);
    const tight = layoutIn(150, 110, 'zh');
    expect(tight.some((p) => p.text === null)).toBe(true);
  });

  it('writes a group as two names, or the first and how many', () => {
    expect(groupLabel(['荆门', '沙洋县'], 'zh')).toBe('荆门、沙洋县');
    expect(groupLabel(['Jingmen', 'Shayang'], 'en')).toBe('Jingmen, Shayang');
    expect(groupLabel(['荆门', '沙洋县', '钟祥市'], 'zh')).toBe('荆门等3地');
    expect(groupLabel(['Jingmen', 'Shayang', 'Zhongxiang'], 'en')).toBe('Jingmen +2');
  });

  it('draws a label’s text as text: a name with braces is not read as a template', () => {
    const odd: Region = { ...first, id: 'odd', name: { zh: '{b}{a}县', en: '{b} County' } };
    const option = markersOf([odd], { indicators: [], width: 700, lang: 'zh' });
    const label = option.series[0].data[0]!.label as { formatter: () => string };
    expect(label.formatter()).toBe('{b}{a}县');
  });
});

describe('a place’s city map', () => {
  const region = {
    id: 'r',
    name: { zh: '某县', en: 'Long County' },
    province: { zh: '湖北省', en: 'Hubei' },
    coord: [112.9, 30.5],
  } as unknown as Region;
  const build = (width: number) =>
    buildPlaceMapOption({
      mapName: 'place-r',
      placeFeature: '某县',
      region,
      lang: 'en',
      palette: withRegionColors(LIGHT, [{ id: 'r', color: '#123456' }]),
      bounds: [112, 30, 113, 31],
      box: { width, height: 300 },
      textWidth,
    });

  it('fits the city to the box with its shape kept, and names the place only once (its outline shows no second name)', () => {
    const option = build(600);
    expect(option.geo.preserveAspect).toBe('contain');
    expect(option.geo.boundingCoords).toEqual([
      [112, 31],
      [113, 30],
    ]);
    expect(option.geo.regions[0]!.emphasis.label.show).toBe(false);
    expect(option.series[0]!.data[0]!.name).toBe('Long County');
  });

  it('puts the label beside the seat, on the side with room: left of a seat near the east edge on a phone', () => {
    const offset = (width: number) => (build(width).series[0]!.data[0]!.label as { offset: [number, number] }).offset;
    expect(offset(1000)[0]).toBeGreaterThan(0);
    expect(offset(300)[0]).toBeLessThan(0);
  });
});

describe('the locator', () => {
  it('names the province as the China map does', () => {
    expect(provinceFeatureName('湖北省')).toBe('湖北');
    expect(provinceFeatureName('重庆市')).toBe('重庆');
    expect(provinceFeatureName('广西壮族自治区')).toBe('广西');
    expect(provinceFeatureName('内蒙古自治区')).toBe('内蒙古');
  });
  it('marks the province and the place', () => {
    const region = {
      id: 'r',
      name: { zh: '某地', en: 'Somewhere' },
      province: { zh: '山东省', en: 'Shandong' },
      coord: [117, 35],
    } as unknown as Region;
    const option = buildLocatorOption({
      region,
      lang: 'en',
      palette: withRegionColors(LIGHT, [{ id: 'r', color: '#123456' }]),
    });
    expect(option.geo.regions[0]!.name).toBe('山东');
    expect(option.series[0]!.data[0]!.value).toEqual([117, 35]);
  });
});

describe('hundreds of places on the China map', () => {
  // A seeded scatter over the east of China, where reported places crowd: 400 places.
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const many: Region[] = Array.from({ length: 400 }, (_, n) => ({
    ...first,
    id: `p${n}`,
    name: { zh: `样本${n}县`, en: `Sample ${n}` },
    coord: [104 + random() * 18, 22 + random() * 18] as [number, number],
  }));
  const layoutOf = (width: number, selectedIds: string[] = []) =>
    layoutChinaMarkers({
      regions: many,
      selectedIds,
      lang: 'zh',
      bounds: BOUNDS,
      box: { width, height: 420 },
      textWidth,
    });

  it('keeps every marker on its seat and names every place once, in labels that do not overlap', () => {
    expect(many.length).toBeGreaterThan(OWN_LABELS_UP_TO);
    for (const width of [343, 1200]) {
      const layout = layoutOf(width);
      expect(layout.every((p) => p.offset[0] === 0 && p.offset[1] === 0)).toBe(true);
      expect(layout.flatMap((p) => p.members).sort()).toEqual(many.map((r) => r.id).sort());
      const project = projector(BOUNDS, { width, height: 420 });
      // Each label's box at 12 px high (its font size; its line is taller): no two meet.
      const boxes = layout.flatMap((p, i) => {
        if (!p.label || !p.text) return [];
        const [x, y] = project(many[i]!.coord);
        const [cx, cy, w] = [x + p.label[0], y + p.label[1], textWidth(p.text, 12)];
        return [[cx - w / 2, cy - 6, cx + w / 2, cy + 6] as const];
      });
      for (const [n, a] of boxes.entries())
        for (const b of boxes.slice(n + 1))
          expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `${width}: ${a.join()} / ${b.join()}`).toBe(
            false,
          );
      // Labels at scale: more than one, and few enough to read.
      expect(boxes.length).toBeGreaterThan(1);
      expect(boxes.length).toBeLessThan(40);
    }
  });

  it('labels a selected place in its own label first', () => {
    const layout = layoutOf(1200, ['p123']);
    const own = layout.find((p) => p.id === 'p123')!;
    expect(own.members[0]).toBe('p123');
    expect(own.text).not.toBeNull();
  });
});
