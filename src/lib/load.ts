// The one way the app loads anything: the data files, the map files, and code
// chunks. Each load runs once per key and is bounded (an attempt is cut when
// nothing has arrived for a while, the last one waits longer; a few retries
// with backoff for transient failures, none for a missing or malformed file);
// what arrives is validated by the caller's `run`; and the outcome is kept as a
// value the view renders. A failure stays failed until a person asks again
// (`retryLoad`): renders never re-request a file. A load still waiting after a
// few seconds is marked slow, so the page can say so and offer to start it again
// (`restartLoad`).
//
// Views read a load with the hooks in use-load.ts. The cache is module state
// because every part of the page shares it; `resetLoads` empties it for tests.

export type LoadFailureKind = 'network' | 'timeout' | 'http' | 'malformed';

export class LoadFailure extends Error {
  constructor(
    readonly kind: LoadFailureKind,
    readonly url: string,
    detail: string,
    readonly status?: number,
  ) {
    super(`${url}: ${detail}`);
    this.name = 'LoadFailure';
  }

  /** Worth another attempt: the network, a timeout or the server's own trouble, not a missing or broken file. */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return (
      this.kind === 'http' &&
      (this.status === undefined || this.status >= 500 || this.status === 408 || this.status === 429)
    );
  }
}

/** Pending, or settled; a pending load waiting longer than SLOW_MS is `slow`. */
export type LoadState<T> =
  { status: 'pending'; slow?: boolean } | { status: 'ok'; value: T } | { status: 'error'; error: unknown };
export type Settled<T> = Exclude<LoadState<T>, { status: 'pending' }>;

export interface Load<T> {
  readonly key: string;
  /** The current state; the same object until it changes (a snapshot for useSyncExternalStore). */
  get(): LoadState<T>;
  /** Resolves (never rejects) once settled; a load started again (restartLoad) settles as its replacement does. */
  readonly settled: Promise<Settled<T>>;
  /** A function, not a method: passed as it is to useSyncExternalStore. */
  readonly subscribe: (listener: () => void) => () => void;
}

export interface Bounds {
  /** Milliseconds an attempt may go with nothing arriving (no answer, no new bytes of its body) before it is cut. */
  timeoutMs: number;
  /** The same for the last attempt: longer, for a line that is slow but working. */
  lastTimeoutMs: number;
  /** Further attempts after a transient failure. */
  retries: number;
  /** Wait before retry n (0-based) is backoffMs * 4^n. */
  backoffMs: number;
  /** Code: a browser keeps a failed module import failed, so only a reload can ask again. */
  reloadToRetry?: boolean;
}

/**
 * A build may shorten the timeouts and the backoff (`VITE_LOAD_TIMEOUT_MS`,
 * `VITE_LOAD_BACKOFF_MS`, `VITE_LOAD_SLOW_MS`, set by `.env.e2e` so the fault
 * suite's hanging and failing requests give up in seconds).
 */
const setting = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
};
const TIMEOUT_MS = setting(import.meta.env.VITE_LOAD_TIMEOUT_MS, 4000) || 4000;
const BACKOFF_MS = setting(import.meta.env.VITE_LOAD_BACKOFF_MS, 400);
/** When a waiting part says the line is slow and offers to start again. */
export const SLOW_MS = setting(import.meta.env.VITE_LOAD_SLOW_MS, 6000) || 6000;

/**
 * Data and map files: three attempts, each cut after 4 s without a byte, the
 * last after 8 s; so a file that never answers has its verdict at 18 s
 * (4 + 0.4 + 4 + 1.6 + 8), and one that keeps arriving is never cut.
 */
export const DEFAULT_BOUNDS: Bounds = {
  timeoutMs: TIMEOUT_MS,
  lastTimeoutMs: TIMEOUT_MS * 2,
  retries: 2,
  backoffMs: BACKOFF_MS,
};

/**
 * Code chunks: a browser keeps a failed module import failed, so a retry within
 * the page cannot fetch it again, and an import reports no progress. One
 * patient attempt (16 s); a Retry reloads the page.
 */
export const CODE_BOUNDS: Bounds = {
  timeoutMs: TIMEOUT_MS * 4,
  lastTimeoutMs: TIMEOUT_MS * 4,
  retries: 0,
  backoffMs: 0,
  reloadToRetry: true,
};

/** The longest a load can take when nothing ever arrives: every attempt's wait and every backoff. */
export function verdictMs(bounds: Bounds): number {
  let total = 0;
  for (let n = 0; n <= bounds.retries; n++)
    total +=
      (n === bounds.retries ? bounds.lastTimeoutMs : bounds.timeoutMs) +
      (n < bounds.retries ? bounds.backoffMs * 4 ** n : 0);
  return total;
}

type Run<T> = (signal: AbortSignal) => Promise<T>;

interface Entry<T> extends Load<T> {
  run: Run<T>;
  bounds: Bounds;
  /** Stops the running attempt and any retry (a restart replaces the entry). */
  cancel(): void;
  /** What waits on this entry gets `next`'s outcome once this one is cancelled. */
  replaceWith(next: Entry<T>): void;
}

