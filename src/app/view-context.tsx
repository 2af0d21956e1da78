// What every view needs once the dataset is in: the index, the URL's view state,
// the palette, and the translator. Built once per render of the frame and shared
// by context, so the URL is parsed once however many components read it.
import { createContext, use, useMemo, type ReactNode } from 'react';
import { DARK, LIGHT } from '../charts/palette.ts';
import { useT } from '../i18n/use-t.ts';
import { useUiStore } from '../store/ui-store.ts';
import { withQuotes } from '../data/dataset-index.ts';
import { loadQuotes, quotesRequested } from '../data/load-dataset.ts';
import { useSettled } from '../lib/use-settled.ts';
import { useDataset } from './use-dataset.ts';
import { useViewState } from './use-view-state.ts';

function useBuildView() {
  const base = useDataset();
  const { view, notes, update } = useViewState(base);
  // Quotes are searched once a search asks for them; until they arrive, a search
  // matches labels, and fills in with quotes a moment later.
  const quotes = useSettled(view.q || quotesRequested() ? loadQuotes() : undefined);
  const index = useMemo(() => (quotes ? withQuotes(base, quotes) : base), [base, quotes]);
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
