import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bounded,
  CODE_BOUNDS,
  DEFAULT_BOUNDS,
  fetchJson,
  load,
  LoadFailure,
  onGone,
  primeLoad,
  resetLoads,
  restartLoad,
  retryLoad,
  SLOW_MS,
  slowLoads,
  subscribeSlow,
  valueOf,
  verdictMs,
} from './load.ts';

const FAST = { timeoutMs: 50, lastTimeoutMs: 50, retries: 2, backoffMs: 1 };

afterEach(() => {
  resetLoads();
  vi.unstubAllGlobals();
});

function stubFetch(respond: () => Response | Promise<Response>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string, init?: { signal?: AbortSignal }) => {
    calls.push(url);
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      Promise.resolve(respond()).then(resolve, reject);
    });
  });
  return calls;
}

describe('bounded', () => {
  it('retries a transient failure (5xx) a bounded number of times, then gives up with it', async () => {
    const calls = stubFetch(() => new Response('', { status: 503 }));
    await expect(bounded((signal) => fetchJson('/x.json', signal), FAST)).rejects.toMatchObject({
      kind: 'http',
      status: 503,
    });
    expect(calls).toHaveLength(3);
  });

  it('never retries a missing file (404) or a malformed one', async () => {
    const missing = stubFetch(() => new Response('', { status: 404 }));
    await expect(bounded((signal) => fetchJson('/x.json', signal), FAST)).rejects.toMatchObject({
      kind: 'http',
      status: 404,
    });
    expect(missing).toHaveLength(1);
    const malformed = stubFetch(() => new Response('{"trunc'));
    await expect(bounded((signal) => fetchJson('/x.json', signal), FAST)).rejects.toMatchObject({ kind: 'malformed' });
    expect(malformed).toHaveLength(1);
  });

  it('gives up on a request that never answers after its timeout, aborting it, and retries it', async () => {
    const calls = stubFetch(() => new Promise<Response>(() => undefined));
    await expect(bounded((signal) => fetchJson('/x.json', signal), FAST)).rejects.toMatchObject({ kind: 'timeout' });
    expect(calls).toHaveLength(3);
  });

  it('succeeds on a retry after a network failure', async () => {
    let n = 0;
    const calls = stubFetch(() => (n++ === 0 ? Promise.reject(new TypeError('Failed to fetch')) : new Response('[1]')));
    await expect(bounded((signal) => fetchJson('/x.json', signal), FAST)).resolves.toEqual([1]);
    expect(calls).toHaveLength(2);
  });
});

describe('load', () => {
  it('runs once per key however often it is asked for, and keeps a failure until a retry', async () => {
    let runs = 0;
    const run = () => {
      runs++;
      return Promise.reject(new LoadFailure('http', '/x', 'HTTP 404', 404));
    };
    const first = load('x', run, FAST);
    for (let n = 0; n < 50; n++) load('x', run, FAST);
    await first.settled;
    expect(first.get()).toMatchObject({ status: 'error' });
    for (let n = 0; n < 50; n++) expect(load('x', run, FAST).get().status).toBe('error');
    expect(runs).toBe(1);

    const seen: string[] = [];
    first.subscribe(() => seen.push(load('x', run, FAST).get().status));
    retryLoad('x');
    expect(runs).toBe(2);
    await load('x', run, FAST).settled;
    expect(seen).toEqual(['pending', 'error']);
  });

  it('leaves a pending or loaded load alone on retry', async () => {
    let runs = 0;
    const done = load('y', () => Promise.resolve(++runs), FAST);
    retryLoad('y');
    await expect(valueOf(done)).resolves.toBe(1);
    retryLoad('y');
    expect(runs).toBe(1);
  });

  it('a primed load is loaded without running', () => {
    primeLoad('z', 42);
    expect(load('z', () => Promise.reject(new Error('never')), FAST).get()).toEqual({ status: 'ok', value: 42 });
  });
});

/** A fetch whose body arrives in `pieces`, one every `gapMs` (on the test's clock), the first with the answer. */
function tricklingFetch(pieces: string[], gapMs: number) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string, init?: { signal?: AbortSignal }) => {
    calls.push(url);
    let n = 0;
    let pending: { timer: ReturnType<typeof setTimeout>; resolve: () => void } | undefined;
    let stream: ReadableStreamDefaultController<Uint8Array> | undefined;
    init?.signal?.addEventListener('abort', () => {
      if (pending) clearTimeout(pending.timer);
      stream?.error(new Error('aborted'));
      pending?.resolve();
    });
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => void (stream = controller),
      pull: (controller) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(
            () => {
              if (n < pieces.length) controller.enqueue(new TextEncoder().encode(pieces[n++]));
              if (n === pieces.length) controller.close();
              resolve();
            },
            n === 0 ? 0 : gapMs,
          );
          pending = { timer, resolve };
        }),
    });
    return Promise.resolve(new Response(body));
  });
  return calls;
}

