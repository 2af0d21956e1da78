// The frame around every view: header (title, language, theme, copy link), the
// notes about ignored URL parameters, the page, and the data credits.
import { Suspense, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LoadFailed } from '../components/load-failed.tsx';
import { SlowNote } from '../components/slow-note.tsx';
import { useRouteLinkClicks } from '../components/route-link.tsx';
import { CopyLinkButton } from '../features/share/copy-link-button.tsx';
import { VersionNote } from '../features/share/version-note.tsx';
import type { Lang } from '../domain/view.ts';
import { isViewDataKey, loadQuotes, quotesRequested } from '../data/load-dataset.ts';
import { useLoadState } from '../hooks/use-load.ts';
import { useSlowLoads } from '../hooks/use-slow-loads.ts';
import {
  useIndex,
  useLang,
  useLoadingWhole,
  useParamNotes,
  useT,
  useViewState,
  ViewProvider,
} from '../hooks/view-context.tsx';
import { loadMessages } from '../i18n/load-messages.ts';
import { t } from '../i18n/messages.ts';
import { retryLoad } from '../lib/load.ts';
import { useTheme, useUiStore } from '../store/ui-store.ts';
import { excerpt } from '../url/excerpt.ts';
import { hrefWith } from '../url/href.ts';
import { langFromSearch, searchInLang } from '../url/view-state.ts';
import { listOf } from '../format/label.ts';
import { frameText } from './app-messages.ts';
import { useNavigationPending } from './browser-router.tsx';
import { ReplayEarlyClicks } from './early-clicks.tsx';
import { RouteErrorBoundary } from './route-error.tsx';
import { usePrintMarks } from './print-marks.ts';
import { applyUpdate, useOnline, useUpdateState } from './service-worker.ts';
import { pageSpan } from '../data/page-span.ts';

/**
 * The header's controls: the language, the theme, the link. They need nothing
 * loaded, so they are there whatever failed (the frame before the data, a
 * failed index, an unexpected error): `onLang` switches the language.
 */
function HeaderActions({ lang, onLang }: { lang: Lang; onLang: () => void }) {
  const theme = useTheme();
  const setTheme = useUiStore((s) => s.setTheme);
  return (
    <nav className="header-actions" aria-label={t(lang, 'pageActions')}>
      <button
        type="button"
        className="button"
        lang={lang === 'zh' ? 'en' : 'zh'}
        title={t(lang, 'languageLabel')}
        // The other language's strings start loading as the pointer or focus arrives, so the switch is at once.
        onPointerEnter={() => loadMessages(lang === 'zh' ? 'en' : 'zh')}
        onFocus={() => loadMessages(lang === 'zh' ? 'en' : 'zh')}
        onClick={onLang}
      >
        {t(lang, 'language')}
      </button>
      {/* Its state shows by its look (CSS on aria-pressed), never by text: the prerendered
          page is light, and index.html's inline script presses it for a saved dark theme. */}
      <button
        type="button"
        className="button theme-toggle"
        data-theme-toggle=""
        title={t(lang, 'themeLabel')}
        aria-pressed={theme === 'dark'}
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        {t(lang, 'theme')}
      </button>
      <CopyLinkButton label={t(lang, 'copyLink')} copied={t(lang, 'copied')} failed={t(lang, 'copyFailed')} />
    </nav>
  );
}

function Header() {
  const { view, update } = useViewState();
  const t = useT();
  const index = useIndex();
  // Every page the dataset holds, not the first: their count and the years they span.
  // (An article's slice holds its own page only, and says how many there are.)
  const span = useMemo(() => index.slice?.pages ?? index.overview?.pages ?? pageSpan(index.dataset.sources), [index]);
  return (
    <header className="site-header">
      <div className="brand">
        <Link to={hrefWith('/', view, ['lang'])} className="brand-name">
          {t('appName')}
        </Link>
        {/* The tagline is exactly what index.html paints before any script: nothing moves when React takes over. */}
        <span className="brand-tagline">{t('appTagline')}</span>
        {span && (
          <span className="brand-date">
            {span.pages === 1
              ? t(span.inferred ? 'pageYearInferred' : 'pageYear', { year: span.years })
              : t(span.inferred ? 'pagesYearsInferred' : 'pagesYears', { year: span.years, pages: span.pages })}
          </span>
        )}
      </div>
      <HeaderActions lang={view.lang} onLang={() => update((v) => ({ lang: v.lang === 'zh' ? 'en' : 'zh' }))} />
    </header>
  );
}

function ParamNotes() {
  const notes = useParamNotes();
  const t = useT();
  const lang = useLang();
  if (notes.length === 0) return null;
  return (
    <p className="param-notes" role="note">
      {/* A short, sanitised excerpt of each bad value: a crafted link cannot fill the page or reorder its text. */}
      {t('ignoredParams')}{' '}
      {listOf(
        notes.map((n) => `${n.param}=${excerpt(n.rawValue)}`),
        lang,
      )}
    </p>
  );
}

/** The quotes failed while a search needs them: search matches labels only (said under the box), and here is the retry. */
function QuotesFailed() {
  const index = useIndex();
  const t = useT();
  const { view } = useViewState();
  const quotes = useLoadState(quotesRequested() ? loadQuotes(index) : undefined);
  if (quotes.status !== 'error' || !view.q) return null;
  return (
    <LoadFailed
      inline
      message={t('labelsOnly')}
      retryLabel={t('retry')}
      onRetry={() => retryLoad(loadQuotes(index).key)}
    />
  );
}

