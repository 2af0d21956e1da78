import { describe, expect, it } from 'vitest';
import { rememberLast } from './remember-last.ts';

describe('rememberLast', () => {
  it('computes once per argument in a row, again for a new one', () => {
    const calls: object[] = [];
    const f = rememberLast((arg: object) => (calls.push(arg), calls.length));
    const [a, b] = [{}, {}];
    expect([f(a), f(a), f(b), f(b), f(a)]).toEqual([1, 1, 2, 2, 3]);
    expect(calls).toEqual([a, b, a]);
  });
});
