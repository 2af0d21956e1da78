// Routes: each view's code loads only when it is visited.
import { createBrowserRouter } from 'react-router';
import { Layout } from './layout.tsx';
import { RouteError } from './route-error.tsx';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: () => import('./routes/overview.tsx') },
      { path: 'region/:regionId', lazy: () => import('./routes/region.tsx') },
      { path: 'article/:articleId', lazy: () => import('./routes/article.tsx') },
      { path: 'indicator/:indicatorId', lazy: () => import('./routes/indicator.tsx') },
      { path: '*', lazy: () => import('./routes/not-found.tsx') },
    ],
  },
]);
