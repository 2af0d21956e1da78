// A tracked promise's value in a component, without Suspense. React 19 holds
// back revealing a suspended boundary for up to 300 ms after its fallback showed
// (to batch reveals); a chart whose code or map arrives is drawn at once instead.
import { useEffect, useReducer } from 'react';
import { outcomeOf } from './settled.ts';

/**
 * A tracked promise's value (see settled.ts), or undefined while pending (or when
 * there is no promise); a rejection is thrown to the nearest error boundary.
 */
export function useSettled<T>(promise: Promise<T> | undefined): T | undefined {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const outcome = promise && outcomeOf(promise);
  const pending = promise !== undefined && outcome === undefined;
  useEffect(() => {
    if (!promise || !pending) return;
    // Settled between this render and its effect: render again now.
    if (outcomeOf(promise)) return void rerender();
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
