// Long lists draw a page at a time, the rest one click away: the DOM stays
// bounded however large the corpus grows. A new view (another address: a filter,
// a sort) starts again at its first page; the same view read from a larger index
// (the overview's own data giving way to the whole index) keeps its place.
import { useState } from 'react';
import { useLocation } from 'react-router';
import { usePrinting } from '../hooks/use-printing.ts';

/**
 * The first `page` items of a list, and `showMore` to add `step` more: a filter
 * change pays for a short first page, and a reader who asks for more gets it in
 * few clicks. A page being printed shows them all, when `printAll` (a list that
 * holds only its first page, on the overview's own data, prints that page).
 */
export function usePageLimit(page: number, step = page, printAll = true): { limit: number; showMore: () => void } {
  const { pathname, search } = useLocation();
  const view = `${pathname}?${search}`;
  const [shown, setShown] = useState({ view, limit: page });
  const printing = usePrinting();
  const limit = printing && printAll ? Infinity : shown.view === view ? shown.limit : page;
  return { limit, showMore: () => setShown({ view, limit: limit + step }) };
}

/** The "show more" button, when items are left beyond the limit. */
export function ShowMore({ left, label, onClick }: { left: number; label: string; onClick: () => void }) {
  if (left <= 0) return null;
  return (
    <button type="button" className="button more" onClick={onClick}>
      {label}
    </button>
  );
}
