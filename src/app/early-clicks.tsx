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
    /** The same for text typed into the page's fields: value by the field's position in #root. */
    __earlyInput?: Record<number, string>;
  }
}

/**
 * Types the kept text again, as a person would: the native value setter and an
 * input event, so the field's React onChange sees it (a controlled field
 * hydrated after the data would otherwise show its server value).
 */
function replayTyped(typed: Record<number, string>) {
  const fields =
    document.getElementById('root')?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? [];
  for (const [at, value] of Object.entries(typed)) {
    const field = fields[Number(at)];
    if (!field) continue;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called on the field itself below (setter.call(field, …))
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
    // React's value tracker sits on the field itself: clear through it (the
    // tracker now holds ''), then set past it, so the input event is a change.
    field.value = '';
    setter?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Rendered after the view, inside its Suspense boundary: its effects run once the view's buttons have their handlers. */
export function ReplayEarlyClicks() {
  const kept = useRef<HTMLElement[]>([]);
  const typed = useRef<Record<number, string>>({});
  // A layout effect runs in the commit itself, before another event can reach
  // React: from here on React handles every click, and none is kept twice.
  useLayoutEffect(() => {
    kept.current = window.__earlyClicks ?? [];
    typed.current = window.__earlyInput ?? {};
    window.__earlyClicks = undefined;
    window.__earlyInput = undefined;
  }, []);
  useEffect(() => {
    const buttons = kept.current;
    kept.current = [];
    for (const button of buttons) if (button.isConnected) button.click();
    replayTyped(typed.current);
    typed.current = {};
  }, []);
  return null;
}
