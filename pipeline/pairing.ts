// Pairing headlines with articles by the words they share: character pairs as
// the unit of overlap in unsegmented Chinese, and the best one-to-one pairing.

/** Distinct pairs of adjacent Chinese characters: the unit of word overlap in unsegmented text. */
export function bigrams(text: string): Set<string> {
  const chars = [...text].filter((c) => /[\u4E00-\u9FFF]/.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Share of `grams` found in `other`, and how many. */
export function overlap(grams: Set<string>, other: Set<string>): { score: number; shared: number } {
  const shared = [...grams].filter((g) => other.has(g)).length;
  return { score: shared / Math.max(1, grams.size), shared };
}

/** The assignment of rows to columns of least total cost (Hungarian method, O(n³)); returns each row's column. */
export function assign(cost: number[][]): number[] {
  const n = cost.length;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const row = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j]! > 0) row[p[j]! - 1] = j - 1;
  return row;
}
