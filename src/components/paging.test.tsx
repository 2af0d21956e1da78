// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePageLimit } from './paging.tsx';

describe('usePageLimit', () => {
  it('shows a first page, adds a step per "show more", and starts again for a new list', () => {
    const first = Array.from({ length: 300 }, (_, k) => k);
    const { result, rerender } = renderHook(({ items }) => usePageLimit(items, 25, 100), {
      initialProps: { items: first },
    });
    expect(result.current.limit).toBe(25);
    act(() => result.current.showMore());
    expect(result.current.limit).toBe(125);
    act(() => result.current.showMore());
    expect(result.current.limit).toBe(225);
    rerender({ items: first.slice(1) });
    expect(result.current.limit).toBe(25);
  });

  it('steps by the page when no step is given', () => {
    const items = [1, 2, 3];
    const { result } = renderHook(() => usePageLimit(items, 2));
    act(() => result.current.showMore());
    expect(result.current.limit).toBe(4);
  });

  it('shows every item while the page is printed, and its page again after', () => {
    const items = Array.from({ length: 300 }, (_, k) => k);
    const { result } = renderHook(() => usePageLimit(items, 25, 100));
    act(() => result.current.showMore());
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(result.current.limit).toBe(Infinity);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(result.current.limit).toBe(125);
  });
});
