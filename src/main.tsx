import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { AppRouter, preloadView } from './app/router.tsx';
import { preloadCharts } from './charts/LazyChart.tsx';
import { loadDataset } from './data/load-dataset.ts';
import './styles.css';

// Start the dataset request before React renders, in parallel with route code.
void loadDataset().catch(() => undefined);
preloadView(window.location.pathname);
// Article links show text only: they never fetch chart code.
if (!/^\/(article|indicator)\//.test(window.location.pathname)) preloadCharts({ chinaMap: window.location.pathname === '/' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRouter />
  </StrictMode>,
);