const entries = new Map<string, Entry<unknown>>();
const listeners = new Map<string, Set<() => void>>();

/** Called with the bytes of each piece of a body as it arrives (fetchJson), keyed by the attempt's signal. */
const progressOf = new WeakMap<AbortSignal, () => void>();

/**
 * The attempt whose `run` is executing its synchronous start: a load built on
 * another (valueOf) called there is bounded by that other load, so the attempt
 * pauses its own clock while it waits (a map registered from its file waits as
 * long as the file keeps arriving).
 */
let starting: { wait(on: Promise<unknown>): void } | undefined;

class Cancelled extends Error {}

/** Resolves after `ms`, or rejects at once when cancelled. */
const sleep = (ms: number, cancel: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(new Cancelled());
    };
    const timer = setTimeout(() => {
      cancel.removeEventListener('abort', stop);
      resolve();
    }, ms);
    cancel.addEventListener('abort', stop, { once: true });
  });

/** One attempt, cut (its request aborted) once nothing has arrived for `timeoutMs`. */
async function attempt<T>(run: Run<T>, timeoutMs: number, key: string, cancel: AbortSignal): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = 0;
  let fail: (error: unknown) => void = () => undefined;
  const cut = new Promise<never>((_, reject) => (fail = reject));
  const arm = () => {
    clearTimeout(timer);
    if (waiting > 0) return;
    timer = setTimeout(() => {
      controller.abort();
      fail(new LoadFailure('timeout', key, `nothing arrived for ${timeoutMs} ms`));
    }, timeoutMs);
  };
  const stop = () => {
    controller.abort();
    fail(new Cancelled());
  };
  if (cancel.aborted) throw new Cancelled();
  cancel.addEventListener('abort', stop, { once: true });
  progressOf.set(controller.signal, arm);
  arm();
  const outer = starting;
  starting = {
    wait(on) {
      waiting++;
      clearTimeout(timer);
      void on.finally(() => {
        waiting--;
        arm();
      });
    },
  };
  let running: Promise<T>;
  try {
    running = run(controller.signal);
  } finally {
    starting = outer;
  }
  try {
    return await Promise.race([running, cut]);
  } finally {
    clearTimeout(timer);
    cancel.removeEventListener('abort', stop);
  }
}

/** Runs `run` within the bounds: retried only while the failure is transient. `cancel` stops it (rejecting with no verdict). */
export async function bounded<T>(
  run: Run<T>,
  bounds: Bounds,
  key = 'load',
  cancel: AbortSignal = new AbortController().signal,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(run, n === bounds.retries ? bounds.lastTimeoutMs : bounds.timeoutMs, key, cancel);
    } catch (error) {
      const transient = error instanceof LoadFailure ? error.transient : false;
      if (!transient || n >= bounds.retries) throw error;
      await sleep(bounds.backoffMs * 4 ** n, cancel);
    }
  }
}

function notify(key: string) {
  for (const listener of listeners.get(key) ?? []) listener();
}

/** Listeners to the set of slow loads (useSlowLoads). */
const slowListeners = new Set<() => void>();
export interface SlowLoad {
  readonly key: string;
  /** False for code: only a reload asks for it again. */
  readonly restartable: boolean;
}
let slow: readonly SlowLoad[] = [];
function slowChanged() {
  const now = [...entries.values()].filter((e) => {
    const state = e.get();
    return state.status === 'pending' && state.slow;
  });
  slow = now.map((e) => ({ key: e.key, restartable: !e.bounds.reloadToRetry }));
  for (const listener of slowListeners) listener();
}

/** The loads waiting longer than SLOW_MS, now (the same array until it changes). */
export const slowLoads = (): readonly SlowLoad[] => slow;
export function subscribeSlow(listener: () => void): () => void {
  slowListeners.add(listener);
  return () => slowListeners.delete(listener);
}

/**
 * Asked when a file is gone (a 404, or code that would not load): true when the
 * page is being reloaded into a newer deploy (src/app/redeploy.ts), so the
 * failure is never shown.
 */
let goneCheck: ((key: string) => Promise<boolean>) | undefined;
export function onGone(check: ((key: string) => Promise<boolean>) | undefined): void {
  goneCheck = check;
}
/** Code (whose failed import only a reload can ask for again) or a file the host answers 404 for. */
const isGone = (bounds: Bounds, error: unknown) =>
  bounds.reloadToRetry === true || (error instanceof LoadFailure && error.kind === 'http' && error.status === 404);

