// What every view needs once the dataset is in: the index, the URL's view state,
// the palette, and the translator. Built once per render of the frame and shared
// by context, so the URL is parsed once however many components read it.
// Components read it through the narrow hooks at the bottom, each naming what it uses.
import { createContext, use, useCallback, useMemo, type ReactNode } from 'react';
import { DARK, LIGHT, withRegionColors, type Palette } from '../charts/palette.ts';
import { withQuotes } from '../data/dataset-index.ts';
import { useMatch } from 'react-router';
import { loadIndex, loadQuotes, quotesRequested, shippedSlice, type LoadedIndex } from '../data/load-dataset.ts';
import type { Lang, ViewState } from '../domain/view.ts';
import { t as translate, type MessageKey } from '../i18n/messages.ts';
import { retryLoad } from '../lib/load.ts';
import { useTheme } from '../store/ui-store.ts';
import { useLoad, useLoadState } from './use-load.ts';
import { useUrlView } from './use-url-view.ts';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
type Update = ReturnType<typeof useUrlView>['update'];

function useBuildView(base: LoadedIndex) {
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
    () => ({ index, view, notes, update, palette, t, lang, searchScope }),
    [index, view, notes, update, palette, t, lang, searchScope],
  );
}

type ViewContext = ReturnType<typeof useBuildView>;

const Context = createContext<ViewContext | null>(null);

function Provided({ index, children }: { index: LoadedIndex; children: ReactNode }) {
  return <Context value={useBuildView(index)}>{children}</Context>;
}

/**
 * Provides the view once the index is in; suspends until then. If the index
 * fails, renders `failed` with a retry that asks for it again.
 */
export function ViewProvider({ children, failed }: { children: ReactNode; failed: (retry: () => void) => ReactNode }) {
  // A cold link to an article reads the slice its page shipped; any other view, the index.
  const articleId = useMatch('/article/:articleId')?.params.articleId;
  const index = useLoad((articleId && shippedSlice(articleId)) || loadIndex());
  if (index.status === 'error') return failed(() => retryLoad(loadIndex().key));
  return <Provided index={index.value}>{children}</Provided>;
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
/** Whether a search also reaches the quotes, or only labels (the quotes file failed). */
export const useSearchScope = () => useView().searchScope;
