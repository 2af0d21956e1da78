// Markers and labels of places on a map, laid out in pixels so that none overlaps
// another: markers a few pixels apart are moved apart (one moved off its seat keeps
// a leader line to it), then each label takes the first free spot around its
// marker, inside the chart's box; a label with no room beside its marker goes to
// the nearest free spot further off, joined to it by a leader line. Pure:
// positions and sizes in, offsets out.
//
// Why here and not ECharts' labelLayout: that feature (LabelLayout, with its
// moveOverlap and hideOverlap) costs 4.7 KB gzip of JS on `/`, which sits at its
// 300 KB budget; it also moves only labels, never the markers that collide.
import type { Box } from './map-projection.ts';

export interface PlaceMark {
  id: string;
  /** The seat, in the chart's pixels (map-projection.ts). */
  x: number;
  y: number;
  /** The marker's diameter, its border included. */
  size: number;
  /** The label's box. */
  labelWidth: number;
  labelHeight: number;
}

export type Point = [number, number];

export interface PlacedMark {
  id: string;
  /** Where the marker is drawn, from its seat, in px: [0, 0] unless a neighbour was in the way. */
  offset: Point;
  /** Whether the seat lies outside the moved marker, so a leader line joins them. */
  leader: boolean;
  /** The label's centre from the marker's centre, in px; null when no free spot was found (the label is left out). */
  label: Point | null;
  /** Leader lines to draw, from the seat, in px: seat to moved marker, marker to a label set further off. */
  lines: [Point, Point][];
}

type Rect = { x: number; y: number; w: number; h: number };

/** Space between a marker and its neighbours, and between labels: room for a hovered marker's growth too. */
const GAP = 4;
/** How far a label sits from its marker: close first, then a little further. */
const DISTANCES = [3, 10];
/** Right, left, above, below, then the diagonals: the first that is free wins. */
const SIDES: [number, number][] = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [1, 1], [-1, -1], [-1, 1]];
/** Rounds of pushing neighbours apart; a few suffice for any crowd a map shows. */
const ROUNDS = 60;
/** How far off a label may go, with a leader line, when there is no room beside its marker: rings of 16 directions. */
const FURTHER = [18, 28, 40, 54, 70, 88];
const DIRECTIONS = Array.from({ length: 16 }, (_, k) => [Math.cos((k * Math.PI) / 8), Math.sin((k * Math.PI) / 8)] as const);
/** A label further than this from its marker gets a leader line. */
const LINE_FROM = 12;

const meets = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const grown = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by });
const square = (x: number, y: number, size: number): Rect => ({ x: x - size / 2, y: y - size / 2, w: size, h: size });
/** Whether the segment from a to b meets the rectangle (Liang–Barsky clipping). */
const crosses = (r: Rect, [ax, ay]: number[], [bx, by]: number[]) => {
  const dx = bx! - ax!;
  const dy = by! - ay!;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[-dx, ax! - r.x], [dx, r.x + r.w - ax!], [-dy, ay! - r.y], [dy, r.y + r.h - ay!]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
    if (t0 > t1) return false;
  }
  return true;
};

/** Moves markers closer than their sizes apart, symmetrically, keeping each inside the box. */
function dodge(marks: PlaceMark[], box: Box): number[][] {
  const at = marks.map((m) => [m.x, m.y]);
  /** Moves marker i by (dx, dy) as far as the box lets it; returns how far it fell short. */
  const move = (i: number, dx: number, dy: number): [number, number] => {
    const p = at[i]!;
    const r = marks[i]!.size / 2 + 1;
    const x = Math.min(Math.max(p[0]! + dx, r), box.width - r);
    const y = Math.min(Math.max(p[1]! + dy, r), box.height - r);
    const short: [number, number] = [p[0]! + dx - x, p[1]! + dy - y];
    [p[0], p[1]] = [x, y];
    return short;
  };
  marks.forEach((_, i) => move(i, 0, 0));
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const need = (marks[i]!.size + marks[j]!.size) / 2 + GAP;
        let dx = at[j]![0]! - at[i]![0]!;
        let dy = at[j]![1]! - at[i]![1]!;
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        // Places on one seat: apart along a direction that depends only on their order.
        if (d < 1e-6) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (need - d) / 2 + 0.01;
        // Each goes half the way; what the box stops one from going, the other goes.
        const [sx, sy] = move(i, (-dx / d) * push, (-dy / d) * push);
        const [tx, ty] = move(j, (dx / d) * push - sx, (dy / d) * push - sy);
        move(i, -tx, -ty);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return at;
}