describe('a slow line', () => {
  afterEach(() => vi.useRealTimers());

  it('the production bounds: slow said within 5–8 s, a verdict on a file that never answers within 20 s', () => {
    expect(SLOW_MS).toBeGreaterThanOrEqual(5000);
    expect(SLOW_MS).toBeLessThanOrEqual(8000);
    expect(verdictMs(DEFAULT_BOUNDS)).toBeLessThanOrEqual(20_000);
    expect(verdictMs(CODE_BOUNDS)).toBeLessThanOrEqual(20_000);
    expect(DEFAULT_BOUNDS.lastTimeoutMs).toBeGreaterThan(DEFAULT_BOUNDS.timeoutMs);
    expect(SLOW_MS).toBeLessThan(verdictMs(DEFAULT_BOUNDS));
  });

  it('never cuts a file whose bytes keep arriving, however long it takes in all', async () => {
    vi.useFakeTimers();
    // 40 pieces, 30 ms apart: 1.2 s in all, 24 times the 50 ms an attempt may go without a byte.
    const pieces = ['[', ...Array.from({ length: 38 }, (_, n) => `${n},`), '0]'];
    const calls = tricklingFetch(pieces, 30);
    const result = bounded((signal) => fetchJson('/x.json', signal), FAST);
    await vi.advanceTimersByTimeAsync(1300);
    await expect(result).resolves.toHaveLength(39);
    expect(calls).toHaveLength(1);
  });

  it('cuts an attempt whose bytes stop, and gives the last attempt longer', async () => {
    vi.useFakeTimers();
    const calls = stubFetch(() => new Promise<Response>(() => undefined));
    const bounds = { timeoutMs: 100, lastTimeoutMs: 400, retries: 2, backoffMs: 10 };
    let failed: unknown;
    void bounded((signal) => fetchJson('/x.json', signal), bounds).catch((error: unknown) => (failed = error));
    // 100 + 10 + 100 + 40 = 250 ms: the last attempt has started, and waits 400 ms.
    await vi.advanceTimersByTimeAsync(251);
    expect(calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(398);
    expect(failed).toBeUndefined();
    await vi.advanceTimersByTimeAsync(2);
    expect(failed).toMatchObject({ kind: 'timeout' });
    expect(verdictMs(bounds)).toBe(650);
  });

  it('marks a load slow after SLOW_MS, lists it, and forgets it once settled', async () => {
    vi.useFakeTimers();
    let answer: (r: Response) => void = () => undefined;
    stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const patient = { ...FAST, timeoutMs: SLOW_MS * 2, lastTimeoutMs: SLOW_MS * 2 };
    const x = load('x', (signal) => fetchJson('/x.json', signal), patient);
    const seen: boolean[] = [];
    const stop = subscribeSlow(() => seen.push(slowLoads().some((s) => s.key === 'x')));
    await vi.advanceTimersByTimeAsync(SLOW_MS - 1);
    expect(x.get()).toEqual({ status: 'pending' });
    await vi.advanceTimersByTimeAsync(1);
    expect(x.get()).toEqual({ status: 'pending', slow: true });
    expect(slowLoads()).toEqual([{ key: 'x', restartable: true }]);
    answer(new Response('[1]'));
    await vi.advanceTimersByTimeAsync(0);
    await expect(valueOf(x)).resolves.toEqual([1]);
    expect(slowLoads()).toEqual([]);
    expect(seen).toEqual([true, false]);
    stop();
  });

  it('a restart gives up the waiting request, asks again at once, and what waited on the old load gets the new one', async () => {
    let n = 0;
    const aborted: number[] = [];
    vi.stubGlobal('fetch', (_url: string, init?: { signal?: AbortSignal }) => {
      const call = n++;
      init?.signal?.addEventListener('abort', () => aborted.push(call));
      return call === 0 ? new Promise<Response>(() => undefined) : Promise.resolve(new Response('{"ok":1}'));
    });
    const patient = { ...FAST, timeoutMs: 60_000, lastTimeoutMs: 60_000 };
    const first = load('y', (signal) => fetchJson('/y.json', signal), patient);
    const derived = load('y-derived', async () => ({ from: await valueOf(first) }), patient);
    expect(restartLoad('y')).toBe(true);
    await expect(valueOf(derived)).resolves.toEqual({ from: { ok: 1 } });
    expect(aborted).toEqual([0]);
    expect(n).toBe(2);
    // Code cannot be asked for again in the page: the caller reloads.
    load('code:z', () => new Promise(() => undefined), CODE_BOUNDS);
    expect(restartLoad('code:z')).toBe(false);
  });

  it('a load built on another waits as long as that one keeps arriving', async () => {
    vi.useFakeTimers();
    tricklingFetch(['[', '1,', '2,', '3,', '4,', '5,', '6,', '7,', '8]'], 40);
    // The file may go 50 ms without a byte; what is built on it is cut after 50 ms of its own.
    const file = load('file', (signal) => fetchJson('/f.json', signal), FAST);
    const built = load('built', async () => (await valueOf(file)) as number[], FAST);
    await vi.advanceTimersByTimeAsync(400);
    await expect(valueOf(built)).resolves.toHaveLength(8);
  });
});

describe('a file gone after a deploy', () => {
  afterEach(() => onGone(undefined));
  const gone = () => Promise.reject(new LoadFailure('http', '/data/x.json', 'HTTP 404', 404));

  it('asks the gone check on a 404, and shows no failure while the page reloads into the new deploy', async () => {
    const asked: string[] = [];
    onGone((key) => {
      asked.push(key);
      return Promise.resolve(true);
    });
    const loading = load('data:x', gone, FAST);
    await vi.waitFor(() => expect(asked).toEqual(['data:x']));
    await Promise.resolve();
    expect(loading.get().status).toBe('pending');
  });

  it('fails as usual when the check finds the same build, and never asks on a failure that is not a 404', async () => {
    const asked: string[] = [];
    onGone((key) => {
      asked.push(key);
      return Promise.resolve(false);
    });
    expect((await load('data:y', gone, FAST).settled).status).toBe('error');
    const malformed = () => Promise.reject(new LoadFailure('malformed', '/data/z.json', 'expected a file'));
    expect((await load('data:z', malformed, FAST).settled).status).toBe('error');
    expect(asked).toEqual(['data:y']);
  });
});
