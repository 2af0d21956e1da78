// Routes: each view's code loads only when it is visited. Declarative routes keep
// react-router's data-loading machinery (unused here) out of the first download.
import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './layout.tsx';

const route = (load: () => Promise<{ Component: () => React.ReactNode }>) => lazy(() => load().then((m) => ({ default: m.Component })));

const Overview = route(() => import('./routes/overview.tsx'));
const Region = route(() => import('./routes/region.tsx'));
const Article = route(() => import('./routes/article.tsx'));
const Indicator = route(() => import('./routes/indicator.tsx'));
const NotFound = route(() => import('./routes/not-found.tsx'));

export function AppRouter() {
  return (
    // Location changes render synchronously, not as transitions: a filter click is
    // drawn in the very next frame, instead of in 5 ms slices spread over several.
    // A view whose code is still loading shows the layout's loading line meanwhile.
    <BrowserRouter useTransitions={false}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Overview />} />
          <Route path="region/:regionId" element={<Region />} />
          <Route path="article/:articleId" element={<Article />} />
          <Route path="indicator/:indicatorId" element={<Indicator />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
