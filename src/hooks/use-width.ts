// An element's width in CSS pixels, followed as it changes: for charts that lay
// out their marks in pixels (the maps' labels). 0 until the element is laid out
// (and when prerendered), so nothing that reads it runs on a guess.
import { useCallback, useState } from 'react';

export function useWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    // Measured at once (a ref is attached before the browser paints), then on every change.
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    // React calls this when the element goes, so the observer never outlives it.
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
