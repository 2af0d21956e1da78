// The service worker (built by vite-plugin-pwa, see vite.config.ts), registered
// with a few lines instead of workbox-window: after the page has loaded and
// settled, so its precaching never competes with the first view. A new version
// installs in the background and waits; the frame offers it (useUpdateReady),
// and accepting it activates it and reloads once it controls the page. The
// page's online state is read here too, for the offline note.
import { useSyncExternalStore } from 'react';

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const changed = () => listeners.forEach((listener) => listener());

function offer(worker: ServiceWorker) {
  // The first install has nothing to replace: offer only what replaces a version.
  if (!navigator.serviceWorker.controller) return;
  waiting = worker;
  changed();
}

function watch(registration: ServiceWorkerRegistration | undefined) {
  // A browser that blocks service workers may answer with no registration.
  if (!registration) return;
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
  // Look for a new deploy when the reader comes back to the tab.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

/**
 * Articles this page opened before the service worker took it over: asked to
 * be kept too (Workbox's CACHE_URLS message runs each through its route).
 */
function keepWhatWasOpened(worker: ServiceWorker | null) {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/data\/article-[^/]*\.json$/.test(new URL(url).pathname));
  if (worker && urls.length) worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
}

/** Registers /sw.js once the page has loaded (production builds only). */
export function registerServiceWorker(delayMs = 1500): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const start = () =>
    setTimeout(() => {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(watch, (error: unknown) => console.warn('service worker not registered:', error));
      void navigator.serviceWorker.ready.then((registration) => keepWhatWasOpened(registration?.active ?? null));
    }, delayMs);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** Activates the waiting version and reloads into it. */
export function applyUpdate(): void {
  const worker = waiting;
  if (!worker) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

/** True when a new version has installed and waits for the reader's word. */
export function useUpdateReady(): boolean {
  return useSyncExternalStore(subscribe, () => waiting !== null, () => false);
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
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}
