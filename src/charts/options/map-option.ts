// Map options: the six places on the China map, and one place inside its city.
import type { Region } from '../../domain/schema.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { listOf, withAside } from '../../format/label.ts';
import { formatValue } from '../../format/number.ts';
import type { Lang } from '../../domain/view.ts';
import type { Palette } from '../palette.ts';
import { escapeHtml } from './escape.ts';
import { MAP_TOOLTIP_FIGURES } from '../../data/view-files.ts';
import { fitGeo, projector, type Bounds, type Box } from './map-projection.ts';
import { layoutPlaces, type PlacedMark } from './place-layout.ts';
import { itemTooltip } from './tooltip.ts';
import type { ChartOption } from './types.ts';

/** The data part of a chart whose marks never change with the filters (see chart.tsx). */
const NO_DATA: ChartOption = {};
export const noData = () => NO_DATA;

export type { Bounds, Box } from './map-projection.ts';

/** A label's width in px as the chart draws it, in the charts' typeface: measured by the caller (text-width.ts). */
export type TextWidth = (text: string, fontSize: number, bold: boolean) => number;

const LABEL_FONT_SIZE = 12;
/** Set on every place label, so its box is this tall whatever the font (the layout counts on it). */
const LABEL_LINE_HEIGHT = 14;
const MARKER = { size: 14, border: 1.5 };
const SELECTED = { size: 22, border: 3 };

/**
 * The China map is two stacked charts: the provinces, drawn once, and the
 * markers above them on an invisible frame with the same bounds, so a filter
 * change redraws six markers rather than rebuilding thirty-five provinces.
 * Both geos share this layout, hence the very same projection.
 */
function sharedGeo(map: string, bounds: Bounds) {
  return {
    map,
    roam: false,
    // The whole country, South China Sea inset included, in any box, its shape kept:
    // the projection place-layout.ts places the markers and labels with (map-projection.ts).
    ...fitGeo(bounds),
    emphasis: { disabled: true },
    silent: true,
    label: { show: false },
  };
}

/** The provinces: static under every filter, redrawn only for a new theme. */
export function buildChinaBaseOption(map: string, bounds: Bounds, palette: Palette) {
  return {
    animation: false,
    geo: {
      ...sharedGeo(map, bounds),
      itemStyle: { areaColor: palette.mapArea, borderColor: palette.mapBorder, borderWidth: 0.6 },
    },
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
      label: {
        description: listOf(
          regions.map((r) => withAside(r.name[lang], r.province[lang], lang)),
          lang,
        ),
      },
    },
    animation: false,
    tooltip: itemTooltip(palette, 'tipOrName'),
    geo: {
      ...sharedGeo(frame, bounds),
      itemStyle: { areaColor: 'transparent', borderColor: 'transparent', borderWidth: 0 },
    },
  } satisfies ChartOption;
}

export { MAP_TOOLTIP_FIGURES };

export interface ChinaMarkersInput {
  regions: Region[];
  /** Regions the filter selects; empty means no region filter. */
  activeRegionIds: string[];
  /** Indicators under the current filters, for each place's key figures. */
  indicators: IndicatorSummary[];
  /** Figures per place under the filters (the overview's own data holds fewer figures than it counts). */
  counts: ReadonlyMap<string, number>;
  /** Whether any filter (place, sector, search) is on: a place with no figure under it is then muted. */
  filtered: boolean;
  lang: Lang;
  palette: Palette;
  countLabel: (n: number) => string;
  /** Where each marker and label goes: layoutChinaMarkers for these regions, in this order, this language and selection. */
  layout: ChinaPlacement[];
}

/**
 * The markers: one per place, sized and coloured by the filters, laid out in
 * pixels (place-layout.ts) so that no marker or label covers another; a marker
 * moved off a neighbour keeps a leader line to its seat (a second, silent series).
 */
