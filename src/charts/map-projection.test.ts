// The projection the labels are laid out with is ECharts' own: the same maps, laid
// out by the same options, in ECharts' server-side mode (no DOM, nothing drawn).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterAll, describe, expect, it } from 'vitest';
import { fitGeo, projector, type Bounds } from './options/map-projection.ts';

echarts.use([ScatterChart, GeoComponent, SVGRenderer]);
const MAPS = join(import.meta.dirname, '..', '..', 'data', 'map');
const BOXES = [
  { width: 375, height: 420 },
  { width: 343, height: 300 },
  { width: 700, height: 420 },
  { width: 1000, height: 420 },
];
const charts: echarts.EChartsType[] = [];
afterAll(() => charts.forEach((c) => c.dispose()));

function echartsPixels(
  map: string,
  bounds: Bounds,
  padding: number | undefined,
  box: { width: number; height: number },
  coords: [number, number][],
) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...box });
  charts.push(chart);
  chart.setOption({ animation: false, geo: { map, ...fitGeo(bounds, padding) } });
  return coords.map((c) => chart.convertToPixel('geo', c) as unknown as [number, number]);
}

const probes = ([west, south, east, north]: Bounds): [number, number][] => [
  [west, north],
  [east, south],
  [(west + east) / 2, (south + north) / 2],
  [west + (east - west) * 0.63, south + (north - south) * 0.31],
];

describe('the maps’ projection', () => {
  it('is ECharts’ own for the China map, at every box size', () => {
    const china = JSON.parse(readFileSync(join(MAPS, 'china.json'), 'utf8')) as { bbox: Bounds };
    echarts.registerMap('china', china as never);
    for (const box of BOXES) {
      const ours = probes(china.bbox).map(projector(china.bbox, box));
      const theirs = echartsPixels('china', china.bbox, undefined, box, probes(china.bbox));
      ours.forEach(([x, y], i) => {
        expect(x).toBeCloseTo(theirs[i]![0], 6);
        expect(y).toBeCloseTo(theirs[i]![1], 6);
      });
    }
  });

  it('is ECharts’ own for each place’s city map, fitted to the bbox `npm run map` writes into it', () => {
    const files = readdirSync(join(MAPS, 'places'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(MAPS, 'places', file), 'utf8')) as { bbox: Bounds };
      const bounds = json.bbox;
      echarts.registerMap(file, json as never);
      for (const box of BOXES) {
        const ours = probes(bounds).map(projector(bounds, box, 12));
        const theirs = echartsPixels(file, bounds, 12, box, probes(bounds));
        ours.forEach(([x, y], i) => {
          expect(x).toBeCloseTo(theirs[i]![0], 6);
          expect(y).toBeCloseTo(theirs[i]![1], 6);
        });
      }
    }
  });

  it('keeps the map’s shape: one degree is as long in every box, east–west squeezed by ECharts’ aspectScale', () => {
    const bounds: Bounds = [100, 20, 120, 40];
    for (const box of BOXES) {
      const p = projector(bounds, box);
      const [x0, y0] = p([110, 30]);
      const [x1] = p([111, 30]);
      const [, y1] = p([110, 29]);
      expect((x1 - x0) / (y1 - y0)).toBeCloseTo(0.75, 9);
    }
  });
});
