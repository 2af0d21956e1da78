import { describe, expect, it } from 'vitest';
import { outcomeOf, track } from './settled.ts';

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
