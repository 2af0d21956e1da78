// Routes: each view's code loads only when it is visited. Declarative routes keep
// react-router's data-loading machinery (unused here) out of the first download.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppBrowserRouter } from './browser-router.tsx';
import { Layout } from './layout.tsx';

type ViewModule = { Component: () => React.ReactNode };
const loaded = new Map<string, ViewModule>();
/** A view's loader that remembers the module once it is in. */
const keep = (name: string, load: () => Promise<ViewModule>) => () =>
  load().then((module) => {
    loaded.set(name, module);
    return module;
  });

const loaders = {
  overview: keep('overview', () => import('./routes/overview.tsx')),
  region: keep('region', () => import('./routes/region.tsx')),
  article: keep('article', () => import('./routes/article.tsx')),
  indicator: keep('indicator', () => import('./routes/indicator.tsx')),
  notFound: keep('notFound', () => import('./routes/not-found.tsx')),
};

/**
 * A lazy view. When its module is already in (see preloadView), the factory hands
 * React a thenable that resolves at once, so the view renders without suspending:
 * while hydrating, a part that suspends is left waiting, and any update meanwhile
 * makes React throw that HTML away and show "loading" until it renders again.
 */
const route = (name: keyof typeof loaders) =>
  lazy(() => {
    const ready = loaded.get(name);
    if (ready) return { then: (resolve: (m: { default: ViewModule['Component'] }) => void) => resolve({ default: ready.Component }) } as unknown as Promise<{ default: ViewModule['Component'] }>;
    return loaders[name]().then((m) => ({ default: m.Component }));
  });

const Overview = route('overview');
const Region = route('region');
const Article = route('article');
const Indicator = route('indicator');
const NotFound = route('notFound');

/**
 * Starts loading the code of the view a visit opens on, in parallel with the
 * data: otherwise it would be requested only once the data is there and the
 * routes render. The lazy routes then find the module already fetched.
 */
export function preloadView(pathname: string): Promise<unknown> {
  const [, first = ''] = pathname.split('/');
  const load = first === '' ? loaders.overview : Object.hasOwn(loaders, first) ? loaders[first as keyof typeof loaders] : loaders.notFound;
  return load().catch(() => undefined);
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
