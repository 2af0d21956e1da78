// Where ECharts draws a [lon, lat] on a map laid out by fitGeo: the same arithmetic
// as its geo layout (boundingCoords, box padding, preserveAspect 'contain', the
// default aspectScale of a GeoJSON map), so marks and labels can be placed in
// pixels before anything is drawn. e2e/map-labels.spec.ts holds it to ECharts' own
// convertToPixel at desktop and phone width.

/** [west, south, east, north] in degrees: a GeoJSON bbox. */
export type Bounds = [number, number, number, number];

/** A chart's box, in CSS pixels. */
export interface Box {
  width: number;
  height: number;
}

/** Space kept free around a map inside its box, in px. */
export const MAP_PADDING = 8;
/** ECharts squeezes a GeoJSON map's longitudes by this much (its default `aspectScale`), about cos 40°. */
const ASPECT_SCALE = 0.75;

/**
 * The geo layout options that fit `bounds` in the chart's box with its shape kept.
 * Without preserveAspect, box padding on all four sides stretches the map to the
 * box (China came out 30% too wide at desktop width and too narrow on a phone).
 */
export function fitGeo([west, south, east, north]: Bounds, padding = MAP_PADDING) {
  return {
    top: padding,
    bottom: padding,
    left: padding,
    right: padding,
    preserveAspect: 'contain' as const,
    boundingCoords: [
      [west, north],
      [east, south],
    ],
  };
}

/** From [lon, lat] to the chart's pixels, for a map laid out by fitGeo(bounds, padding) in `box`. */
export function projector(
  [west, south, east, north]: Bounds,
  box: Box,
  padding = MAP_PADDING,
): (coord: readonly [number, number]) => [number, number] {
  const aspect = ((east - west) / (north - south)) * ASPECT_SCALE;
  let width = Math.max(box.width - 2 * padding, 1);
  let height = Math.max(box.height - 2 * padding, 1);
  if (width / height > aspect) width = height * aspect;
  else height = width / aspect;
  // Centred in the padded box (the padding is the same on both sides).
  const left = (box.width - width) / 2;
  const top = (box.height - height) / 2;
  return ([lon, lat]) => [
    left + ((lon - west) / (east - west)) * width,
    top + ((north - lat) / (north - south)) * height,
  ];
}
