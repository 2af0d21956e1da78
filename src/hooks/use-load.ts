// Reading a load (src/lib/load.ts) in a component. Both hooks read the same
// kept state and re-render when it changes (a Retry included); they differ only
// in what a pending load does.
import { use, useSyncExternalStore } from 'react';
import { peekLoad, type Load, type LoadState, type Settled } from '../lib/load.ts';

const NONE: LoadState<never> = { status: 'pending' };
const noSubscription = () => () => undefined;

/**
 * The load now kept under the same key: a Retry replaces a failed load with a
 * new one, and a component that rendered the old one must read the new one
 * (its own props may never change, e.g. the index's provider).
 */
const current = <T>(load: Load<T>): Load<T> => peekLoad<T>(load.key) ?? load;

function useLoadSnapshot<T>(load: Load<T> | undefined): LoadState<T> {
  const get = load ? () => current(load).get() : () => NONE;
  return useSyncExternalStore(load ? load.subscribe : noSubscription, get, get);
}

/**
 * The settled outcome; suspends while pending. For what a view cannot render
 * without (the index, an article's text). A prerendered part whose data is not
 * in yet stays as the server sent it until the data is.
 */
export function useLoad<T>(load: Load<T>): Settled<T> {
  const state = useLoadSnapshot(load);
  return state.status === 'pending' ? use(current(load).settled) : state;
}

/**
 * The state, pending included; never suspends. For parts drawn as soon as they
 * can be (charts, maps) and extras a view works without (the quotes): no Suspense
 * boundary, so no fallback and none of React's throttling of reveals.
 */
export function useLoadState<T>(load: Load<T> | undefined): LoadState<T> {
  return useLoadSnapshot(load);
}
