// Long lists draw a page at a time, the rest one click away: the DOM stays
// bounded however large the corpus grows. A new list (a new filter result)
// starts again at its first page.
import { useState } from 'react';
import { usePrinting } from '../hooks/use-printing.ts';

/**
 * The first `page` items of a list, and `showMore` to add `step` more: a filter
 * change pays for a short first page, and a reader who asks for more gets it in
 * few clicks. A page being printed shows them all.
 */
export function usePageLimit(
  items: readonly unknown[],
  page: number,
  step = page,
): { limit: number; showMore: () => void } {
  const [shown, setShown] = useState({ items, limit: page });
  const printing = usePrinting();
  const limit = printing ? Infinity : shown.items === items ? shown.limit : page;
  return { limit, showMore: () => setShown({ items, limit: limit + step }) };
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
