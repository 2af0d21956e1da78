// Reads the view state from the URL and writes it back: one URL write per user action.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { ViewState } from '../domain/view.ts';
import { parseViewState, serializeViewState } from '../url/view-state.ts';

export function useUrlView(index: DatasetIndex) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { view, notes } = useMemo(() => parseViewState(new URLSearchParams(search), index), [search, index]);
  const update = useCallback(
    (patch: Partial<ViewState>, options: { replace?: boolean } = {}) => {
      // Built from the current URL, not from a render's snapshot, so two quick
      // actions never undo each other.
      setParams(
        (current) => new URLSearchParams(serializeViewState({ ...parseViewState(current, index).view, ...patch })),
        { replace: options.replace ?? false },
      );
    },
    [setParams, index],
  );
  return { view, notes, update };
}
