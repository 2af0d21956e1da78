// What a chart must be told when its option changes. Builders rebuild the whole
// option on every filter change, but usually only the series differ: handing
// ECharts the full option makes it merge and re-render every component (the
// map's frame, the tooltip, the aria text) each time. Only the top-level parts
// that changed are passed on.

type Option = Readonly<Record<string, unknown>>;

export type OptionUpdate =
  /** Nothing changed: no call to ECharts. */
  | { kind: 'none' }
  /** Merge these parts (the series are replaced, not merged). */
  | { kind: 'patch'; option: Record<string, unknown> }
  /** A part was removed, which a merge cannot express: set the whole option afresh. */
  | { kind: 'reset'; option: Option };

export function optionUpdate(previous: Option, next: Option): OptionUpdate {
  for (const key of Object.keys(previous)) if (!(key in next)) return { kind: 'reset', option: next };
  const patch: Record<string, unknown> = {};
  let changed = false;
  for (const key of Object.keys(next)) {
    if (sameValue(previous[key], next[key])) continue;
    patch[key] = next[key];
    changed = true;
  }
  return changed ? { kind: 'patch', option: patch } : { kind: 'none' };
}

/**
 * Structural equality for option values: plain objects and arrays by content,
 * everything else (numbers, strings, functions such as formatters) by identity.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!sameValue((a as Option)[key], (b as Option)[key])) return false;
  }
  return true;
}
