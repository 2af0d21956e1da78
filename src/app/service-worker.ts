// The service worker (built by vite-plugin-pwa, see vite.config.ts), registered
// through Workbox's window module, the way Workbox's docs offer an update: after
// the page has loaded and settled, so its precaching never competes with the first
// view. A new version installs in the background and waits; every open tab
// offers it (useUpdateState), and the tab whose reader accepts it activates it
// and reloads once it controls the page. The new version then takes every other
// tab too (clientsClaim): a tab that did not ask says so and offers a reload,
// rather than run on under a worker whose files are not its own.
//
// Not vite-plugin-pwa's useRegisterSW: its virtual module exists only inside the
// Vite build with the plugin, and this module is also rendered by the prerender
// and the unit tests; and in its prompt mode every tab reloads when another
// accepts, with no word to a reader who may be typing.
import { useSyncExternalStore } from 'react';
import type { Workbox } from 'workbox-window';

/** none; a new version waits (offer it); another tab's new version took this page (offer a reload). */
export type UpdateState = 'none' | 'waiting' | 'took-over';

let state: UpdateState = 'none';
let workbox: Workbox | undefined;
/** Whether this tab's reader accepted the new version: then its taking over is the cue to reload. */
let accepted = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
function setState(next: UpdateState) {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Registers /sw.js once the page has loaded (production builds only); the code that does it is fetched then. */
export function registerServiceWorker(delayMs = 1500): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // The worker in control as the page started: if another tab puts a new one in
  // before the registration below listens, this tab still learns it was taken over.
  const controlledAtStart = navigator.serviceWorker.controller;
  const start = () =>
    setTimeout(() => {
      import('./service-worker-register.ts').then(
        ({ watch }) => {
          workbox = watch({ setState, state: () => state, accepted: () => accepted }, controlledAtStart);
        },
        (error: unknown) => console.warn('service worker not registered:', error),
      );
    }, delayMs);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * Puts the new version in: activates the waiting one, and reloads once it
 * controls the page. With nothing waiting (another tab put it in already, or
 * this one was taken over), reloads into the version in control.
 */
export function applyUpdate(): void {
  accepted = true;
  navigator.serviceWorker.getRegistration().then(
    (registration) => {
      if (registration?.waiting && workbox) workbox.messageSkipWaiting();
      else window.location.reload();
    },
    () => window.location.reload(),
  );
}

/** Whether a new version waits for the reader's word, or took this page from another tab. */
export function useUpdateState(): UpdateState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => 'none',
  );
}

const subscribeOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/** False while the browser says it is offline. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}
