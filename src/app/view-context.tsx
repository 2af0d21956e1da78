// What every view needs once the dataset is in: the index, the URL's view state,
// the palette, and the translator. Read once per render of a route.
import { useMemo } from 'react';
import { DARK, LIGHT } from '../charts/palette.ts';
import { useDataset } from './use-dataset.ts';
import { useT } from '../i18n/use-t.ts';
import { useUiStore } from '../store/ui-store.ts';
import { useViewState } from './use-view-state.ts';

export function useView() {
  const index = useDataset();
  const { view, notes, update } = useViewState(index);
  const theme = useUiStore((s) => s.theme);
  const palette = theme === 'dark' ? DARK : LIGHT;
  const t = useT(view.lang);
  return useMemo(() => ({ index, view, notes, update, palette, t, lang: view.lang }), [index, view, notes, update, palette, t]);
}

export type ViewContext = ReturnType<typeof useView>;
