// The prerendered `/` is hydrated at once, but its view waits for the data
// before React can take it over; React 19 drops a click on a part still waiting
// (measured: the e2e test that holds the data back and presses a chip fails
// without this). So index.html's inline script keeps the buttons pressed
// before then, and the view presses them again once it is hydrated.
import { useEffect, useLayoutEffect, useRef } from 'react';

declare global {
  interface Window {
    /** Filled by index.html's inline script until the view is hydrated. */
    __earlyClicks?: HTMLElement[];
  }
}

/** Rendered after the view, inside its Suspense boundary: its effects run once the view's buttons have their handlers. */
export function ReplayEarlyClicks() {
  const kept = useRef<HTMLElement[]>([]);
  // A layout effect runs in the commit itself, before another event can reach
  // React: from here on React handles every click, and none is kept twice.
  useLayoutEffect(() => {
    kept.current = window.__earlyClicks ?? [];
    window.__earlyClicks = undefined;
  }, []);
  useEffect(() => {
    const buttons = kept.current;
    kept.current = [];
    for (const button of buttons) if (button.isConnected) button.click();
  }, []);
  return null;
}
