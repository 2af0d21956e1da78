// Markers and labels of places on a map, laid out in pixels so that none overlaps
// another: markers a few pixels apart are moved apart (one moved off its seat keeps
// a leader line to it), then each label takes the first free spot around its
// marker inside the chart's box, nearest first; one set further off than its
// marker's near ring is joined to it by a leader line. Pure: positions and sizes
// in, offsets out.
//
// Why here and not ECharts' labelLayout: that feature (LabelLayout, with its
// moveOverlap and hideOverlap) costs 4.7 KB gzip of JS on `/`, which sits at its
// 300 KB budget; it also moves only labels, never the markers that collide. This
// file is written small for the same reason.
import type { Box } from './map-projection.ts';

export interface PlaceMark {
  id: string;
  /** The seat, in the chart's pixels (map-projection.ts). */
  x: number;
  y: number;
  /** The marker's diameter, its border included. */
  size: number;
  /** The label's box; a width of 0 for a mark with no label. */
  labelWidth: number;
  labelHeight: number;
  /** A marker labels may cover: one of a crowd, named by a neighbour's label (map-option.ts gathers them). */
  coverable?: boolean;
}

export type Point = [number, number];

export interface PlacedMark {
  id: string;
  /** Where the marker is drawn, from its seat, in px: [0, 0] unless a neighbour was in the way. */
  offset: Point;
  /** The label's centre from the marker's centre, in px; null when no free spot was found (the label is left out). */
  label: Point | null;
  /** Leader lines, from the seat, in px: seat to a marker no longer over it, marker to a label set further off. */
  lines: [Point, Point][];
}

/** [left, top, right, bottom]. */
type Edges = [number, number, number, number];

/** Space between a marker and its neighbours, and around labels: room for a hovered marker's growth too. */
const GAP = 4;
/** How far from its marker's edge a label may sit: the near ring first; beyond the second, with a leader line. */
const RINGS = [3, 10, 20, 32, 46, 62, 80];
/** Right, left, above, below, the diagonals, then between them: on each ring, the first that is free wins. */
const SIDES = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [1, -0.5],
  [1, 0.5],
  [-1, -0.5],
  [-1, 0.5],
  [0.5, -1],
  [-0.5, -1],
  [0.5, 1],
  [-0.5, 1],
];
/** How many spots over the whole box a label may try when no ring has room: bounds the cost on a crowded map. */
const FAR_SPOTS = 400;
/** Further passes when a label found no room, each letting the left-out choose first. */
const PASSES = 3;
/** Rounds of pushing neighbours apart; a few suffice for any crowd a map shows. */
const ROUNDS = 60;
/**
 * Beyond this many places, markers stay on their seats and may overlap. Pushing
 * hundreds apart would draw where there was room, not where the places are (at
 * 409 places, 401 moved), and costs pairs × rounds.
 */
export const DODGE_UP_TO = 48;

const edges = (x: number, y: number, w: number, h: number, pad: number): Edges => [
  x - w / 2 - pad,
  y - h / 2 - pad,
  x + w / 2 + pad,
  y + h / 2 + pad,
];
const meets = (a: Edges, b: Edges) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** Whether the segment from p to q meets the box (Liang–Barsky). */
const crosses = (r: Edges, [px, py]: Point, [qx, qy]: Point) => {
  let [t0, t1] = [0, 1];
  for (const [d, near, far] of [
    [qx - px, r[0] - px, r[2] - px],
    [qy - py, r[1] - py, r[3] - py],
  ]) {
    if (!d) {
      if (near! > 0 || far! < 0) return false;
    } else {
      t0 = Math.max(t0, Math.min(near! / d, far! / d));
      t1 = Math.min(t1, Math.max(near! / d, far! / d));
    }
  }
  return t0 <= t1;
};

/** Moves markers closer than their sizes apart, each half the way (what the box stops one going, the other goes). */
function dodge(marks: PlaceMark[], box: Box): Point[] {
  const at = marks.map((m): Point => [m.x, m.y]);
  /** Moves marker i by (dx, dy) as far as the box lets it; returns how far it fell short. */
  const move = (i: number, dx: number, dy: number): Point => {
    const p = at[i]!;
    const r = marks[i]!.size / 2 + 1;
    const x = Math.min(Math.max(p[0] + dx, r), box.width - r);
    const y = Math.min(Math.max(p[1] + dy, r), box.height - r);
    const short: Point = [p[0] + dx - x, p[1] + dy - y];
    at[i] = [x, y];
    return short;
  };
  marks.forEach((_, i) => move(i, 0, 0));
  for (let round = 0, moved = true; moved && round < ROUNDS; round++) {
    moved = false;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        let [dx, dy] = [at[j]![0] - at[i]![0], at[j]![1] - at[i]![1]];
        let d = Math.hypot(dx, dy);
        const push = ((marks[i]!.size + marks[j]!.size) / 2 + GAP - d) / 2 + 0.01;
        if (push <= 0.01) continue;
        // Places on one seat: apart along a direction that depends only on their order.
        if (d < 1e-6) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const [sx, sy] = move(i, (-dx / d) * push, (-dy / d) * push);
        const [tx, ty] = move(j, (dx / d) * push - sx, (dy / d) * push - sy);
        move(i, -tx, -ty);
        moved = true;
      }
    }
  }
  return at;
}

