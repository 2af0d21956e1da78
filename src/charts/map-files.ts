// Boundary files as JSON, each loaded once. Kept apart from the ECharts code so
// the China map downloads in parallel with it, from the first moment of a visit.
import chinaUrl from '../../data/map/china.json?url';
import { expect, fetchJson, load, type Load } from '../lib/load.ts';

const placeUrls = import.meta.glob('../../data/map/places/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The file of a map: "china", or a region id for that place's city map; undefined when there is none. */
export function loadMapFile(map: string): Load<unknown> | undefined {
  const url = map === 'china' ? chinaUrl : placeUrls[`../../data/map/places/${map}.json`];
  return url
    ? load(`map-file:${map}`, async (signal) => {
        const json = await fetchJson(url, signal);
        // A boundary file: GeoJSON features (ECharts' compressed format keeps the shape).
        const features = typeof json === 'object' && json !== null ? (json as { features?: unknown }).features : undefined;
        expect(Array.isArray(features) && features.length > 0, url, 'a map file (GeoJSON features)');
        return json;
      })
    : undefined;
}
