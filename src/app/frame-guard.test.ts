import { describe, expect, it } from 'vitest';
import { refusesFrame } from './frame-guard.ts';

const at = (pathname: string, framed: boolean) => {
  const self = {};
  return { self, top: framed ? {} : self, location: { pathname } };
};

describe('refusesFrame', () => {
  it('refuses a framed page that is not an embed', () => {
    for (const path of ['/', '/region/a', '/article/b', '/indicator/c', '/embedded', '/x/embed/story/a'])
      expect(refusesFrame(at(path, true)), path).toBe(true);
  });
  it('lets an embed be framed, and any page run on its own', () => {
    expect(refusesFrame(at('/embed/story/a', true))).toBe(false);
    expect(refusesFrame(at('/embed/region/b', true))).toBe(false);
    for (const path of ['/', '/region/a', '/embed/story/a']) expect(refusesFrame(at(path, false)), path).toBe(false);
  });
});
