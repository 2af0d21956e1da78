// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { usePageLimit } from './paging.tsx';

const inRouter = ({ children }: { children: ReactNode }) => (
  <MemoryRouter initialEntries={['/?sector=auto']}>{children}</MemoryRouter>
);

describe('usePageLimit', () => {
  it('shows a first page, adds a step per "show more", and starts again for a new view', () => {
    const { result } = renderHook(() => ({ page: usePageLimit(25, 100), navigate: useNavigate() }), {
      wrapper: inRouter,
    });
    expect(result.current.page.limit).toBe(25);
    act(() => result.current.page.showMore());
    expect(result.current.page.limit).toBe(125);
    act(() => result.current.page.showMore());
    expect(result.current.page.limit).toBe(225);
    act(() => void result.current.navigate('/?sector=energy'));
    expect(result.current.page.limit).toBe(25);
  });

  it('keeps its place while the view stays the same, whatever re-renders it', () => {
    const { result, rerender } = renderHook(({ n }) => usePageLimit(25 + 0 * n, 100), {
      wrapper: inRouter,
      initialProps: { n: 1 },
    });
    act(() => result.current.showMore());
    rerender({ n: 2 });
    expect(result.current.limit).toBe(125);
  });

  it('steps by the page when no step is given', () => {
    const { result } = renderHook(() => usePageLimit(2), { wrapper: inRouter });
    act(() => result.current.showMore());
    expect(result.current.limit).toBe(4);
  });

  it('shows every item while the page is printed, and its page again after', () => {
    const { result } = renderHook(() => usePageLimit(25, 100), { wrapper: inRouter });
    act(() => result.current.showMore());
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(result.current.limit).toBe(Infinity);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(result.current.limit).toBe(125);
  });

  it('prints only what it holds when told not to print every item', () => {
    const { result } = renderHook(() => usePageLimit(25, 100, false), { wrapper: inRouter });
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(result.current.limit).toBe(25);
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
