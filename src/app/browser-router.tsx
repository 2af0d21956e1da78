// react-router's BrowserRouter, with one policy changed. A new view (another
// path) renders as a transition: the current view stays until the next one's code
// and data are there, with no flash of "loading" and no fallback throttling. A new
// view state on the same path (a filter, a sort, the language) renders at once,
// in the click's own task, so the next frame already shows it, unless its data is
// not in (a filter on the overview's own data needs the whole index,
// src/data/view-data.ts), or the language's strings are not (English, the first
// time): then it is a transition too. While a new view
// is on its way, `useNavigationPending` says so: the frame shows a progress bar
// and marks the page busy, so the view being left never looks like the answer.
import { createContext, use, useLayoutEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';
import { viewIndexLoad } from '../data/view-data.ts';
import { loadMessages } from '../i18n/load-messages.ts';
import { langFromSearch } from '../url/view-state.ts';

const Pending = createContext(false);

/** True while the next view (another path) is loading and the current one is still shown. */
export const useNavigationPending = () => use(Pending);

export function AppBrowserRouter({ children }: { children: ReactNode }) {
  const [pending, startTransition] = useTransition();
  const [history] = useState(() => createBrowserHistory({ v5Compat: true }));
  const [state, setState] = useState({ action: history.action, location: history.location });
  const pathname = useRef(state.location.pathname);
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) => {
        const samePath = location.pathname === pathname.current;
        pathname.current = location.pathname;
        // The view's data and, for a view in another language, its strings (src/i18n/load-messages.ts).
        const dataIn =
          viewIndexLoad(location.pathname, location.search).get().status !== 'pending' &&
          loadMessages(langFromSearch(location.search)).get().status !== 'pending';
        if (samePath && dataIn) setState({ action, location });
        else startTransition(() => setState({ action, location }));
      }),
    [history],
  );
  return (
    <Pending value={pending}>
      <Router location={state.location} navigationType={state.action} navigator={history}>
        {children}
      </Router>
    </Pending>
  );
}