export function buildChinaMarkersData(input: ChinaMarkersInput) {
  const { palette, lang } = input;
  // One pass over the indicators, however many places there are.
  const byRegion = new Map<string, IndicatorSummary[]>();
  for (const i of input.indicators) {
    const list = byRegion.get(i.regionId);
    if (list) list.push(i);
    else byRegion.set(i.regionId, [i]);
  }
  const selected = new Set(input.activeRegionIds);
  const { layout } = input;
  const data = input.regions.map((region, i) => {
    const own = byRegion.get(region.id) ?? [];
    const count = input.counts.get(region.id) ?? 0;
    const active = (input.activeRegionIds.length === 0 || selected.has(region.id)) && (!input.filtered || count > 0);
    const isSelected = selected.has(region.id);
    const placed = layout[i]!;
    const tip = [
      `<strong>${escapeHtml(region.name[lang])}</strong> · ${escapeHtml(region.province[lang])}`,
      escapeHtml(input.countLabel(count)),
      ...firstActual(own, MAP_TOOLTIP_FIGURES).map(
        (i) => `${escapeHtml(i.label[lang])}${lang === 'zh' ? '：' : ': '}${escapeHtml(formatValue(i, lang))}`,
      ),
    ].join('<br/>');
    return {
      id: region.id,
      name: region.name[lang],
      value: [...region.coord, count],
      tip,
      symbolSize: (isSelected ? SELECTED : MARKER).size,
      symbolOffset: placed.offset,
      itemStyle: {
        color: active ? palette.region[region.id] : palette.muted,
        borderColor: isSelected ? palette.text : '#ffffff',
        borderWidth: (isSelected ? SELECTED : MARKER).border,
      },
      label: placed.label
        ? // A function, not a template: a name is text, never read for {b}-style fields.
          {
            formatter: () => placed.text ?? '',
            offset: placed.label,
            fontWeight: placed.members.some((id) => selected.has(id)) ? ('bold' as const) : ('normal' as const),
            color: active ? palette.text : palette.muted,
          }
        : { show: false },
    };
  });
  const markers = {
    type: 'scatter' as const,
    coordinateSystem: 'geo' as const,
    data,
    cursor: 'pointer',
    label: placeLabel(palette),
    emphasis: { scale: 1.25 },
    z: 3,
  };
  const leaders = leaderLines(input.regions, layout, palette);
  // The markers first: the chart's events and highlight read the first series' ids.
  return { series: [markers, leaders] as [typeof markers, typeof leaders] } satisfies ChartOption;
}

/** Each label centred on its marker, then moved by the layout's offset; a halo keeps it legible over borders. */
const placeLabel = (palette: Palette) => ({
  show: true,
  formatter: '{b}',
  position: 'inside' as const,
  fontSize: LABEL_FONT_SIZE,
  lineHeight: LABEL_LINE_HEIGHT,
  textBorderColor: palette.mapArea,
  textBorderWidth: 2,
});

export interface ChinaLayoutInput {
  regions: Region[];
  /** The places drawn as selected: larger markers, bold labels. */
  selectedIds: readonly string[];
  lang: Lang;
  /** The China map's bounds and the chart's box: where each seat is drawn (map-projection.ts). */
  bounds: Bounds;
  box: Box;
  textWidth: TextWidth;
}

/** A place's marker and label on the China map. */
export interface ChinaPlacement extends PlacedMark {
  /** The label's text; null when a close neighbour's label names this place. */
  text: string | null;
  /** The places the label names, this one first: itself alone, or close neighbours with it; empty when another's label names it. */
  members: string[];
}

/** One label for places too close to label apart: both names, or the first and how many more. */
export function groupLabel(names: string[], lang: Lang): string {
  if (names.length <= 2) return names.join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `${names[0]}等${names.length}地` : `${names[0]} +${names.length - 1}`;
}

/** How close a labelled neighbour must be to name a place left without room, before any other will do, in px. */
const GROUP_RADIUS = 80;
/**
 * Up to this many places, each first tries a label of its own. Beyond, places are
 * first gathered around hosts GROUP_RADIUS apart (the selected first), so the
 * labels tried are about as many as the map has room for: one label per place,
 * tried and regrouped round after round, cost 15 s at 409 places.
 */
