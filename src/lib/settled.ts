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
