import { describe, expect, it } from 'vitest';
import { keptLoads, outcomeOf, track } from './settled.ts';

describe('track', () => {
  it('knows nothing while pending, then the value or the error', async () => {
    let resolve!: (v: number) => void;
    const ok = track(new Promise<number>((r) => (resolve = r)));
    expect(outcomeOf(ok)).toBeUndefined();
    resolve(7);
    await ok;
    expect(outcomeOf(ok)).toEqual({ value: 7 });

    const failure = new Error('no map');
    const bad = track(Promise.reject(failure));
    await bad.catch(() => undefined);
    expect(outcomeOf(bad)).toEqual({ error: failure });
  });
});

describe('keptLoads', () => {
  it('loads once per key and keeps the outcome, a failure included, for every later read', async () => {
    const calls: string[] = [];
    const load = keptLoads((key) => {
      calls.push(key);
      return key === 'bad' ? Promise.reject(new Error(key)) : Promise.resolve(key.length);
    });
    expect(load('china')).toBe(load('china'));
    expect(await load('china')).toBe(5);
    const bad = load('bad');
    await bad.catch(() => undefined);
    expect(load('bad')).toBe(bad);
    expect(outcomeOf(bad)).toEqual({ error: new Error('bad') });
    expect(calls).toEqual(['china', 'bad']);
  });
});
