// Routes: each view's code loads only when it is visited. Declarative routes keep
// react-router's data-loading machinery (unused here) out of the first download.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppBrowserRouter } from './browser-router.tsx';
import { Layout } from './layout.tsx';

const loaders = {
  overview: () => import('./routes/overview.tsx'),
  region: () => import('./routes/region.tsx'),
  article: () => import('./routes/article.tsx'),
  indicator: () => import('./routes/indicator.tsx'),
  notFound: () => import('./routes/not-found.tsx'),
};

const route = (load: () => Promise<{ Component: () => React.ReactNode }>) => lazy(() => load().then((m) => ({ default: m.Component })));

const Overview = route(loaders.overview);
const Region = route(loaders.region);
const Article = route(loaders.article);
const Indicator = route(loaders.indicator);
const NotFound = route(loaders.notFound);

/**
 * Starts loading the code of the view a visit opens on, in parallel with the
 * data: otherwise it would be requested only once the data is there and the
 * routes render. The lazy routes then find the module already fetched.
 */
export function preloadView(pathname: string) {
  const [, first = ''] = pathname.split('/');
  const load = first === '' ? loaders.overview : Object.hasOwn(loaders, first) ? loaders[first as keyof typeof loaders] : loaders.notFound;
  void load().catch(() => undefined);
}

/** The views, under the frame: shared by the browser and the build-time prerender. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Overview />} />
        <Route path="region/:regionId" element={<Region />} />
        <Route path="article/:articleId" element={<Article />} />
        <Route path="indicator/:indicatorId" element={<Indicator />} />
        <Route path="*" element={<NotFound />} />
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
