import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMapFiles } from './cli.ts';
import { boundsOf, decodeCollection, decodeRing, type FeatureCollection } from './decode.ts';
import { encodeCollection, encodeRing } from './encode.ts';
import { simplifyLine } from './simplify.ts';

const MAP_DIR = join(import.meta.dirname, '..', '..', 'data', 'map');

describe('decode', () => {
  it('reads zig-zag deltas from an offset', () => {
    // 'B'=2 → +1, 'A'=1 → -1 ; 'D'=4 → +2 ; 'C'=3 → -2
    expect(decodeRing('BADC', [1024, 2048], 1024)).toEqual([
      [1 + 1 / 1024, 2 - 1 / 1024],
      [1 + 3 / 1024, 2 - 3 / 1024],
    ]);
  });

  it('turns the shipped China map into plausible provinces', () => {
    const china = decodeCollection(JSON.parse(readFileSync(join(MAP_DIR, 'china.json'), 'utf8')) as FeatureCollection);
    expect(china.features).toHaveLength(34);
    const hubei = china.features.find((f) => f.properties.name === '湖北')!;
    const ring =
      hubei.geometry.type === 'Polygon' ? hubei.geometry.coordinates[0]! : hubei.geometry.coordinates[0]![0]!;
    for (const [lon, lat] of ring) {
      expect(lon).toBeGreaterThan(108);
      expect(lon).toBeLessThan(117);
      expect(lat).toBeGreaterThan(29);
      expect(lat).toBeLessThan(34);
    }
  });
});

describe('boundsOf', () => {
  it('is the box around every ring of every feature', () => {
    const square = (x: number, y: number): [number, number][] => [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y],
    ];
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Polygon', coordinates: [square(2, 3)] } },
        {
          type: 'Feature',
          properties: { name: 'b' },
          geometry: { type: 'MultiPolygon', coordinates: [[square(-5, 1)], [square(7, -2)]] },
        },
      ],
    };
    expect(boundsOf(collection)).toEqual([-5, -2, 8, 4]);
  });

  it('spans China, Hainan to Heilongjiang, in the shipped map', () => {
    const { bbox } = JSON.parse(readFileSync(join(MAP_DIR, 'china.json'), 'utf8')) as { bbox: number[] };
    const [west, south, east, north] = bbox as [number, number, number, number];
    expect(west).toBeGreaterThan(72);
    expect(west).toBeLessThan(75);
    expect(east).toBeGreaterThan(134);
    expect(east).toBeLessThan(136);
    expect(south).toBeGreaterThan(17);
    expect(south).toBeLessThan(19);
    expect(north).toBeGreaterThan(53);
    expect(north).toBeLessThan(54);
  });
});

describe('encode', () => {
  it('is read back by the decoder to within the scale', () => {
    const ring: [number, number][] = [
      [112.2081, 30.9744],
      [112.5, 31.01],
      [111.9, 30.5],
      [112.2081, 30.9744],
    ];
    const { text, offset } = encodeRing(ring, 1024);
    decodeRing(text, offset, 1024).forEach(([x, y], n) => {
      expect(Math.abs(x - ring[n]![0])).toBeLessThanOrEqual(0.5 / 1024);
      expect(Math.abs(y - ring[n]![1])).toBeLessThanOrEqual(0.5 / 1024);
    });
  });

  it('round-trips a whole collection, polygons and multipolygons', () => {
    const shipped = decodeCollection(
      JSON.parse(readFileSync(join(MAP_DIR, 'china.json'), 'utf8')) as FeatureCollection,
    );
    expect(decodeCollection(encodeCollection(shipped))).toEqual(shipped);
  });
});

describe('simplifyLine', () => {
  it('drops points closer to the line than the tolerance and keeps the ends', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.001],
          [2, 0],
          [3, 5],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
    ]);
  });
});

describe('npm run map', () => {
  it('would not change the committed map files (run `npm run map` if this fails)', () => {
    for (const [file, text] of buildMapFiles()) expect(readFileSync(join(MAP_DIR, file), 'utf8'), file).toBe(text);
  });

  it('keeps each place in its file, around its government seat', () => {
    const seats: Record<string, [number, number]> = { jingmen: [112.208, 30.974], anning: [102.479, 24.92] };
    for (const [id, [lon, lat]] of Object.entries(seats)) {
      const places = JSON.parse(readFileSync(join(MAP_DIR, 'places', `${id}.json`), 'utf8')) as {
        place: string;
        features: { properties: { name: string; cp: [number, number] } }[];
      };
      const place = places.features.find((f) => f.properties.name === places.place)!;
      expect(place.properties.cp[0]).toBeCloseTo(lon, 1);
      expect(place.properties.cp[1]).toBeCloseTo(lat, 1);
    }
  });

  it('writes each city with the bbox of the districts it draws (the app fits the map to its box by it)', () => {
    for (const [file, text] of buildMapFiles(undefined, { china: false })) {
      const city = JSON.parse(text) as FeatureCollection & { bbox: number[] };
      expect(city.bbox, file).toEqual(boundsOf(city));
    }
  });
});
