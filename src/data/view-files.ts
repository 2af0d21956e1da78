// The filters a view's own data is cut under (overview-slice.ts), and where each
// one's file is: `/` under none ships in its page; one place's or one sector's is
// a file in the folder `/`'s data names. Apart from the slicer, so the app's
// loading layer knows the names without the selectors the build cuts with.

/**
 * A place's first outcomes its marker's tooltip lists (charts/options/map-option.ts).
 * Every overview's own data holds them for every place: at hundreds of places, two
 * per place is most of its size.
 */
export const MAP_TOOLTIP_FIGURES = 2;

/** The filter a view's own data answers: `/` (none), or one place, or one sector. */
export interface Filter {
  regions: string[];
  sectors: string[];
}

/** No filter: `/` itself. */
export const NO_FILTER: Filter = { regions: [], sectors: [] };

/** The filters that have a file of their own: exactly one place, or exactly one sector. */
export const hasOwnFile = (filter: Filter) =>
  (filter.regions.length === 1 && filter.sectors.length === 0) || (filter.regions.length === 0 && filter.sectors.length === 1);

/** A filter's own file, within the folder of view files. Ids are [a-z0-9-] (schema.ts), safe as names. */
export const viewFileName = (filter: Filter) =>
  filter.regions.length ? `region-${filter.regions[0]!}.json` : `sector-${filter.sectors[0]!}.json`;

/** Whether two filters are the same, in any order. */
export const sameFilter = (a: Filter, b: Filter) => {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((id) => y.includes(id));
  return same(a.regions, b.regions) && same(a.sectors, b.sectors);
};

/**
 * The tables every overview's data shares with `/`'s, which that page already
 * holds: a place's or a sector's file leaves them out (at thousands of places the
 * places alone would be most of each file), and the app puts them back from `/`'s.
 */
export const SHARED_TABLES = ['schemaVersion', 'regions', 'sectors', 'measures', 'stories', 'headlineIndicatorIds'] as const;
export type SharedTable = (typeof SHARED_TABLES)[number];

/** A filter's file as read: the file, with `/`'s shared tables put back (the file's own, if any, give way). */
export function withSharedTables(part: unknown, from: Record<SharedTable, unknown>): unknown {
  if (typeof part !== 'object' || part === null || Array.isArray(part)) return part;
  return { ...part, ...Object.fromEntries(SHARED_TABLES.map((key) => [key, from[key]])) };
}
