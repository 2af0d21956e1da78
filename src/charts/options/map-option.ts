// Map options: the six places on the China map, and one place inside its city.
import type { Region } from '../../domain/schema.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { listOf, withAside } from '../../format/label.ts';
import { formatValue } from '../../format/number.ts';
import type { Lang } from '../../domain/view.ts';
import type { Palette } from '../palette.ts';
import { escapeHtml } from './escape.ts';
import { itemTooltip } from './tooltip.ts';
import type { ChartOption } from './types.ts';

/** The data part of a chart whose marks never change with the filters (see Chart.tsx). */
const NO_DATA: ChartOption = {};
export const noData = () => NO_DATA;

/** [west, south, east, north] in degrees: the GeoJSON bbox of the China map. */
export type Bounds = [number, number, number, number];

/**
 * The China map is two stacked charts: the provinces, drawn once, and the
 * markers above them on an invisible frame with the same bounds, so a filter
 * change redraws six markers rather than rebuilding thirty-five provinces.
 * Both geos share this layout, hence the very same projection.
 */
function sharedGeo(map: string, bounds: Bounds) {
  const [west, south, east, north] = bounds;
  return {
    map,
    roam: false,
    // Fits the whole country, South China Sea inset included, in any box.
    top: 8,
    bottom: 8,
    left: 8,
    right: 8,
    boundingCoords: [[west, north], [east, south]],
    emphasis: { disabled: true },
    silent: true,
    label: { show: false },
  };
}

/** The provinces: static under every filter, redrawn only for a new theme. */
export function buildChinaBaseOption(map: string, bounds: Bounds, palette: Palette) {
  return {
    animation: false,
    geo: { ...sharedGeo(map, bounds), itemStyle: { areaColor: palette.mapArea, borderColor: palette.mapBorder, borderWidth: 0.6 } },
  } satisfies ChartOption;
}

export interface ChinaMarkersFrame {
  /** The registered frame map (one rectangle: the bounds) the markers are placed on. */
  frame: string;
  bounds: Bounds;
  regions: Region[];
  lang: Lang;
  palette: Palette;
}

/** The markers layer's frame: an invisible geo with the provinces' layout, the tooltip, the description. */
export function buildChinaMarkersBase({ frame, bounds, regions, lang, palette }: ChinaMarkersFrame) {
  return {
    aria: {
      enabled: true,
      label: { description: listOf(regions.map((r) => withAside(r.name[lang], r.province[lang], lang)), lang) },
    },
    animation: false,
    tooltip: itemTooltip(palette, 'tipOrName'),
    geo: { ...sharedGeo(frame, bounds), itemStyle: { areaColor: 'transparent', borderColor: 'transparent', borderWidth: 0 } },
  } satisfies ChartOption;
}

export interface ChinaMarkersInput {
  regions: Region[];
  /** Regions the filter selects; empty means no region filter. */
  activeRegionIds: string[];
  /** Indicators under the current filters, for counts and key figures. */
  indicators: IndicatorSummary[];
  /** Whether any filter (place, sector, search) is on: a place with no figure under it is then muted. */
  filtered: boolean;
  lang: Lang;
  palette: Palette;
  countLabel: (n: number) => string;
}

/** The markers: one per place, sized and coloured by the filters. */
export function buildChinaMarkersData(input: ChinaMarkersInput) {
  const { palette, lang } = input;
  // One pass over the indicators, however many places there are.
  const byRegion = new Map<string, IndicatorSummary[]>();
  for (const i of input.indicators) {
    const list = byRegion.get(i.regionId);
    if (list) list.push(i);
    else byRegion.set(i.regionId, [i]);
  }
  const data = input.regions.map((region) => {
    const own = byRegion.get(region.id) ?? [];
    const active = (input.activeRegionIds.length === 0 || input.activeRegionIds.includes(region.id)) && (!input.filtered || own.length > 0);
    const selected = input.activeRegionIds.includes(region.id);
    const position = labelPosition(region, input.regions);
    const tip = [
      `<strong>${escapeHtml(region.name[lang])}</strong> · ${escapeHtml(region.province[lang])}`,
      escapeHtml(input.countLabel(own.length)),
      ...firstActual(own, 3).map((i) => `${escapeHtml(i.label[lang])}${lang === 'zh' ? '：' : ': '}${escapeHtml(formatValue(i, lang))}`),
    ].join('<br/>');
    return {
      id: region.id,
      name: region.name[lang],
      value: [...region.coord, own.length],
      tip,
      symbolSize: selected ? 22 : 14,
      itemStyle: {
        color: active ? palette.region[region.id] : palette.muted,
        borderColor: selected ? palette.text : '#ffffff',
        borderWidth: selected ? 3 : 1.5,
      },
      label: {
        position,
        // Above, clear of a neighbour's marker a little higher to the east (蜀山 beside 荆门).
        distance: position === 'top' ? 12 : 6,
        fontWeight: selected ? ('bold' as const) : ('normal' as const),
        color: active ? palette.text : palette.muted,
      },
    };
  });
  return {
    series: [
      {
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        data,
        cursor: 'pointer',
        label: { show: true, formatter: '{b}', position: 'right' as const, distance: 6, fontSize: 12 },
        emphasis: { scale: 1.3 },
        z: 3,
      },
    ],
  } satisfies ChartOption;
}

