import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

import { stopKeepingEarlyClicks } from './app/early-clicks.tsx';
import { AppRouter, preloadView } from './app/router.tsx';
import { preloadCharts } from './charts/LazyChart.tsx';
import { loadDataset } from './data/load-dataset.ts';
import './styles.css';

// Start the dataset request before React renders, in parallel with route code.
const dataReady = loadDataset().catch(() => undefined);
const viewReady = preloadView(window.location.pathname);
// Article links show text only: they never fetch chart code.
if (!/^\/(article|indicator)\//.test(window.location.pathname)) preloadCharts({ chinaMap: window.location.pathname === '/' });

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <AppRouter />
  </StrictMode>
);
// `/` arrives prerendered (scripts/prerender.ts): React takes over that HTML.
// Anywhere else, index.html has put the app shell back, and React replaces it.
if (container.dataset.prerendered === window.location.pathname && !window.location.search) {
  // Hydrate once the data and the view's code are in: the page then hydrates in
  // one pass. A part still waiting when an early update arrives (a saved dark
  // theme) would be thrown away and rendered again, showing "loading" meanwhile.
  void Promise.all([dataReady, viewReady]).then(() => {
    // Buttons pressed before now are pressed again once hydrated (early-clicks.tsx).
    stopKeepingEarlyClicks();
    hydrateRoot(container, app, {
      // React recovers by rendering on the client; say why, for whoever looks.
      onRecoverableError: (error) => console.warn('hydration fell back to a client render:', error),
    });
  });
}
else createRoot(container).render(app);
