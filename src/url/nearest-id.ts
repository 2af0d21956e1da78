// The real id a broken link most likely meant: for a not-found page's "did you
// mean". Ids are compared on their letters and digits only (case, dashes, dots,
// slashes, percent-encoding and invisible characters ignored), so a link with
// a dot segment, an encoded slash or a stray zero-width space still finds its
// id; then by edit distance, accepted only when small against the id's length.

/** The text a link's id is compared on: its letters and digits, lower-cased. */
export function idKey(raw: string): string {
  let text = raw;
  try {
    // A segment encoded twice (%252e) arrives with one layer left.
    text = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: compared as it is.
  }
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance, giving up (Infinity) once it must exceed `limit`. */
export function distance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return Infinity;
    previous = current;
  }
  const edits = previous[b.length]!;
  return edits > limit ? Infinity : edits;
}

/** Edits allowed against an id of this many letters and digits: a typo or two, more for a long id. */
const allowed = (length: number) => Math.max(1, Math.floor(length / 4));

/**
 * The id of `ids` nearest to what a link asked for, or undefined when none is
 * near: the same letters and digits, then one that contains them or is
 * contained in them (a link with a part added or cut, at least four
 * characters), then the fewest edits within `allowed`. Ties go to the first in
 * `ids`' order.
 */
export function nearestId(asked: string, ids: Iterable<string>): string | undefined {
  const key = idKey(asked);
  if (key.length === 0) return undefined;
  const candidates = [...ids].map((id) => ({ id, key: idKey(id) }));
  const same = candidates.find((c) => c.key === key);
  if (same) return same.id;
  const nested = candidates.find(
    (c) => Math.min(c.key.length, key.length) >= 4 && (c.key.includes(key) || key.includes(c.key)),
  );
  if (nested) return nested.id;
  let best: { id: string; edits: number } | undefined;
  for (const c of candidates) {
    const limit = Math.min(allowed(c.key.length), best ? best.edits - 1 : Infinity);
    const edits = distance(key, c.key, limit);
    if (edits <= limit) best = { id: c.id, edits };
  }
  return best?.id;
}