function start<T>(key: string, run: Run<T>, bounds: Bounds): Entry<T> {
  let state: LoadState<T> = { status: 'pending' };
  const cancel = new AbortController();
  let replacement: Entry<T> | undefined;
  const settled: Promise<Settled<T>> = bounded(run, bounds, key, cancel.signal).then(
    (value): Settled<T> => ({ status: 'ok', value }),
    async (error: unknown): Promise<Settled<T>> => {
      if (replacement) return replacement.settled;
      // A file a new deploy removed: the page reloads into that deploy (the view is
      // in the URL) instead of showing a failure that Retry cannot mend.
      if (goneCheck && isGone(bounds, error) && (await goneCheck(key).catch(() => false)))
        return new Promise<never>(() => undefined);
      return { status: 'error', error };
    },
  );
  const entry: Entry<T> = {
    key,
    run,
    bounds,
    get: () => state,
    settled,
    subscribe(listener) {
      const own = listeners.get(key) ?? new Set();
      own.add(listener);
      listeners.set(key, own);
      return () => own.delete(listener);
    },
    cancel() {
      cancel.abort();
    },
    replaceWith(next) {
      replacement = next;
    },
  };
  const slowTimer = setTimeout(() => {
    if (entries.get(key) !== entry || state.status !== 'pending') return;
    state = { status: 'pending', slow: true };
    notify(key);
    slowChanged();
  }, SLOW_MS);
  void settled.then((outcome) => {
    clearTimeout(slowTimer);
    // A retry may have replaced this entry meanwhile: only the current one speaks.
    if (entries.get(key) !== entry) return;
    const wasSlow = state.status === 'pending' && state.slow;
    state = outcome;
    notify(key);
    if (wasSlow) slowChanged();
  });
  return entry;
}

/** The load for `key`, started on first use; later calls return the same load whatever their `run`. */
export function load<T>(key: string, run: Run<T>, bounds: Bounds = DEFAULT_BOUNDS): Load<T> {
  let entry = entries.get(key) as Entry<T> | undefined;
  if (!entry) {
    entry = start(key, run, bounds);
    entries.set(key, entry);
  }
  return entry;
}

/** The load for `key` if it was ever started. */
export function peekLoad<T>(key: string): Load<T> | undefined {
  return entries.get(key) as Entry<T> | undefined;
}

/** Starts a failed load again (a person pressed Retry); a pending or loaded one is left alone. */
export function retryLoad(key: string): void {
  const entry = entries.get(key);
  if (!entry || entry.get().status !== 'error') return;
  entries.set(key, start(key, entry.run, entry.bounds));
  notify(key);
}

/**
 * Starts a pending or failed load again (a person pressed Retry on a slow line):
 * the waiting attempt is given up and a new one starts at once; whatever waited
 * on the old one gets the new one's outcome. A loaded load is left alone. False
 * when only a reload can ask again (code).
 */
export function restartLoad(key: string): boolean {
  const entry = entries.get(key);
  if (!entry) return true;
  if (entry.bounds.reloadToRetry) return false;
  const state = entry.get();
  if (state.status === 'error') {
    retryLoad(key);
    return true;
  }
  if (state.status !== 'pending') return true;
  const next = start(key, entry.run, entry.bounds);
  entry.replaceWith(next);
  entries.set(key, next);
  entry.cancel();
  notify(key);
  if (state.slow) slowChanged();
  return true;
}

/** A load that is already done: for the build-time prerender, which reads files from disk. */
export function primeLoad<T>(key: string, value: T): void {
  const state: LoadState<T> = { status: 'ok', value };
  const entry: Entry<T> = {
    key,
    run: () => Promise.resolve(value),
    bounds: DEFAULT_BOUNDS,
    get: () => state,
    settled: Promise.resolve(state),
    subscribe: () => () => undefined,
    cancel: () => undefined,
    replaceWith: () => undefined,
  };
  entries.set(key, entry);
}

/**
 * The value of a load, as a promise that rejects if the load failed: for a load
 * built on another. Called as a run starts (before its first await), the
 * attempt waits as long as `from` does, its own clock paused: `from` is bounded.
 */
export function valueOf<T>(from: Load<T>): Promise<T> {
  starting?.wait(from.settled);
  return from.settled.then((outcome) => {
    if (outcome.status === 'error') throw outcome.error;
    return outcome.value;
  });
}

/** Forgets every load: for tests. */
export function resetLoads(): void {
  for (const entry of entries.values()) entry.cancel();
  entries.clear();
  listeners.clear();
  slow = [];
}

/**
 * GET a JSON file: HTTP errors, network errors and unparsable bodies become
 * LoadFailures. The body is read piece by piece, and each piece (like the answer
 * itself) tells the attempt that the file is arriving (see attempt).
 */
export async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const text = await fetchText(url, signal);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadFailure('malformed', url, 'not JSON');
  }
}

/** A file's text, with the same failures and progress as fetchJson (a page, read for the data it ships). */
export async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  const arrived = progressOf.get(signal);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new LoadFailure('network', url, (error as Error).message);
  }
  arrived?.();
  if (!response.ok) throw new LoadFailure('http', url, `HTTP ${response.status}`, response.status);
  try {
    return await readText(response, arrived);
  } catch (error) {
    throw new LoadFailure('network', url, (error as Error).message);
  }
}

async function readText(response: Response, arrived: (() => void) | undefined): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    arrived?.();
    text += decoder.decode(value, { stream: true });
  }
}

/** Throws a malformed-file failure unless `ok`: what arrived is not what the index promised. */
export function expect(ok: boolean, url: string, what: string): void {
  if (!ok) throw new LoadFailure('malformed', url, `expected ${what}`);
}
