// The frame around every view: header (title, language, theme, copy link), the
// notes about ignored URL parameters, the page, and the data credits.
import { Suspense, useLayoutEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { CopyLinkButton } from '../features/share/CopyLinkButton.tsx';
import { ReplayEarlyClicks } from './early-clicks.tsx';
import { RouteErrorBoundary } from './route-error.tsx';
import { t } from '../i18n/messages.ts';
import { useUiStore } from '../store/ui-store.ts';
import { hrefWith } from '../url/href.ts';
import { useRouteLinkClicks } from './route-link.tsx';
import { useView, ViewProvider } from './view-context.tsx';

function Header() {
  const { view, update, t, index } = useView();
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const source = index.dataset.sources[0];
  return (
    <header className="site-header">
      <div className="brand">
        <Link to={hrefWith('/', view, ['lang'])} className="brand-name">
          {t('appName')}
        </Link>
        {/* The tagline is exactly what index.html paints before any script: nothing moves when React takes over. */}
        <span className="brand-tagline">{t('appTagline')}</span>
        {source && (
          <span className="brand-date">
            {t('pageDate')} {source.date.year}
            {source.date.inferred ? t('inferred') : ''}
          </span>
        )}
      </div>
      <nav className="header-actions" aria-label={view.lang === 'zh' ? '页面操作' : 'Page actions'}>
        <button type="button" className="button" lang={view.lang === 'zh' ? 'en' : 'zh'} title={t('languageLabel')} onClick={() => update({ lang: view.lang === 'zh' ? 'en' : 'zh' })}>
          {t('language')}
        </button>
        <button type="button" className="button" title={t('themeLabel')} aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {t('theme')}
        </button>
        <CopyLinkButton label={t('copyLink')} copied={t('copied')} failed={t('copyFailed')} />
      </nav>
    </header>
  );
}

function ParamNotes() {
  const { notes, t } = useView();
  if (notes.length === 0) return null;
  return (
    <p className="param-notes" role="note">
      {t('ignoredParams')} {notes.map((n) => `${n.param}=${n.rawValue}`).join('，')}
    </p>
  );
}

function Frame() {
  const { lang, t } = useView();
  const theme = useUiStore((s) => s.theme);
  const { pathname } = useLocation();
  const onLinkClick = useRouteLinkClicks();
  // A new view starts at its top. A layout effect runs before the views' own
  // effects, so the article reader can still scroll to a quote after it.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return (
    // Routes clicks on the RouteLinks inside (anchors: focusable, and Enter clicks them).
    <div className="app" data-theme={theme} lang={lang === 'zh' ? 'zh-CN' : 'en'} onClick={onLinkClick}>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <ParamNotes />
        <Suspense fallback={<p className="loading" role="status">{t('loading')}</p>}>
          <Outlet />
          <ReplayEarlyClicks />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('mapNote')}</p>
        <p>
          {lang === 'zh' ? '数据来源：2022 年报纸版面（OCR），每个数字均可追溯到原文句子。' : 'Source: a 2022 newspaper page (OCR); every number links to its sentence.'}
        </p>
      </footer>
    </div>
  );
}

/** Shown before the dataset arrives: the header as index.html paints it, so nothing jumps. */
function Loading() {
  const lang = new URLSearchParams(useLocation().search).get('lang') === 'en' ? 'en' : 'zh';
  const theme = useUiStore((s) => s.theme);
  return (
    <div className="app" data-theme={theme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="site-header">
        <div className="brand">
          <span className="brand-name">{t(lang, 'appName')}</span>
          <span className="brand-tagline">{t(lang, 'appTagline')}</span>
        </div>
      </header>
      <main id="main">
        <p className="loading" role="status">
          {t(lang, 'loading')}
        </p>
      </main>
    </div>
  );
}

export function Layout() {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<Loading />}>
        <ViewProvider>
          <Frame />
        </ViewProvider>
      </Suspense>
    </RouteErrorBoundary>
  );
}