export function layoutPlaces(marks: PlaceMark[], box: Box): PlacedMark[] {
  const at = dodge(marks, box);
  const offsets = marks.map((m, i) => [at[i]![0]! - m.x, at[i]![1]! - m.y] as Point);
  const leaders = marks.map((m, i) => Math.hypot(...offsets[i]!) > m.size / 2);
  const markers = marks.map((m, i) => grown(square(at[i]![0]!, at[i]![1]!, m.size), GAP / 2));
  const segments: number[][][] = marks.flatMap((m, i) => (leaders[i] ? [[[m.x, m.y], at[i]!]] : []));
  const inside = (r: Rect) => r.x >= 1 && r.y >= 1 && r.x + r.w <= box.width - 1 && r.y + r.h <= box.height - 1;
  const placed: Rect[] = [];
  const labels: (Point | null)[] = marks.map(() => null);
  const callouts: (Point | null)[] = marks.map(() => null);
  // The most crowded places choose first: a lone place has room anywhere.
  const crowd = at.map((a) => at.filter((p) => Math.hypot(p[0]! - a[0]!, p[1]! - a[1]!) < 80).length);
  const order = marks.map((_, i) => i).sort((a, b) => crowd[b]! - crowd[a]! || a - b);
  for (const i of order) {
    const m = marks[i]!;
    const [mx, my] = at[i]! as Point;
    const rectAt = ([cx, cy]: Point): Rect => ({ x: mx + cx - m.labelWidth / 2, y: my + cy - m.labelHeight / 2, w: m.labelWidth, h: m.labelHeight });
    const free = (centre: Point, line?: number[][]) => {
      const rect = rectAt(centre);
      const clear = grown(rect, GAP / 2);
      if (!inside(rect) || markers.some((r) => meets(clear, r)) || placed.some((r) => meets(clear, r))) return false;
      if (segments.some(([a, b]) => crosses(clear, a!, b!))) return false;
      // A leader line of its own crosses no other marker and no other label.
      return !line || !(markers.some((r, j) => j !== i && crosses(r, line[0]!, line[1]!)) || placed.some((r) => crosses(r, line[0]!, line[1]!)));
    };
    const [ox, oy] = offsets[i]!;
    // A moved marker's label goes on the side it was moved to, away from the neighbour.
    const sides = ox !== 0 || oy !== 0 ? [...SIDES].sort((a, b) => cosine(b, ox, oy) - cosine(a, ox, oy)) : SIDES;
    let spot = DISTANCES.flatMap((distance) =>
      sides.map(([sx, sy]) => [sx * (m.size / 2 + distance + m.labelWidth / 2), sy * (m.size / 2 + distance + m.labelHeight / 2)] as Point),
    ).find((c) => free(c));
    if (!spot) {
      // No room beside it: the nearest free spot within reach, with a line from the marker to the label's edge.
      const further: { centre: Point; end: Point; gap: number }[] = [];
      for (const distance of FURTHER) {
        for (const [dx, dy] of DIRECTIONS) {
          const centre: Point = [dx * (distance + m.labelWidth / 2), dy * (distance + m.labelHeight / 2)];
          const r = rectAt(centre);
          const end: Point = [Math.min(Math.max(mx, r.x), r.x + r.w), Math.min(Math.max(my, r.y), r.y + r.h)];
          const gap = Math.hypot(end[0] - mx, end[1] - my);
          if (gap >= LINE_FROM) further.push({ centre, end, gap });
        }
      }
      further.sort((a, b) => a.gap - b.gap);
      const found = further.find((f) => free(f.centre, [[mx, my], f.end]));
      if (found) {
        spot = found.centre;
        callouts[i] = found.end;
        segments.push([[mx, my], found.end]);
      }
    }
    if (spot) {
      labels[i] = spot;
      placed.push(grown(rectAt(spot), GAP / 2));
    }
  }
  return marks.map((m, i) => {
    const lines: [Point, Point][] = [];
    if (leaders[i]) lines.push([[0, 0], offsets[i]!]);
    const end = callouts[i];
    if (end) lines.push([offsets[i]!, [end[0] - m.x, end[1] - m.y]]);
    return { id: m.id, offset: offsets[i]!, leader: leaders[i]!, label: labels[i]!, lines };
  });
}

/** How closely a side points along (x, y): 1 for the same direction. */
function cosine([sx, sy]: [number, number], x: number, y: number): number {
  return (sx * x + sy * y) / (Math.hypot(sx, sy) * Math.hypot(x, y) || 1);
}
