// Douglas–Peucker on each ring, then rounding. Used on district outlines that are
// drawn on their own, where neighbouring borders need not stay shared exactly.
import type { Feature } from './decode.ts';

type Point = [number, number];

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > max) [max, farthest] = [d, i];
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** Simplifies every ring; a ring that would collapse keeps its original shape's extremes. */
export function simplifyFeature(feature: Feature, tolerance: number): Feature {
  const ring = (r: Point[]) => {
    const simple = simplifyLine(r, tolerance);
    return (simple.length >= 4 ? simple : simplifyLine(r, tolerance / 10)).map(
      ([x, y]) => [round(x), round(y)] as Point,
    );
  };
  const g = feature.geometry;
  const geometry =
    g.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: g.coordinates.map(ring) }
      : { type: 'MultiPolygon' as const, coordinates: g.coordinates.map((p) => p.map(ring)) };
  return {
    type: 'Feature',
    properties: { name: feature.properties.name, ...(feature.properties.cp ? { cp: feature.properties.cp } : {}) },
    geometry,
  };
}
