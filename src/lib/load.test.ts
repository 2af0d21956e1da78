import { afterEach, describe, expect, it, vi } from 'vitest';
import { bounded, fetchJson, load, LoadFailure, primeLoad, resetLoads, retryLoad, valueOf } from './load.ts';

const FAST = { timeoutMs: 50, retries: 2, backoffMs: 1 };

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
    await expect(bounded((signal) => fetchJson('/x.json', signal), FAST)).rejects.toMatchObject({ kind: 'http', status: 503 });
    expect(calls).toHaveLength(3);
  });

  it('never retries a missing file (404) or a malformed one', async () => {
    const missing = stubFetch(() => new Response('', { status: 404 }));
    await expect(bounded((signal) => fetchJson('/x.json', signal), FAST)).rejects.toMatchObject({ kind: 'http', status: 404 });
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
    const done = load('y', async () => ++runs, FAST);
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
