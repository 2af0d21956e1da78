import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

import { refusesFrame, showFrameRefusal } from './app/frame-guard.ts';
import { reloadOnRedeploy } from './app/redeploy.ts';
import { AppRouter, preloadView } from './app/router.tsx';
import { registerServiceWorker } from './app/service-worker.ts';
import { preloadCharts } from './charts/lazy-chart.tsx';
import { primeShippedOverview, primeShippedSlice } from './data/load-dataset.ts';
import { viewIndexLoad } from './data/view-data.ts';
import { loadMessages } from './i18n/load-messages.ts';
import { langFromSearch } from './url/view-state.ts';
import './styles.css';

function start() {
  // A file removed by a newer deploy reloads the page into that deploy (src/app/redeploy.ts).
  if (import.meta.env.PROD) reloadOnRedeploy(import.meta.url);
  // Start the dataset request before React renders, in parallel with route code;
  // a cold link to an article, and `/`, have their own figures in their page, and
  // wait for nothing (src/data/view-data.ts says which view reads what).
  if (!primeShippedSlice(document)) primeShippedOverview(document);
  // An English view's strings are their own chunk (src/i18n/load-messages.ts): fetched alongside the rest.
  const strings = loadMessages(langFromSearch(window.location.search));
  viewIndexLoad(window.location.pathname, window.location.search);
  preloadView(window.location.pathname);
  // Article links show text only: they never fetch chart code.
  if (!/^\/(article|indicator)\//.test(window.location.pathname))
    preloadCharts({ chinaMap: window.location.pathname === '/', bars: window.location.pathname !== '/' });

  const container = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <AppRouter />
    </StrictMode>
  );
  // `/` arrives prerendered (scripts/prerender.ts): React takes over that HTML at
  // once. Parts still waiting for the data or their code stay as prerendered until
  // they are in; the saved theme is read before this first render (ui-store.ts),
  // so nothing updates them meanwhile. Anywhere else, index.html has put the app
  // shell back, and React replaces it.
  if (container.dataset.prerendered === window.location.pathname && !window.location.search) {
    hydrateRoot(container, app, {
      // React recovers by rendering on the client; say why, for whoever looks.
      onRecoverableError: (error) => console.warn('hydration fell back to a client render:', error),
    });
  } else {
    // Rendered once the language's strings are in, so the first render is already in
    // it (index.html's shell, in that language, holds the page meanwhile).
    const render = () => createRoot(container).render(app);
    if (strings.get().status === 'pending') void strings.settled.then(render);
    else render();
  }

  // Offline after a first visit (docs/failure-and-security.md, "Offline and deploys"): registered once the page has loaded.
  registerServiceWorker();
}

// A page that is not an embed never runs inside another site's frame (src/app/frame-guard.ts).
if (refusesFrame(window)) {
  const lang = langFromSearch(window.location.search);
  void loadMessages(lang).settled.then(() => showFrameRefusal(document.getElementById('root')!, lang));
} else start();
