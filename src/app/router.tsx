// Routes: each view's code loads only when it is visited, through the one
// loading layer. Declarative routes keep react-router's data-loading machinery
// (unused here) out of the first download.
import type { ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { LoadFailed } from '../components/load-failed.tsx';
import { useLoad, useLoadState } from '../hooks/use-load.ts';
import { useT } from '../hooks/view-context.tsx';
import { loadMessages } from '../i18n/load-messages.ts';
import { t } from '../i18n/messages.ts';
import { langFromSearch, searchInLang } from '../url/view-state.ts';
import { CODE_BOUNDS, load } from '../lib/load.ts';
import { AppBrowserRouter } from './browser-router.tsx';
import { frameText } from './app-messages.ts';
import { Layout } from './layout.tsx';

type ViewModule = { Component: () => React.ReactNode };

const VIEWS = {
  overview: () => import('./routes/overview.tsx'),
  region: () => import('./routes/region.tsx'),
  article: () => import('./routes/article.tsx'),
  indicator: () => import('./routes/indicator.tsx'),
  notFound: () => import('./routes/not-found.tsx'),
  // With the region view's code, which draws the same stories and figures (routes/embeds.tsx).
  embedStory: () => import('./routes/region.tsx').then((m) => ({ Component: m.EmbedStory })),
  embedRegion: () => import('./routes/region.tsx').then((m) => ({ Component: m.EmbedRegion })),
} satisfies Record<string, () => Promise<ViewModule>>;
type ViewName = keyof typeof VIEWS;

const loadEmbedFrame = () => load('code:embed-frame', () => import('./embed-frame.tsx'), CODE_BOUNDS);
const loadView = (name: ViewName) => load<ViewModule>(`code:view:${name}`, () => VIEWS[name](), CODE_BOUNDS);

/** A view, once its code is in (suspends until then; prerendered HTML stays meanwhile). */
function View({ name }: { name: ViewName }) {
  const code = useLoad(loadView(name));
  const t = useT();
  if (code.status === 'error')
    return <LoadFailed message={t('failedCode')} retryLabel={t('retry')} onRetry={() => window.location.reload()} />;
  const { Component } = code.value;
  return <Component />;
}

/**
 * Starts loading the code of the view a visit opens on, in parallel with the
 * data: otherwise it would be requested only once the data is there and the
 * routes render.
 */
export function preloadView(pathname: string): void {
  const [, first = '', second = ''] = pathname.split('/');
  if (first === 'embed') {
    loadEmbedFrame();
    loadView(second === 'story' ? 'embedStory' : second === 'region' ? 'embedRegion' : 'notFound');
  } else
    loadView(
      first === ''
        ? 'overview'
        : Object.hasOwn(VIEWS, first) && !first.startsWith('embed')
          ? (first as ViewName)
          : 'notFound',
    );
}

/** The embeds' small frame, its code loaded only for an embed. */
function EmbedFrameRoute() {
  const code = useLoadState(loadEmbedFrame());
  const lang = langFromSearch(useLocation().search);
  if (code.status === 'ok') return <code.value.EmbedFrame />;
  return (
    <div className="app embed-frame" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <main id="main">
        {code.status === 'error' ? (
          <LoadFailed
            message={t(lang, 'failedCode')}
            retryLabel={t(lang, 'retry')}
            onRetry={() => window.location.reload()}
          />
        ) : (
          <p className="loading" role="status">
            {t(lang, 'loading')}
          </p>
        )}
      </main>
    </div>
  );
}

/**
 * Its children once the address's language has its strings: suspends while they
 * load (the router makes that a transition, so the page shown stays until then).
 * If they fail, it says so in that language (the frame's own strings, in the
 * entry), never a page of half Chinese: a Reload (code is asked for again only
 * by a reload) and the same view in Chinese.
 */
function InLanguage({ children }: { children: ReactNode }) {
  const location = useLocation();
  const lang = langFromSearch(location.search);
  const strings = useLoad(loadMessages(lang));
  if (strings.status === 'error') {
    // This page's path with one leading slash: `//host` would be another site's address.
    const chinese = `${location.pathname.replace(/^\/+/, '/')}${searchInLang(location.search, 'zh')}`;
    return (
      <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <main id="main">
          <LoadFailed
            message={frameText(lang, 'stringsFailed')}
            retryLabel={frameText(lang, 'reload')}
            onRetry={() => window.location.reload()}
          />
          <p lang="zh-CN">
            <a href={chinese}>{frameText(lang, 'inChinese')}</a>
          </p>
        </main>
      </div>
    );
  }
  return children;
}

/** The views, under the frame: shared by the browser and the build-time prerender. */
export function AppRoutes() {
  return (
    <InLanguage>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<View name="overview" />} />
          <Route path="region/:regionId" element={<View name="region" />} />
          <Route path="article/:articleId" element={<View name="article" />} />
          <Route path="indicator/:indicatorId" element={<View name="indicator" />} />
          <Route path="*" element={<View name="notFound" />} />
        </Route>
        {/* Embeds: their own small frame, no header or footer (made to be framed by other sites). */}
        <Route path="embed" element={<EmbedFrameRoute />}>
          <Route path="story/:storyId" element={<View name="embedStory" />} />
          <Route path="region/:regionId" element={<View name="embedRegion" />} />
          <Route path="*" element={<View name="notFound" />} />
        </Route>
      </Routes>
    </InLanguage>
  );
}

export function AppRouter() {
  return (
    <AppBrowserRouter>
      <AppRoutes />
    </AppBrowserRouter>
  );
}
