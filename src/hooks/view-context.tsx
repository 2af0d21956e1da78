// What every view needs once the dataset is in: the index, the URL's view state,
// the palette, and the translator. Built once per render of the frame and shared
// by context, so the URL is parsed once however many components read it.
// Components read it through the narrow hooks at the bottom, each naming what it uses.
import { createContext, use, useCallback, useMemo, useState, useTransition, type ReactNode } from 'react';
import { DARK, LIGHT, withRegionColors, type Palette } from '../charts/palette.ts';
import { withQuotes } from '../data/dataset-index.ts';
import { useLocation } from 'react-router';
import { loadQuotes, quotesRequested, type LoadedIndex } from '../data/load-dataset.ts';
import { viewIndexLoad } from '../data/view-data.ts';
import type { Lang, ViewState } from '../domain/view.ts';
import { t as translate, type MessageKey } from '../i18n/messages.ts';
import { retryLoad } from '../lib/load.ts';
import { useTheme } from '../store/ui-store.ts';
import { useLoad, useLoadState } from './use-load.ts';
import { useUrlView } from './use-url-view.ts';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
type Update = ReturnType<typeof useUrlView>['update'];

function useBuildView(base: LoadedIndex, needWhole: (then?: () => void) => void, loadingWhole: boolean) {
  const { view, notes, update } = useUrlView(base);
  // Quotes are searched once a search asks for them; until they arrive (or if
  // they fail), a search matches labels.
  const quotes = useLoadState(view.q || quotesRequested() ? loadQuotes(base) : undefined);
  const quoteList = quotes.status === 'ok' ? quotes.value : undefined;
  const index = useMemo(() => (quoteList ? { ...base, ...withQuotes(base, quoteList) } : base), [base, quoteList]);
  const theme = useTheme() === 'dark' ? DARK : LIGHT;
  const palette = useMemo(() => withRegionColors(theme, base.dataset.regions), [theme, base.dataset.regions]);
  const lang = view.lang;
  const t: Translate = useCallback((key, vars) => translate(lang, key, vars), [lang]);
  const searchScope: 'all' | 'labels' = quotes.status === 'error' ? 'labels' : 'all';
  return useMemo(
    () => ({ index, view, notes, update, palette, t, lang, searchScope, needWhole, loadingWhole }),
    [index, view, notes, update, palette, t, lang, searchScope, needWhole, loadingWhole],
  );
}

type ViewContext = ReturnType<typeof useBuildView>;

const Context = createContext<ViewContext | null>(null);

function Provided({
  index,
  needWhole,
  loadingWhole,
  children,
}: {
  index: LoadedIndex;
  needWhole: (then?: () => void) => void;
  loadingWhole: boolean;
  children: ReactNode;
}) {
  return <Context value={useBuildView(index, needWhole, loadingWhole)}>{children}</Context>;
}

/**
 * Provides the view once the index is in; suspends until then. If the index
 * fails, renders `failed` with a retry that asks for it again.
 */
export function ViewProvider({ children, failed }: { children: ReactNode; failed: (retry: () => void) => ReactNode }) {
  // A cold link to an article reads the slice its page shipped, `/` under no filter
  // its own data (under one place or sector, that one's file), and any other view
  // the whole index (src/data/view-data.ts).
  const { pathname, search } = useLocation();
  const [whole, setWhole] = useState(false);
  const [loadingWhole, startTransition] = useTransition();
  // A transition: what is shown stays until the whole index is in, then changes at once.
  const needWhole = useCallback(
    (then?: () => void) =>
      startTransition(() => {
        setWhole(true);
        then?.();
      }),
    [],
  );
  const data = viewIndexLoad(pathname, search, whole);
  const index = useLoad(data);
  if (index.status === 'error') return failed(() => retryLoad(data.key));
  return (
    <Provided index={index.value} needWhole={needWhole} loadingWhole={loadingWhole}>
      {children}
    </Provided>
  );
}

function useView(): ViewContext {
  const ctx = use(Context);
  if (!ctx) throw new Error('a view hook outside <ViewProvider>');
  return ctx;
}

/** The loaded dataset index. */
export const useIndex = (): LoadedIndex => useView().index;
/** The active language. */
export const useLang = (): Lang => useView().lang;
/** The translator for the active language. */
export const useT = (): Translate => useView().t;
/** Chart colours for the active theme. */
export const usePalette = (): Palette => useView().palette;
/** The URL's view state and the one way to change it (one URL write per call). */
export function useViewState(): { view: ViewState; update: Update } {
  const { view, update } = useView();
  return { view, update };
}
/** Parameters of the link that were ignored, and why. */
export const useParamNotes = () => useView().notes;
/**
 * Runs `then` once every figure is in: at once on the whole index; on the
 * overview's own data, after the whole index has loaded (for "show more" and a
 * download of every row, which it does not hold).
 */
export function useWithWholeIndex(): (then: () => void) => void {
  const { index, needWhole } = useView();
  return useCallback((then: () => void) => (index.overview ? needWhole(then) : then()), [index.overview, needWhole]);
}
/** True while the view waits for the whole index it asked for ("show more" on the overview's own data). */
export const useLoadingWhole = (): boolean => useView().loadingWhole;
/** Whether a search also reaches the quotes, or only labels (the quotes file failed). */
export const useSearchScope = () => useView().searchScope;
