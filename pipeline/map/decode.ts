// ECharts' compressed GeoJSON ("UTF8Encoding": true) → plain GeoJSON.
// Each ring is a string read two characters at a time as a zig-zag delta from the
// previous point, starting at the ring's encodeOffsets, divided by the scale.

type Ring = [number, number][];
export interface Feature {
  type: 'Feature';
  properties: { name: string; cp?: [number, number]; [key: string]: unknown };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

export function decodeRing(encoded: string, offset: [number, number], scale: number): Ring {
  const ring: Ring = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let dx = encoded.charCodeAt(i) - 64;
    let dy = encoded.charCodeAt(i + 1) - 64;
    dx = (dx >> 1) ^ -(dx & 1);
    dy = (dy >> 1) ^ -(dy & 1);
    x += dx;
    y += dy;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

export function decodeCollection(collection: FeatureCollection): FeatureCollection {
  if (!collection.UTF8Encoding) return collection;
  const scale = collection.UTF8Scale ?? 1024;
  const features = collection.features.map((f) => {
    const g = f.geometry as unknown as { type: string; coordinates: unknown; encodeOffsets: unknown };
    const decodePolygon = (rings: string[], offsets: [number, number][]) =>
      rings.map((r, i) => decodeRing(r, offsets[i]!, scale));
    const geometry =
      g.type === 'Polygon'
        ? {
            type: 'Polygon' as const,
            coordinates: decodePolygon(g.coordinates as string[], g.encodeOffsets as [number, number][]),
          }
        : {
            type: 'MultiPolygon' as const,
            coordinates: (g.coordinates as string[][]).map((p, i) =>
              decodePolygon(p, (g.encodeOffsets as [number, number][][])[i]!),
            ),
          };
    return { ...f, geometry };
  });
  return { type: 'FeatureCollection', features };
}

/** The GeoJSON `bbox` of a decoded collection: [west, south, east, north], in degrees. */
export function boundsOf(collection: FeatureCollection): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (ring: Ring) => {
    for (const [x, y] of ring) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  };
  for (const f of collection.features) {
    if (f.geometry.type === 'Polygon') f.geometry.coordinates.forEach(visit);
    else f.geometry.coordinates.forEach((p) => p.forEach(visit));
  }
  if (!Number.isFinite(box[0])) throw new Error('boundsOf: the collection has no coordinates');
  return box;
}
