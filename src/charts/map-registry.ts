// Boundary files load lazily, once each, and are registered with ECharts once.
import chinaUrl from '../../data/map/china.json?url';
import { echarts } from './echarts-setup.ts';
import type { Bounds } from './options/map-option.ts';

const placeUrls = import.meta.glob('../../data/map/places/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

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
const pending = new Map<string, Promise<RegisteredMap>>();

/** A map whose one region is the rectangle of the bounds: geo laid out on it matches the full map's. */
export function frameOf([west, south, east, north]: Bounds) {
  const ring = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'frame' }, geometry: { type: 'Polygon', coordinates: [ring] } }] };
}

function register(name: string, url: string): Promise<RegisteredMap> {
  let promise = pending.get(name);
  if (!promise) {
    promise = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`map ${name}: HTTP ${r.status}`);
        return r.json();
      })
      .then((geoJson: { place?: string; bbox?: Bounds }) => {
        // ECharts decodes its compressed format in place; registering once is enough.
        echarts.registerMap(name, geoJson as GeoJson);
        const registered: RegisteredMap = { name, ...(geoJson.place ? { place: geoJson.place } : {}) };
        if (geoJson.bbox) {
          const frame = `${name}-frame`;
          echarts.registerMap(frame, frameOf(geoJson.bbox) as unknown as GeoJson);
          Object.assign(registered, { bounds: geoJson.bbox, frame });
        }
        return registered;
      });
    promise.catch(() => pending.delete(name));
    pending.set(name, promise);
  }
  return promise;
}

/** Registered under exactly "china" so ECharts adds the South China Sea inset. */
export const loadChinaMap = () => register('china', chinaUrl);

export function loadPlaceMap(regionId: string) {
  const url = placeUrls[`../../data/map/places/${regionId}.json`];
  if (!url) return Promise.reject(new Error(`no map for ${regionId}`));
  return register(`place-${regionId}`, url);
}
