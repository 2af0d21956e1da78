// Boundary files as JSON, fetched once each. Kept apart from the ECharts code so
// the China map downloads in parallel with it, from the first moment of a visit.
import chinaUrl from '../../data/map/china.json?url';
import { keptLoads } from '../lib/settled.ts';

const placeUrls = import.meta.glob('../../data/map/places/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const fetchOnce = keptLoads((url) =>
  fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r.json() as Promise<unknown>;
  }),
);

export const fetchChinaMapFile = () => fetchOnce(chinaUrl);

/** The city map around a place, or undefined when there is none for that region. */
export function fetchPlaceMapFile(regionId: string): Promise<unknown> | undefined {
  const url = placeUrls[`../../data/map/places/${regionId}.json`];
  return url ? fetchOnce(url) : undefined;
}
