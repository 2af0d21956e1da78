// An element's width in CSS pixels, followed as it changes: for charts that lay
// out their marks in pixels (the maps' labels). 0 until the element is laid out
// (and when prerendered), so nothing that reads it runs on a guess.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    // Measured at once (a ref is attached before the browser paints), then on every change.
    setWidth(element.clientWidth);
    observer.current = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.current.observe(element);
  }, []);
  return [ref, width];
}
