// The one way the app loads anything: the data files, the map files, and code
// chunks. Each load runs once per key and is bounded (a timeout per attempt, a
// few retries with backoff for transient failures, none for a missing or
// malformed file); what arrives is validated by the caller's `run`; and the
// outcome is kept as a value the view renders. A failure stays failed until a
// person asks again (`retryLoad`): renders never re-request a file.
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
    return this.kind === 'http' && (this.status === undefined || this.status >= 500 || this.status === 408 || this.status === 429);
  }
}

export type LoadState<T> = { status: 'pending' } | { status: 'ok'; value: T } | { status: 'error'; error: unknown };
export type Settled<T> = Exclude<LoadState<T>, { status: 'pending' }>;

export interface Load<T> {
  readonly key: string;
  /** The current state; the same object until it changes (a snapshot for useSyncExternalStore). */
  get(): LoadState<T>;
  /** Resolves (never rejects) once settled. */
  readonly settled: Promise<Settled<T>>;
  subscribe(listener: () => void): () => void;
}

export interface Bounds {
  /** Milliseconds one attempt may take. */
  timeoutMs: number;
  /** Further attempts after a transient failure. */
  retries: number;
  /** Wait before retry n (0-based) is backoffMs * 4^n. */
  backoffMs: number;
}

/**
 * A build may shorten the timeout and the backoff (`VITE_LOAD_TIMEOUT_MS`,
 * `VITE_LOAD_BACKOFF_MS`, set by `.env.e2e` so the fault suite's hanging and
 * failing requests give up in a second or two, not fifteen).
 */
const configuredTimeout = Number(import.meta.env.VITE_LOAD_TIMEOUT_MS);
const TIMEOUT_MS = Number.isFinite(configuredTimeout) && configuredTimeout > 0 ? configuredTimeout : 15_000;

const configuredBackoff = Number(import.meta.env.VITE_LOAD_BACKOFF_MS);
const BACKOFF_MS = Number.isFinite(configuredBackoff) && configuredBackoff >= 0 && import.meta.env.VITE_LOAD_BACKOFF_MS !== undefined ? configuredBackoff : 400;

export const DEFAULT_BOUNDS: Bounds = { timeoutMs: TIMEOUT_MS, retries: 2, backoffMs: BACKOFF_MS };

/**
 * Code chunks: a browser keeps a failed module import failed, so a retry within
 * the page cannot fetch it again. One patient attempt; a Retry reloads the page.
 */
export const CODE_BOUNDS: Bounds = { timeoutMs: TIMEOUT_MS * 2, retries: 0, backoffMs: 0 };

type Run<T> = (signal: AbortSignal) => Promise<T>;

interface Entry<T> extends Load<T> {
  run: Run<T>;
  bounds: Bounds;
}

const entries = new Map<string, Entry<unknown>>();
const listeners = new Map<string, Set<() => void>>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One attempt, given up after the timeout (its request aborted). */
async function attempt<T>(run: Run<T>, timeoutMs: number, key: string): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new LoadFailure('timeout', key, `no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `run` within the bounds: retried only while the failure is transient. */
export async function bounded<T>(run: Run<T>, bounds: Bounds, key = 'load'): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(run, bounds.timeoutMs, key);
    } catch (error) {
      const transient = error instanceof LoadFailure ? error.transient : false;
      if (!transient || n >= bounds.retries) throw error;
      await sleep(bounds.backoffMs * 4 ** n);
    }
  }
}

function notify(key: string) {
  for (const listener of listeners.get(key) ?? []) listener();
}

function start<T>(key: string, run: Run<T>, bounds: Bounds): Entry<T> {
  let state: LoadState<T> = { status: 'pending' };
  const settled = bounded(run, bounds, key).then(
    (value): Settled<T> => ({ status: 'ok', value }),
    (error: unknown): Settled<T> => ({ status: 'error', error }),
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
  };
  void settled.then((outcome) => {
    // A retry may have replaced this entry meanwhile: only the current one speaks.
    if (entries.get(key) !== entry) return;
    state = outcome;
    notify(key);
  });
  return entry;
}

/** The load for `key`, started on first use; later calls return the same load whatever their `run`. */
export function load<T>(key: string, run: Run<T>, bounds: Bounds = DEFAULT_BOUNDS): Load<T> {
  let entry = entries.get(key) as Entry<T> | undefined;
  if (!entry) {
    entry = start(key, run, bounds);
    entries.set(key, entry as Entry<unknown>);
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
  };
  entries.set(key, entry as Entry<unknown>);
}

/** The value of a load, as a promise that rejects if the load failed: for a load built on another. */
export function valueOf<T>(from: Load<T>): Promise<T> {
  return from.settled.then((outcome) => {
    if (outcome.status === 'error') throw outcome.error;
    return outcome.value;
  });
}

/** Forgets every load: for tests. */
export function resetLoads(): void {
  entries.clear();
  listeners.clear();
}

/** GET a JSON file: HTTP errors, network errors and unparsable bodies become LoadFailures. */
export async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new LoadFailure('network', url, (error as Error).message);
  }
  if (!response.ok) throw new LoadFailure('http', url, `HTTP ${response.status}`, response.status);
  const text = await response.text().catch((error: unknown) => {
    throw new LoadFailure('network', url, (error as Error).message);
  });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadFailure('malformed', url, 'not JSON');
  }
}

/** Throws a malformed-file failure unless `ok`: what arrived is not what the index promised. */
export function expect(ok: boolean, url: string, what: string): void {
  if (!ok) throw new LoadFailure('malformed', url, `expected ${what}`);
}
