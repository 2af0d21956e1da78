// Boundary files as JSON, each loaded once. Kept apart from the ECharts code so
// the China map downloads in parallel with it, from the first moment of a visit.
// `@pulse-map` is the map folder beside the dataset the app is built on (data/map for
// data/dataset.json; see mapDirOf in pipeline/app-data-plugin.ts), so a build on
// another data folder draws that folder's places.
import chinaUrl from '@pulse-map/china.json?url';
import { expect, fetchJson, load, type Load } from '../lib/load.ts';

const placeFiles = import.meta.glob<string>('@pulse-map/places/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});
/** By region id (the file's name): how Vite writes a glob's keys is left to Vite. */
const placeUrls = new Map(Object.entries(placeFiles).map(([path, url]) => [path.replace(/^.*\/|\.json$/g, ''), url]));

/** The file of a map: "china", or a region id for that place's city map; undefined when there is none. */
export function loadMapFile(map: string): Load<unknown> | undefined {
  const url = map === 'china' ? chinaUrl : placeUrls.get(map);
  return url
    ? load(`map-file:${map}`, async (signal) => {
        const json = await fetchJson(url, signal);
        // A boundary file: GeoJSON features (ECharts' compressed format keeps the shape) and the bbox its layout fits.
        const { features, bbox } =
          typeof json === 'object' && json !== null ? (json as { features?: unknown; bbox?: unknown }) : {};
        expect(
          Array.isArray(features) && features.length > 0 && Array.isArray(bbox),
          url,
          'a map file (GeoJSON features and a bbox)',
        );
        return json;
      })
    : undefined;
}