function firstActual(rows: IndicatorSummary[], n: number): IndicatorSummary[] {
  const out: IndicatorSummary[] = [];
  for (const i of rows) {
    if (out.length === n) break;
    // The place's own outcomes: never a context figure (a national total) posing as the place's.
    if (i.status === 'actual' && i.subject !== 'context') out.push(i);
  }
  return out;
}

/**
 * Labels sit right of their marker unless another place lies just east on about
 * the same latitude (潼南, 荆门 and 蜀山 are 5–6° apart): then left if the west is
 * clear, else above (the neighbour west sits lower), so neighbouring labels never overlap.
 */
export function labelPosition(region: Region, all: Region[]): 'right' | 'left' | 'top' {
  const [lon, lat] = region.coord;
  const near = (o: Region, side: 1 | -1) =>
    o.id !== region.id && side * (o.coord[0] - lon) > 0 && Math.abs(o.coord[0] - lon) < 8 && Math.abs(o.coord[1] - lat) < 2;
  if (!all.some((o) => near(o, 1))) return 'right';
  return all.some((o) => near(o, -1)) ? 'top' : 'left';
}

export interface PlaceMapInput {
  mapName: string;
  /** The feature name of the place inside the city map, e.g. 掇刀区. */
  placeFeature: string;
  region: Region;
  lang: Lang;
  palette: Palette;
}

export function buildPlaceMapOption({ mapName, placeFeature, region, lang, palette }: PlaceMapInput) {
  const color = palette.region[region.id];
  return {
    aria: { enabled: true, label: { description: `${region.name[lang]}, ${region.province[lang]}` } },
    animation: false,
    tooltip: itemTooltip(palette, 'tipOrName'),
    geo: {
      map: mapName,
      roam: false,
      itemStyle: { areaColor: palette.mapArea, borderColor: palette.mapBorder, borderWidth: 0.8 },
      emphasis: { itemStyle: { areaColor: palette.mapEmphasis }, label: { show: true, color: palette.text } },
      label: { show: false },
      // The outline is marked by colour; its name is the seat marker's label, in the reader's language.
      regions: [{ name: placeFeature, itemStyle: { areaColor: `${color}66`, borderColor: color, borderWidth: 2 } }],
    },
    series: [
      {
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        data: [{ name: region.name[lang], value: region.coord }],
        symbolSize: 10,
        itemStyle: { color, borderColor: '#ffffff', borderWidth: 1.5 },
        // Beside the marker, never over it.
        label: { show: true, formatter: '{b}', position: 'right' as const, distance: 6, color: palette.text, fontWeight: 'bold' as const, textBorderColor: palette.tooltipBackground, textBorderWidth: 3 },
        silent: true,
      },
    ],
  } satisfies ChartOption;
}

/** A province's name as the China map's features write it: 湖北省 → 湖北, 广西壮族自治区 → 广西, 重庆市 → 重庆. */
export function provinceFeatureName(province: string): string {
  return province.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/, '');
}

export interface LocatorInput {
  region: Region;
  lang: Lang;
  palette: Palette;
}

/** The small locator beside a place's map: China, the place's province marked, a dot at the place. */
export function buildLocatorOption({ region, lang, palette }: LocatorInput) {
  const color = palette.region[region.id] ?? palette.accent;
  return {
    aria: { enabled: true, label: { description: `${region.province[lang]}, ${region.name[lang]}` } },
    animation: false,
    geo: {
      map: 'china',
      roam: false,
      silent: true,
      layoutCenter: ['50%', '50%'],
      layoutSize: '100%',
      itemStyle: { areaColor: palette.mapArea, borderColor: palette.mapBorder, borderWidth: 0.5 },
      label: { show: false },
      regions: [{ name: provinceFeatureName(region.province.zh), itemStyle: { areaColor: `${color}99`, borderColor: color, borderWidth: 1 } }],
    },
    series: [
      {
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        data: [{ name: region.name[lang], value: region.coord }],
        symbolSize: 7,
        itemStyle: { color, borderColor: '#ffffff', borderWidth: 1 },
        silent: true,
      },
    ],
  } satisfies ChartOption;
}
