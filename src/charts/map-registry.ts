// Boundary maps are registered with ECharts once each, when their file is there.
import { echarts } from './echarts-setup.ts';
import { fetchChinaMapFile, fetchPlaceMapFile } from './map-files.ts';
import type { Bounds } from './options/map-option.ts';
import { track } from '../lib/settled.ts';

export interface RegisteredMap {
  /** The name the map is registered under. */
  name: string;
  /** A city map: the feature name of the place inside it. */
  place?: string;
  /** The China map: its bounds, and a one-rectangle map of those bounds for the markers layer. */
  bounds?: Bounds;
  frame?: string;
}

type GeoJson = Parameters<typeof echarts.registerMap>[1];
const registered = new Map<string, Promise<RegisteredMap>>();

/** A map whose one region is the rectangle of the bounds: geo laid out on it matches the full map's. */
export function frameOf([west, south, east, north]: Bounds) {
  const ring = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'frame' }, geometry: { type: 'Polygon', coordinates: [ring] } }] };
}

function register(name: string, file: () => Promise<unknown>): Promise<RegisteredMap> {
  let promise = registered.get(name);
  if (!promise) {
    promise = track(
      file().then((json) => {
        const geoJson = json as { place?: string; bbox?: Bounds };
        // ECharts decodes its compressed format in place; registering once is enough.
        echarts.registerMap(name, geoJson as GeoJson);
        const map: RegisteredMap = { name, ...(geoJson.place ? { place: geoJson.place } : {}) };
        if (geoJson.bbox) {
          const frame = `${name}-frame`;
          echarts.registerMap(frame, frameOf(geoJson.bbox) as unknown as GeoJson);
          Object.assign(map, { bounds: geoJson.bbox, frame });
        }
        return map;
      }),
    );
    // A failed load may be retried later; every render until then reads the same rejection.
    promise.catch(() => setTimeout(() => registered.delete(name), 0));
    registered.set(name, promise);
  }
  return promise;
}

/** Registered under exactly "china" so ECharts adds the South China Sea inset. */
export const loadChinaMap = () => register('china', fetchChinaMapFile);

export function loadPlaceMap(regionId: string): Promise<RegisteredMap> {
  return register(`place-${regionId}`, () => fetchPlaceMapFile(regionId) ?? Promise.reject(new Error(`no map for ${regionId}`)));
}