/** Spots for a label's centre on a grid over the whole box, nearest its marker first, as offsets from it; a few hundred at most. */
function farSpots(mx: number, my: number, w: number, h: number, box: Box): Point[] {
  const step = Math.max(6, Math.sqrt((box.width * box.height) / FAR_SPOTS));
  const spots: Point[] = [];
  for (let y = h / 2 + 1; y <= box.height - h / 2 - 1; y += step) {
    for (let x = w / 2 + 1; x <= box.width - w / 2 - 1; x += step) spots.push([x - mx, y - my]);
  }
  return spots.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
}

export function layoutPlaces(marks: PlaceMark[], box: Box): PlacedMark[] {
  const at = marks.length <= DODGE_UP_TO ? dodge(marks, box) : marks.map((m): Point => [m.x, m.y]);
  // The most crowded places choose first: a lone place has room anywhere.
  const crowd = at.map((a) => at.filter((p) => Math.hypot(p[0] - a[0], p[1] - a[1]) < 80).length);
  let order = marks.map((_, k) => k).sort((a, b) => crowd[b]! - crowd[a]! || a - b);
  /** The places that have a label to place and found no room. */
  const leftOut = (placed: PlacedMark[]) => order.filter((i) => !placed[i]!.label && marks[i]!.labelWidth);
  let best = placeLabels(marks, at, box, order);
  // A place hemmed in by its neighbours' labels chooses first in the next pass; the pass that leaves fewest out wins.
  for (let pass = 0; pass < PASSES && leftOut(best).length; pass++) {
    const left = leftOut(best);
    order = [...left, ...order.filter((i) => !left.includes(i))];
    const next = placeLabels(marks, at, box, order);
    if (leftOut(next).length < leftOut(best).length) best = next;
  }
  return best;
}

/** The labels, in the given order, each at the first free spot around its marker (already moved to `at`). */
function placeLabels(marks: PlaceMark[], at: Point[], box: Box, order: number[]): PlacedMark[] {
  // The markers a label may not cover, with their places' numbers.
  const markers = at.flatMap(([x, y], i) =>
    marks[i]!.coverable ? [] : [{ i, edges: edges(x, y, marks[i]!.size, marks[i]!.size, GAP / 2) }],
  );
  const labels: Edges[] = [];
  const out = marks.map((m, i): PlacedMark => {
    const offset: Point = [at[i]![0] - m.x, at[i]![1] - m.y];
    return { id: m.id, offset, label: null, lines: Math.hypot(...offset) > m.size / 2 ? [[[0, 0], offset]] : [] };
  });
  // Every line, in the chart's pixels: no label may cross one.
  const segments = out.flatMap((p, i) => p.lines.map(() => [[marks[i]!.x, marks[i]!.y], at[i]!] as [Point, Point]));
  for (const i of order) {
    const { size, labelWidth: w, labelHeight: h } = marks[i]!;
    // A mark with no label of its own (a neighbour's label names it).
    if (!w) continue;
    const [mx, my] = at[i]!;
    /** Sets the label's centre at (cx, cy) from its marker if it is free there; a leader line unless `near`. */
    const tryAt = (cx: number, cy: number, near: boolean) => {
      const box4 = edges(mx + cx, my + cy, w, h, 0);
      const clear = edges(mx + cx, my + cy, w, h, GAP / 2);
      if (box4[0] < 1 || box4[1] < 1 || box4[2] > box.width - 1 || box4[3] > box.height - 1) return false;
      if (
        markers.some((r) => meets(clear, r.edges)) ||
        labels.some((r) => meets(clear, r)) ||
        segments.some(([p, q]) => crosses(clear, p, q))
      )
        return false;
      // Beyond the near ring, a line from the marker to the label's nearest edge, crossing no other marker or label.
      const end: Point = [Math.min(Math.max(mx, box4[0]), box4[2]), Math.min(Math.max(my, box4[1]), box4[3])];
      const line: [Point, Point] = [[mx, my], end];
      // A label with no line must read as its own marker's: no other marker nearer to it.
      if (near) {
        const gap = (x: number, y: number) =>
          Math.hypot(Math.max(box4[0] - x, 0, x - box4[2]), Math.max(box4[1] - y, 0, y - box4[3]));
        const own = gap(mx, my);
        if (markers.some((r) => r.i !== i && gap(...at[r.i]!) < own)) return false;
      }
      if (
        !near &&
        (markers.some((r) => r.i !== i && crosses(r.edges, ...line)) || labels.some((r) => crosses(r, ...line)))
      )
        return false;
      out[i]!.label = [cx, cy];
      labels.push(clear);
      if (!near) {
        segments.push(line);
        out[i]!.lines.push([out[i]!.offset, [end[0] - marks[i]!.x, end[1] - marks[i]!.y]]);
      }
      return true;
    };
    const ringed = RINGS.some((distance, ring) =>
      SIDES.some(([sx, sy]) =>
        tryAt(sx! * (size / 2 + distance + w / 2), sy! * (size / 2 + distance + h / 2), ring <= 1),
      ),
    );
    // No ring has room (a place among close neighbours on a small map): the nearest free spot anywhere in the box.
    if (!ringed) farSpots(mx, my, w, h, box).some(([cx, cy]) => tryAt(cx, cy, false));
  }
  return out;
}