/** What the frame says about the page itself: offline, a new version, the next view on its way. */
function FrameStatus() {
  const lang = useLang();
  const online = useOnline();
  const update = useUpdateState();
  // A new view on its way, or the whole index a view asked for ("show more" on `/`).
  const navigating = useNavigationPending();
  const loadingWhole = useLoadingWhole();
  const pending = navigating || loadingWhole;
  return (
    <>
      {/* Shown after a short delay (CSS), so a quick change of view never flashes it. */}
      {pending && <div className="route-progress" role="progressbar" aria-label={frameText(lang, 'navigating')} />}
      {!online && (
        <p className="frame-note offline-note" role="status">
          {frameText(lang, 'offline')}
        </p>
      )}
      <SlowNote lang={lang} which={(key) => !isViewDataKey(key)} />
      {update !== 'none' && (
        <p className="frame-note update-note" role="status">
          {frameText(lang, update === 'waiting' ? 'updateReady' : 'updateTookOver')}{' '}
          <button type="button" className="button" onClick={applyUpdate}>
            {frameText(lang, update === 'waiting' ? 'update' : 'reload')}
          </button>
        </p>
      )}
    </>
  );
}

/** Rendered after the view, inside its Suspense boundary: mounted (shown) exactly while the view is live. */
function MarkLive({ onLive }: { onLive: (live: boolean) => void }) {
  useLayoutEffect(() => {
    onLive(true);
    return () => onLive(false);
  }, [onLive]);
  return null;
}

function Frame() {
  const lang = useLang();
  const t = useT();
  const theme = useTheme();
  const { pathname, search } = useLocation();
  const onLinkClick = useRouteLinkClicks();
  // The source and this view's address in the margins of every printed sheet.
  usePrintMarks(pathname, search, t('footerSource'));
  // A new view on its way, or the whole index a view asked for ("show more" on `/`).
  const navigating = useNavigationPending();
  const loadingWhole = useLoadingWhole();
  const pending = navigating || loadingWhole;
  // A new view starts at its top. A layout effect runs before the views' own
  // effects, so the article reader can still scroll to a quote after it. The
  // first view is left where the browser put it (a reload keeps its place; a
  // page being taken over is not yanked back while someone scrolls it).
  // The page is live once its view has been taken over (MarkLive, after the view
  // in its Suspense boundary): until then (the prerendered `/` waiting for its
  // data or code, a view's code on its way) main is marked busy.
  const [live, setLive] = useState(false);
  const shownPath = useRef(pathname);
  useLayoutEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    window.scrollTo(0, 0);
  }, [pathname]);
  // The document's language follows the view's, for screen readers, hyphenation and fonts.
  useLayoutEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    // Routes clicks on the RouteLinks inside (anchors: focusable, and Enter clicks them).
    <div className="app" data-theme={theme} lang={lang === 'zh' ? 'zh-CN' : 'en'} onClick={onLinkClick}>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <FrameStatus />
      <Header />
      <main id="main" tabIndex={-1} aria-busy={pending || !live || undefined}>
        <ParamNotes />
        <VersionNote />
        <QuotesFailed />
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('loading')}
            </p>
          }
        >
          <Outlet />
          <ReplayEarlyClicks />
          <MarkLive onLive={setLive} />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footerSource')}</p>
      </footer>
    </div>
  );
}

/** The language switch where there is no view state (no index): it changes the link's `lang` and keeps the rest. */
function useShellLang(): [Lang, () => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const lang = langFromSearch(location.search);
  const toggle = () => {
    const search = searchInLang(location.search, lang === 'zh' ? 'en' : 'zh');
    void navigate({ pathname: location.pathname, search, hash: location.hash });
  };
  return [lang, toggle];
}

/** The header as index.html paints it, with its controls (which need nothing loaded). */
function ShellHeader() {
  const [lang, toggle] = useShellLang();
  return (
    <header className="site-header">
      <div className="brand">
        <span className="brand-name">{t(lang, 'appName')}</span>
        <span className="brand-tagline">{t(lang, 'appTagline')}</span>
      </div>
      <HeaderActions lang={lang} onLang={toggle} />
    </header>
  );
}

/**
 * The frame before the dataset is there (loading, or failed): the header as
 * index.html paints it, so nothing jumps when the page arrives, and its
 * controls, which work whatever failed.
 */
function Shell({ children }: { children: (lang: Lang) => ReactNode }) {
  const lang = langFromSearch(useLocation().search);
  const theme = useTheme();
  return (
    <div className="app" data-theme={theme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <ShellHeader />
      <main id="main">{children(lang)}</main>
    </div>
  );
}

/**
 * The view's data (the index, or a filter's own file), slow: said above the page, outside its Suspense boundary, so the
 * prerendered `/` (kept as the server sent it until the data is in) says it too.
 * Nothing on the server, and nothing until SLOW_MS: the prerendered HTML holds.
 */
function IndexSlowNote() {
  const lang = langFromSearch(useLocation().search);
  const theme = useTheme();
  const slow = useSlowLoads().some((load) => isViewDataKey(load.key));
  if (!slow) return null;
  return (
    <div className="slow-banner" data-theme={theme}>
      <SlowNote lang={lang} which={isViewDataKey} className="slow-note" />
    </div>
  );
}

const loading = (lang: Lang) => (
  <p className="loading" role="status">
    {t(lang, 'loading')}
  </p>
);

export function Layout() {
  return (
    <RouteErrorBoundary header={() => <ShellHeader />}>
      <IndexSlowNote />
      <Suspense fallback={<Shell>{loading}</Shell>}>
        <ViewProvider
          failed={(retry) => (
            <Shell>
              {(lang) => <LoadFailed message={t(lang, 'loadFailed')} retryLabel={t(lang, 'retry')} onRetry={retry} />}
            </Shell>
          )}
        >
          <Frame />
        </ViewProvider>
      </Suspense>
    </RouteErrorBoundary>
  );
}
