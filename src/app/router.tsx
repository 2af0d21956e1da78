// Routes: each view's code loads only when it is visited, through the one
// loading layer. Declarative routes keep react-router's data-loading machinery
// (unused here) out of the first download.
import { Route, Routes } from 'react-router';
import { LoadFailed } from '../components/load-failed.tsx';
import { useLoad } from '../hooks/use-load.ts';
import { useT } from '../hooks/view-context.tsx';
import { CODE_BOUNDS, load } from '../lib/load.ts';
import { AppBrowserRouter } from './browser-router.tsx';
import { EmbedFrame } from './embed-frame.tsx';
import { Layout } from './layout.tsx';

type ViewModule = { Component: () => React.ReactNode };

const VIEWS = {
  overview: () => import('./routes/overview.tsx'),
  region: () => import('./routes/region.tsx'),
  article: () => import('./routes/article.tsx'),
  indicator: () => import('./routes/indicator.tsx'),
  notFound: () => import('./routes/not-found.tsx'),
  embedStory: () => import('./routes/embed-story.tsx'),
  embedRegion: () => import('./routes/embed-region.tsx'),
} satisfies Record<string, () => Promise<ViewModule>>;
type ViewName = keyof typeof VIEWS;

const loadView = (name: ViewName) => load<ViewModule>(`code:view:${name}`, () => VIEWS[name](), CODE_BOUNDS);

/** A view, once its code is in (suspends until then; prerendered HTML stays meanwhile). */
function View({ name }: { name: ViewName }) {
  const code = useLoad(loadView(name));
  const t = useT();
  if (code.status === 'error') return <LoadFailed message={t('failedCode')} retryLabel={t('retry')} onRetry={() => window.location.reload()} />;
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
  if (first === 'embed') loadView(second === 'story' ? 'embedStory' : second === 'region' ? 'embedRegion' : 'notFound');
  else loadView(first === '' ? 'overview' : Object.hasOwn(VIEWS, first) && !first.startsWith('embed') ? (first as ViewName) : 'notFound');
}

/** The views, under the frame: shared by the browser and the build-time prerender. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<View name="overview" />} />
        <Route path="region/:regionId" element={<View name="region" />} />
        <Route path="article/:articleId" element={<View name="article" />} />
        <Route path="indicator/:indicatorId" element={<View name="indicator" />} />
        <Route path="*" element={<View name="notFound" />} />
      </Route>
      {/* Embeds: their own small frame, no header or footer (made to be framed by other sites). */}
      <Route path="embed" element={<EmbedFrame />}>
        <Route path="story/:storyId" element={<View name="embedStory" />} />
        <Route path="region/:regionId" element={<View name="embedRegion" />} />
        <Route path="*" element={<View name="notFound" />} />
      </Route>
    </Routes>
  );
}

export function AppRouter() {
  return (
    <AppBrowserRouter>
      <AppRoutes />
    </AppBrowserRouter>
  );
}