export const OWN_LABELS_UP_TO = 48;

/** The places in groups around hosts at least `radius` apart, in the given order of precedence. */
function gatherAround(seats: [number, number][], order: number[], radius: number): number[][] {
  const groups = seats.map((): number[] => []);
  const hosts: number[] = [];
  for (const i of order) {
    let host = -1;
    let nearest = radius;
    for (const h of hosts) {
      const d = Math.hypot(seats[h]![0] - seats[i]![0], seats[h]![1] - seats[i]![1]);
      if (d <= nearest) [host, nearest] = [h, d];
    }
    if (host < 0) hosts.push(i);
    groups[host < 0 ? i : host]!.push(i);
  }
  return groups;
}

/**
 * Where the China map's markers and labels go (place-layout.ts). Apart from
 * buildChinaMarkersData because it follows the places, the box, the language and
 * the selection, never the rows: a caller keeps it across other filter changes.
 *
 * A place whose label finds no room anywhere (close neighbours on a small map) is
 * never dropped: its name joins the label of the nearest neighbour that has one
 * (one within GROUP_RADIUS first), and the layout is made again with those
 * longer labels, until every place is named.
 */
export function layoutChinaMarkers({
  regions,
  selectedIds,
  lang,
  bounds,
  box,
  textWidth,
}: ChinaLayoutInput): ChinaPlacement[] {
  const project = projector(bounds, box);
  const seats = regions.map((region) => project(region.coord));
  /** The places each label names, the place it is drawn at first; empty for a place another's label names. */
  const gathered = regions.length > OWN_LABELS_UP_TO;
  const groups = !gathered
    ? regions.map((_, i) => [i])
    : gatherAround(
        seats,
        regions
          .map((_, i) => i)
          .sort((a, b) => Number(selectedIds.includes(regions[b]!.id)) - Number(selectedIds.includes(regions[a]!.id))),
        GROUP_RADIUS,
      );
  const selected = (i: number) => groups[i]!.some((k) => selectedIds.includes(regions[k]!.id));
  const distance = (i: number, j: number) => Math.hypot(seats[i]![0] - seats[j]![0], seats[i]![1] - seats[j]![1]);
  for (;;) {
    const text = groups.map((g) =>
      g.length
        ? groupLabel(
            g.map((k) => regions[k]!.name[lang]),
            lang,
          )
        : null,
    );
    const layout = layoutPlaces(
      regions.map((region, i) => {
        const marker = selectedIds.includes(region.id) ? SELECTED : MARKER;
        const label = text[i];
        return {
          id: region.id,
          x: seats[i]![0],
          y: seats[i]![1],
          size: marker.size + marker.border,
          labelWidth: label ? textWidth(label, LABEL_FONT_SIZE, selected(i)) : 0,
          labelHeight: LABEL_LINE_HEIGHT,
          // Gathered into a neighbour's label (hundreds of places): a label may cover its marker.
          coverable: gathered && !label,
        };
      }),
      box,
    );
    const left = groups.flatMap((g, i) => (g.length && !layout[i]!.label ? [i] : []));
    const labelled = groups.flatMap((g, i) => (g.length && layout[i]!.label ? [i] : []));
    const done = () =>
      layout.map((p, i) => ({
        ...p,
        text: p.label ? text[i]! : null,
        members: p.label ? groups[i]!.map((k) => regions[k]!.id) : [],
      }));
    if (!left.length) return done();
    // Each round joins every group left out to a labelled one, so this ends. With no label
    // placed at all, every place goes into one label; if even that has no room, the map
    // is too small to label.
    if (!labelled.length) {
      const [first, ...rest] = left;
      if (!rest.length) return done();
      for (const i of rest) groups[first!]!.push(...groups[i]!.splice(0));
      continue;
    }
    for (const i of left) {
      const near = labelled.filter((h) => distance(h, i) <= GROUP_RADIUS);
      const host = (near.length ? near : labelled).reduce((a, b) => (distance(b, i) < distance(a, i) ? b : a));
      groups[host]!.push(...groups[i]!.splice(0));
    }
  }
}

