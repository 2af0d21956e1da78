// Plain GeoJSON → ECharts' compressed format, the inverse of decode.ts: each ring
// a string of zig-zag deltas, two characters a point. A third the size of the
// same coordinates as JSON numbers, and ECharts decodes it itself.
import type { Feature, FeatureCollection } from './decode.ts';

type Ring = [number, number][];

const zigzag = (n: number) => (n << 1) ^ (n >> 31);

export function encodeRing(ring: Ring, scale: number): { text: string; offset: [number, number] } {
  const quantized = ring.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: [number, number] = [quantized[0]![0], quantized[0]![1]];
  let [px, py] = offset;
  let text = '';
  for (const [x, y] of quantized) {
    text += String.fromCharCode(zigzag(x - px) + 64, zigzag(y - py) + 64);
    [px, py] = [x, y];
  }
  return { text, offset };
}

export function encodeCollection(
  collection: FeatureCollection,
  scale = 1024,
): FeatureCollection & { UTF8Encoding: true; UTF8Scale: number } {
  const features = collection.features.map((f): Feature => {
    const polygon = (rings: Ring[]) => rings.map((r) => encodeRing(r, scale));
    const geometry =
      f.geometry.type === 'Polygon'
        ? (() => {
            const rings = polygon(f.geometry.coordinates);
            return {
              type: 'Polygon',
              coordinates: rings.map((r) => r.text),
              encodeOffsets: rings.map((r) => r.offset),
            };
          })()
        : (() => {
            const polygons = f.geometry.coordinates.map(polygon);
            return {
              type: 'MultiPolygon',
              coordinates: polygons.map((p) => p.map((r) => r.text)),
              encodeOffsets: polygons.map((p) => p.map((r) => r.offset)),
            };
          })();
    return { ...f, geometry: geometry as unknown as Feature['geometry'] };
  });
  return { type: 'FeatureCollection', features, UTF8Encoding: true, UTF8Scale: scale };
}
