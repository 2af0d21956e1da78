// Promises that render without Suspense. React 19 holds back revealing a
// suspended boundary for up to 300 ms after its fallback showed (to batch
// reveals); a chart whose code or map arrives is drawn at once instead.
import { useEffect, useReducer } from 'react';

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

/**
 * A tracked promise's value, or undefined while pending (or when there is no
 * promise); a rejection is thrown to the nearest error boundary.
 */
export function useSettled<T>(promise: Promise<T> | undefined): T | undefined {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const outcome = promise && (outcomes.get(promise) as Outcome<T> | undefined);
  const pending = promise !== undefined && outcome === undefined;
  useEffect(() => {
    if (!promise || !pending) return;
    // Settled between this render and its effect: render again now.
    if (outcomes.has(promise)) return void rerender();
    let live = true;
    const done = () => live && rerender();
    promise.then(done, done);
    return () => {
      live = false;
    };
  }, [promise, pending]);
  if (outcome && 'error' in outcome) throw outcome.error;
  return outcome?.value;
}
