// What every view needs once the dataset is in: the index, the URL's view state,
// the palette, and the translator. Built once per render of the frame and shared
// by context, so the URL is parsed once however many components read it.
import { createContext, use, useMemo, type ReactNode } from 'react';
import { DARK, LIGHT } from '../charts/palette.ts';
import { useT } from '../i18n/use-t.ts';
import { useUiStore } from '../store/ui-store.ts';
import { useDataset } from './use-dataset.ts';
import { useViewState } from './use-view-state.ts';

function useBuildView() {
  const index = useDataset();
  const { view, notes, update } = useViewState(index);
  const theme = useUiStore((s) => s.theme);
  const palette = theme === 'dark' ? DARK : LIGHT;
  const t = useT(view.lang);
  return useMemo(() => ({ index, view, notes, update, palette, t, lang: view.lang }), [index, view, notes, update, palette, t]);
}

export type ViewContext = ReturnType<typeof useBuildView>;

const Context = createContext<ViewContext | null>(null);

export function ViewProvider({ children }: { children: ReactNode }) {
  return <Context value={useBuildView()}>{children}</Context>;
}

export function useView(): ViewContext {
  const ctx = use(Context);
  if (!ctx) throw new Error('useView() outside <ViewProvider>');
  return ctx;
}
