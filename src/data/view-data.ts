// Which data a view reads: the one rule the view provider renders by and the
// router decides by (a same-page change whose data is not in yet is a transition,
// so the page stays as it was until it is). A hand-made stand-in for a route
// loader: library mode has none, and the app's one loading layer (lib/load.ts)
// already keeps each file once.
//   - an article or a place: the slice its page ships (shipped with a cold link, or
//     fetched with its page for a link within the app), while the index is not in;
//   - `/` under no filter: the overview's own data (the same way), while the index is not in;
//   - `/` under one place or one sector: that filter's own file, likewise;
//   - anything else: the whole index.
import { DEFAULT_VIEW, parseViewState } from '../url/view-state.ts';
import { loadFilteredOverview, loadIndex, pageData, type LoadedIndex } from './load-dataset.ts';
import type { Load } from '../lib/load.ts';
import { hasOwnFile, NO_FILTER, sameFilter, type Filter } from './view-files.ts';

/** The filter of `/` at these parameters, parsed as the view parses them (an unknown place is ignored here too). */
function filterOf(overview: LoadedIndex, search: string): Filter {
  const { view } = parseViewState(new URLSearchParams(search), overview);
  return { regions: view.regions, sectors: view.sectors };
}

/**
 * Whether an overview's own data with this filter and first comparison answers
 * a view: the same filter, no search, that comparison (or none chosen) and the
 * default order, and no indicator open. The language and a link's version change
 * nothing it holds. Before a filter's file is in, its first comparison is not
 * known: then only "none chosen" answers.
 */
function answers(search: string, overview: LoadedIndex, filter: Filter, firstComparison: string | undefined) {
  const params = new URLSearchParams(search);
  if (params.has('indicator')) return false;
  // Parsed as the view parses them, so an ignored parameter (an unknown place) is ignored here too.
  const { view } = parseViewState(params, overview);
  return (
    sameFilter({ regions: view.regions, sectors: view.sectors }, filter) &&
    view.q === '' &&
    (view.measure === '' || view.measure === firstComparison) &&
    !view.all &&
    view.sort === DEFAULT_VIEW.sort &&
    view.dir === DEFAULT_VIEW.dir
  );
}

/** Whether an overview's own data (`/`'s, or a filter's file) answers `/` with these parameters. */
export const overviewCovers = (overview: LoadedIndex, search: string): boolean =>
  answers(search, overview, overview.overview?.filter ?? NO_FILTER, overview.overview?.comparisons[0]?.id ?? '');

/**
 * The index a view at this address reads. `whole`: the view asked for every
 * figure (the table's "show more", a download of every row), which only the
 * whole index has. Calling it starts the load it returns.
 */
export function viewIndexLoad(pathname: string, search: string, whole = false): Load<LoadedIndex> {
  // A slice answers its own address whatever its parameters: every figure of its article or place is in it.
  if (pathname !== '/') return pageData(pathname) ?? loadIndex();
  const overview = whole ? undefined : pageData('/');
  const state = overview?.get();
  // Not in yet (fetched with `/`'s page, after a link from another page): what it answers is known once it is.
  if (overview && state?.status !== 'ok') return overview;
  if (overview && state?.status === 'ok') {
    if (overviewCovers(state.value, search)) return overview;
    // One place or one sector, and nothing else asked: its own file, unless it turns out to hold another first comparison than the one asked.
    const filter = filterOf(state.value, search);
    const own =
      hasOwnFile(filter) && answers(search, state.value, filter, undefined)
        ? loadFilteredOverview(state.value, filter)
        : undefined;
    const ownState = own?.get();
    if (own && (ownState?.status !== 'ok' || overviewCovers(ownState.value, search))) return own;
  }
  return loadIndex();
}
