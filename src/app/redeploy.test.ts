import { describe, expect, it } from 'vitest';
import { isAnotherBuild } from './redeploy.ts';

const running = { entry: '/assets/index-a.js', index: '/data/index-a.json' };

describe('isAnotherBuild', () => {
  it('is another build when the entry or the index differs', () => {
    expect(isAnotherBuild(running, { ...running, entry: '/assets/index-b.js' })).toBe(true);
    expect(isAnotherBuild(running, { ...running, index: '/data/index-b.json' })).toBe(true);
  });

  it('is not when both are the same, or when deploy.json is missing or malformed', () => {
    expect(isAnotherBuild(running, { ...running })).toBe(false);
    expect(isAnotherBuild(running, undefined)).toBe(false);
    expect(isAnotherBuild(running, { entry: 1, index: '/data/index-b.json' })).toBe(false);
    expect(isAnotherBuild(running, '<!doctype html>')).toBe(false);
  });
});
