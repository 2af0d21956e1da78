// Reads the view state from the URL and writes it back: one URL write per user action.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { ViewState } from '../domain/view.ts';
import { parseViewState, serializeViewState } from '../url/view-state.ts';

export function useUrlView(index: DatasetIndex) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { view, notes } = useMemo(() => parseViewState(new URLSearchParams(search), index), [search, index]);
  // The address as last written, not a render's snapshot (nor react-router's, the
  // last rendered one): while a view's data loads (a transition) the page still
  // shows the old view, and a second action then must build on the first, never
  // undo it. A new address rendered (Back, a link) is the base again.
  const written = useRef(search);
  useLayoutEffect(() => {
    written.current = search;
  }, [search]);
  const update = useCallback(
    (patch: Partial<ViewState> | ((current: ViewState) => Partial<ViewState>), options: { replace?: boolean } = {}) => {
      const current = parseViewState(new URLSearchParams(written.current), index).view;
      const next = serializeViewState({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
      written.current = next;
      setParams(new URLSearchParams(next), { replace: options.replace ?? false });
    },
    [setParams, index],
  );
  return { view, notes, update };
}
