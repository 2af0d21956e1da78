// The buttons of the prerendered `/` do nothing until React has taken the page
// over. index.html keeps the buttons pressed before then (a click, or Enter or
// Space on a focused one); once the view is hydrated they are pressed again, so
// a choice made in the first moments is not lost.
import { useEffect } from 'react';

declare global {
  interface Window {
    /** Filled by index.html's inline script until stopKeepingEarlyClicks(). */
    __earlyClicks?: HTMLElement[];
  }
}

let kept: HTMLElement[] = [];

/** Called as React starts hydrating: from then on, React handles every click. */
export function stopKeepingEarlyClicks() {
  kept = window.__earlyClicks ?? [];
  window.__earlyClicks = undefined;
}

/**
 * Rendered inside the view's Suspense boundary, which hydrates last: its effect
 * runs once every prerendered button has its handler.
 */
export function ReplayEarlyClicks() {
  useEffect(() => {
    const buttons = kept;
    kept = [];
    for (const button of buttons) if (button.isConnected) button.click();
  }, []);
  return null;
}
