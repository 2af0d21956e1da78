// What the explorer may compare: figures of one measure, or of measures that
// data/annotations/measures.yaml declares comparable, in one normalised unit.
// Context figures (a national total, the size of a ranking) never stand as a
// place's bar. Only a group with at least two such figures is offered: a
// comparison of one figure compares nothing.
import type { IndicatorSummary } from '../domain/app-data.ts';
import type { Measure } from '../domain/schema.ts';
import type { DatasetIndex } from './dataset-index.ts';
import type { OverviewTotals } from './overview-slice.ts';

export interface Comparison {
  /** The group's first measure in the vocabulary's order: its id names the group in the URL. */
  id: string;
  measures: Measure[];
  /** The group's figures under the filters, in one unit (of the overview's own data: those it holds). */
  figures: IndicatorSummary[];
  /** How many figures the group has under the filters (more than `figures` in the overview's own data). */
  count: number;
  /** True when the figures were printed in units of different sizes (亩 and 平方公里, 万元 and 亿元): the chart says they were converted. */
  converted: boolean;
}

/** Each measure's group: itself and every measure declared comparable with it, transitively. */
function measureGroups(measures: readonly Measure[]): Map<string, Measure[]> {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const groupOf = new Map<string, Measure[]>();
  for (const start of measures) {
    if (groupOf.has(start.id)) continue;
    const group: Measure[] = [];
    const queue = [start];
    while (queue.length) {
      const m = queue.pop()!;
      if (groupOf.has(m.id)) continue;
      groupOf.set(m.id, group);
      group.push(m);
      for (const other of m.comparable) {
        const next = byId.get(other);
        if (next && !groupOf.has(other)) queue.push(next);
      }
    }
    // The vocabulary's order, so a group is named by the same measure every time.
    const order = new Map(measures.map((m, n) => [m.id, n]));
    group.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  return groupOf;
}

const groupsCache = new WeakMap<readonly Measure[], Map<string, Measure[]>>();

/** The comparisons the filtered rows allow, the largest first. */
export function comparisons(
  index: DatasetIndex & { overview?: OverviewTotals | undefined },
  rows: readonly IndicatorSummary[],
): Comparison[] {
  const measures = index.dataset.measures;
  let groups = groupsCache.get(measures);
  if (!groups) groupsCache.set(measures, (groups = measureGroups(measures)));
  const byGroup = new Map<Measure[], IndicatorSummary[]>();
  for (const i of rows) {
    if (i.subject === 'context') continue;
    const group = groups.get(i.measureId);
    if (!group) continue;
    const list = byGroup.get(group);
    if (list) list.push(i);
    else byGroup.set(group, [i]);
  }
  // The overview's own data: the whole index's choices, in its order, with its
  // counts, and each group's unit as the whole index chose it (its first figure's).
  const totals = index.overview?.comparisons;
  if (totals)
    return totals.map(({ id, count, converted, unit }) => {
      const group = groups.get(id) ?? [];
      const figures = (byGroup.get(group) ?? []).filter((i) => i.normalized.unit === unit);
      return { id, measures: group, figures, count, converted };
    });
  const out: Comparison[] = [];
  for (const [group, figures] of byGroup) {
    // Measures declared comparable share a dimension, so a unit; a figure in
    // another unit would be a curation slip, and is left out rather than drawn.
    const unit = figures[0]!.normalized.unit;
    const same = figures.filter((i) => i.normalized.unit === unit);
    if (same.length < 2) continue;
    // Converted when the figures' factors to the unit differ (亩 and 平方公里), not when only a counter does (名 and 人).
    const factors = new Set(same.filter((i) => i.value !== 0).map((i) => (i.normalized.value / i.value).toPrecision(6)));
    out.push({ id: group[0]!.id, measures: group, figures: same, count: same.length, converted: factors.size > 1 });
  }
  // Ties by code units, not localeCompare: the build (Node) and every browser order them alike.
  return out.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const EXPLORER_TOP_N = 12;

/** A comparison's bars: largest first (ranks: best first), the top N unless all are asked for. */
export function comparisonBars(comparison: Comparison, all: boolean): { rows: IndicatorSummary[]; total: number } {
  const rank = comparison.measures[0]?.dimension === 'rank';
  const sorted = [...comparison.figures].sort((a, b) => (rank ? a.normalized.value - b.normalized.value : b.normalized.value - a.normalized.value));
  return { rows: all ? sorted : sorted.slice(0, EXPLORER_TOP_N), total: comparison.count };
}