/**
 * The leader lines (a moved marker to its seat, a label set further off to its
 * marker), each a rectangle one pixel high, as long as the line, centred on it
 * and turned along it: the scatter chart draws them, with no lines chart for a
 * few strokes. Silent, below the markers.
 */
function leaderLines(regions: Region[], layout: PlacedMark[], palette: Palette) {
  const data = regions.flatMap((region, i) =>
    layout[i]!.lines.map(([[x0, y0], [x1, y1]]) => ({
      value: region.coord,
      symbol: 'rect',
      symbolSize: [Math.hypot(x1 - x0, y1 - y0), 1],
      symbolOffset: [(x0 + x1) / 2, (y0 + y1) / 2],
      // ECharts turns a symbol counter-clockwise on screen, whose y axis points down.
      symbolRotate: (Math.atan2(y0 - y1, x1 - x0) * 180) / Math.PI,
    })),
  );
  return {
    type: 'scatter' as const,
    coordinateSystem: 'geo' as const,
    data,
    silent: true,
    itemStyle: { color: palette.subtleText },
    label: { show: false },
    z: 2,
  };
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

export interface PlaceMapInput {
  mapName: string;
  /** The feature name of the place inside the city map, e.g. 掇刀区. */
  placeFeature: string;
  region: Region;
  lang: Lang;
  palette: Palette;
  /** The city map's bounds and the chart's box: where the seat and its label are drawn. */
  bounds: Bounds;
  box: Box;
  textWidth: TextWidth;
}

/** Room around a city map, for a label beside a seat near its edge. */
const PLACE_MAP_PADDING = 12;
const SEAT = { size: 10, border: 1.5 };

export function buildPlaceMapOption({
  mapName,
  placeFeature,
  region,
  lang,
  palette,
  bounds,
  box,
  textWidth,
}: PlaceMapInput) {
  const color = palette.region[region.id];
  const name = region.name[lang];
  const [x, y] = projector(bounds, box, PLACE_MAP_PADDING)(region.coord);
  // Beside the seat, never over it, and inside the box (left of a seat near the east edge).
  const [seat] = layoutPlaces(
    [
      {
        id: region.id,
        x,
        y,
        size: SEAT.size + SEAT.border,
        labelWidth: textWidth(name, LABEL_FONT_SIZE, true),
        labelHeight: LABEL_LINE_HEIGHT,
      },
    ],
    box,
  );
  return {
    aria: { enabled: true, label: { description: `${name}, ${region.province[lang]}` } },
    animation: false,
    tooltip: itemTooltip(palette, 'tipOrName'),
    geo: {
      map: mapName,
      roam: false,
      ...fitGeo(bounds, PLACE_MAP_PADDING),
      itemStyle: { areaColor: palette.mapArea, borderColor: palette.mapBorder, borderWidth: 0.8 },
      emphasis: { itemStyle: { areaColor: palette.mapEmphasis }, label: { show: true, color: palette.text } },
      label: { show: false },
      // The outline is marked by colour; its name is the seat marker's label, in the
      // reader's language (so hovering it shows no second name over the seat).
      regions: [
        {
          name: placeFeature,
          itemStyle: { areaColor: `${color}66`, borderColor: color, borderWidth: 2 },
          emphasis: { label: { show: false } },
        },
      ],
    },
    series: [
      {
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        data: [{ name, value: region.coord, label: seat!.label ? { offset: seat!.label } : { show: false } }],
        symbolSize: SEAT.size,
        itemStyle: { color, borderColor: '#ffffff', borderWidth: SEAT.border },
        label: {
          ...placeLabel(palette),
          color: palette.text,
          fontWeight: 'bold' as const,
          textBorderColor: palette.tooltipBackground,
          textBorderWidth: 3,
        },
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
      regions: [
        {
          name: provinceFeatureName(region.province.zh),
          itemStyle: { areaColor: `${color}99`, borderColor: color, borderWidth: 1 },
        },
      ],
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
