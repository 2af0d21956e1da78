// Boundary files load lazily, once each, and are registered with ECharts once.
import chinaUrl from '../../data/map/china.json?url';
import { echarts } from './echarts-setup.ts';

const placeUrls = import.meta.glob('../../data/map/places/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const pending = new Map<string, Promise<{ name: string; place?: string }>>();

function register(name: string, url: string): Promise<{ name: string; place?: string }> {
  let promise = pending.get(name);
  if (!promise) {
    promise = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`map ${name}: HTTP ${r.status}`);
        return r.json();
      })
      .then((geoJson: { place?: string }) => {
        // ECharts decodes its compressed format in place; registering once is enough.
        echarts.registerMap(name, geoJson as Parameters<typeof echarts.registerMap>[1]);
        return { name, ...(geoJson.place ? { place: geoJson.place } : {}) };
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
