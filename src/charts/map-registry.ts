// Boundary maps are registered with ECharts once each, when their file is there.
import { echarts } from './echarts-setup.ts';
import { loadMapFile } from './map-files.ts';
import type { Bounds } from './options/map-projection.ts';
import { load, LoadFailure, retryLoad, valueOf, type Load } from '../lib/load.ts';

export interface RegisteredMap {
  /** The name the map is registered under. */
  name: string;
  /** A city map: the feature name of the place inside it. */
  place?: string;
  /** The map's bbox (written by `npm run map`): what its layout fits to the chart's box. */
  bounds: Bounds;
  /** The China map: a one-rectangle map of its bounds, for the markers layer. */
  frame?: string;
}

type GeoJson = Parameters<typeof echarts.registerMap>[1];

/** A map whose one region is the rectangle of the bounds: geo laid out on it matches the full map's. */
export function frameOf([west, south, east, north]: Bounds) {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'frame' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
  };
}

function register(name: string, json: unknown): RegisteredMap {
  const geoJson = json as { place?: string; bbox: Bounds };
  // ECharts decodes its compressed format in place; registering once is enough.
  echarts.registerMap(name, json as GeoJson);
  const map: RegisteredMap = { name, bounds: geoJson.bbox, ...(geoJson.place ? { place: geoJson.place } : {}) };
  if (name === 'china') {
    map.frame = `${name}-frame`;
    echarts.registerMap(map.frame, frameOf(geoJson.bbox) as unknown as GeoJson);
  }
  return map;
}

/** Registered as exactly "china" so ECharts adds the South China Sea inset; a place's city map as "place-<region>". */
const registeredName = (map: string) => (map === 'china' ? 'china' : `place-${map}`);

/** A map ("china" or a region id), fetched and registered once. */
export function loadMap(map: string): Load<RegisteredMap> {
  return load(`map:${map}`, async () => {
    const file = loadMapFile(map);
    if (!file) throw new LoadFailure('http', map, 'no map for this place', 404);
    return register(registeredName(map), await valueOf(file));
  });
}

/** Asks again for a map that failed, its file included. */
export function retryMap(map: string): void {
  const file = loadMapFile(map);
  if (file) retryLoad(file.key);
  retryLoad(loadMap(map).key);
}
