// Promises whose outcome can be read synchronously once settled. Charts, maps
// and the quotes render from these without Suspense (see use-settled.ts).

type Outcome<T> = { value: T } | { error: unknown };
const outcomes = new WeakMap<Promise<unknown>, Outcome<unknown>>();

/** Records a promise's outcome as soon as it settles, so a later render can read it synchronously. */
export function track<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => outcomes.set(promise, { value }),
    (error: unknown) => outcomes.set(promise, { error }),
  );
  return promise;
}

/** The outcome of a tracked promise, or undefined while it is pending. */
export function outcomeOf<T>(promise: Promise<T>): Outcome<T> | undefined {
  return outcomes.get(promise) as Outcome<T> | undefined;
}

/**
 * A loader that runs once per key and keeps its tracked promise, settled or not:
 * every render reads the same outcome. A failure stays (the chart shows its error
 * placeholder) until the page is reloaded, rather than being retried by every
 * render that reads it.
 */
export function keptLoads<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (key) => {
    let promise = kept.get(key);
    if (!promise) kept.set(key, (promise = track(load(key))));
    return promise;
  };
}

/** keptLoads for a loader with no key. */
export function keptLoad<T>(load: () => Promise<T>): () => Promise<T> {
  const loads = keptLoads(() => load());
  return () => loads('');
}
