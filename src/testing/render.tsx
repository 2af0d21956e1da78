// Renders one feature component the way the app frames it, for role-based tests
// in jsdom: inside a router at the test's URL and the app's ViewProvider, with the
// committed dataset primed as the index (as the prerender does), so nothing
// suspends and no chart code loads. The quotes file, which a search asks for, is
// served from memory. `url` logs every URL write, so a test can assert what a
// component wrote, how (a pushed entry or a replaced one) and how many times.
//
// The router is MemoryRouter's own parts (a memory history under <Router>, as the
// app's router is built) so that the log reads the history itself: a probe under
// MemoryRouter sees only the location React renders, so two writes in one click
// would look like one.
import { cleanup, render } from '@testing-library/react';
import { StrictMode, Suspense, useLayoutEffect, useState, type ReactNode } from 'react';
import { Router, UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { afterEach, vi } from 'vitest';
import { primeIndex } from '../data/load-dataset.ts';
import { toAppData } from '../domain/app-data.ts';
import { ViewProvider } from '../hooks/view-context.tsx';
import { resetLoads } from '../lib/load.ts';
import type { Dataset } from '../domain/schema.ts';
import { dataset } from './dataset.ts';

const QUOTES_URL = '/data/quotes.json';
const committed = toAppData(dataset);

/** One entry of the router's history. */
export interface UrlEntry {
  pathname: string;
  search: string;
  /** How it was reached: POP for the initial entry, PUSH or REPLACE for a write. */
  type: 'POP' | 'PUSH' | 'REPLACE';
}

/** The current URL and every write since the render. */
export interface UrlLog {
  current: UrlEntry;
  writes: UrlEntry[];
  /** The current query string's parameters. */
  params: () => URLSearchParams;
}

/** A memory router that reports each write to the history as it happens. */
function LoggingRouter({
  url,
  onWrite,
  children,
}: {
  url: string;
  onWrite: (entry: UrlEntry) => void;
  children: ReactNode;
}) {
  const [history] = useState(() => createMemoryHistory({ initialEntries: [url], v5Compat: true }));
  const [state, setState] = useState({ action: history.action, location: history.location });
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) => {
        onWrite({ pathname: location.pathname, search: location.search, type: `${action}` });
        setState({ action, location });
      }),
    [history, onWrite],
  );
  return (
    <Router location={state.location} navigationType={state.action} navigator={history}>
      {children}
    </Router>
  );
}

/**
 * Renders `ui` at `url` with the view context (over the test dataset, or the
 * fixture `data` a test built from it); returns Testing Library's queries and the URL log.
 */
export function renderInView(ui: ReactNode, { url = '/', data }: { url?: string; data?: Dataset } = {}) {
  const { index: indexFile, quotes } = data ? toAppData(data) : committed;
  resetLoads();
  primeIndex({ ...indexFile, chunkFiles: {}, quotesFile: QUOTES_URL });
  vi.stubGlobal('fetch', (requested: string) =>
    Promise.resolve(
      requested === QUOTES_URL ? new Response(JSON.stringify(quotes)) : new Response('not found', { status: 404 }),
    ),
  );
  const start = new URL(url, 'http://localhost');
  const log: UrlLog = {
    current: { pathname: start.pathname, search: start.search, type: 'POP' },
    writes: [],
    params: () => new URLSearchParams(log.current.search),
  };
  const onWrite = (entry: UrlEntry) => {
    log.current = entry;
    log.writes.push(entry);
  };
  const result = render(
    <StrictMode>
      <LoggingRouter url={url} onWrite={onWrite}>
        <Suspense fallback={<p>loading</p>}>
          <ViewProvider failed={() => <p role="alert">index failed</p>}>{ui}</ViewProvider>
        </Suspense>
      </LoggingRouter>
    </StrictMode>,
  );
  return { ...result, url: log };
}

// Testing Library cleans up by itself only where test globals are on (they are not here).
afterEach(() => {
  cleanup();
  resetLoads();
  vi.unstubAllGlobals();
});
