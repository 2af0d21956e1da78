// Which data a view reads: the one rule the view provider renders by and the
// router decides by (a same-page change whose data is not in yet is a transition,
// so the page stays as it was until it is). A hand-made stand-in for a route
// loader: library mode has none, and the app's one loading layer (lib/load.ts)
// already keeps each file once.
//   - a cold link to an article or a place: the slice its page shipped, while the index is not in;
//   - `/` under no filter: the overview's own data, while the index is not in;
//   - anything else: the whole index.
import { DEFAULT_VIEW, parseViewState } from '../url/view-state.ts';
import { loadIndex, shippedOverview, shippedSlice, type LoadedIndex } from './load-dataset.ts';
import type { Load } from '../lib/load.ts';

/**
 * Whether the overview's own data answers `/` with these parameters: no filter,
 * no search, the first comparison and the default order. The language and a
 * link's version change nothing it holds. Parsed as the view parses them, so an
 * ignored parameter (an unknown place) is ignored here too.
 */
export function overviewCovers(overview: LoadedIndex, search: string): boolean {
  const params = new URLSearchParams(search);
  if (params.has('indicator')) return false;
  const { view } = parseViewState(params, overview);
  const firstComparison = overview.overview?.comparisons[0]?.id ?? '';
  return (
    view.regions.length === 0 &&
    view.sectors.length === 0 &&
    view.q === '' &&
    (view.measure === '' || view.measure === firstComparison) &&
    !view.all &&
    view.sort === DEFAULT_VIEW.sort &&
    view.dir === DEFAULT_VIEW.dir
  );
}

/**
 * The index a view at this address reads. `whole`: the view asked for every
 * figure (the table's "show more", a download of every row), which only the
 * whole index has. Calling it starts the load it returns.
 */
export function viewIndexLoad(pathname: string, search: string, whole = false): Load<LoadedIndex> {
  // A slice answers its own address whatever its parameters: every figure of its article or place is in it.
  const slice = shippedSlice(pathname);
  if (slice) return slice;
  if (pathname === '/' && !whole) {
    const overview = shippedOverview();
    const state = overview?.get();
    if (overview && state?.status === 'ok' && overviewCovers(state.value, search)) return overview;
  }
  return loadIndex();
}
