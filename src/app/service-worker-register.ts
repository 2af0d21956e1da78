// The part of the service worker's registration that runs once the page has
// settled: Workbox's window module and what listens to it, in a chunk of its own,
// off the first view's code (src/app/service-worker.ts keeps the state the frame reads).
import { Workbox } from 'workbox-window';
import type { UpdateState } from './service-worker.ts';

export interface UpdateHooks {
  /** Reports a change of what the frame should offer. */
  setState(next: UpdateState): void;
  state(): UpdateState;
  /** Whether this tab's reader accepted the new version. */
  accepted(): boolean;
}

/**
 * Articles (and the whole index, the filters' own files, and the pages read for their data) this page fetched before the service worker
 * took it over: asked to be kept too (Workbox's CACHE_URLS message runs each
 * through its route).
 */
function keepWhatWasOpened(worker: ServiceWorker | null) {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => {
      const { pathname } = new URL(url);
      return (
        /^\/data\/((article|index)-[^/]*|views-[^/]*\/[^/]*)\.json$/.test(pathname) ||
        /^\/(article|region)\/[^/]+$/.test(pathname)
      );
    });
  if (worker && urls.length) worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
}

/** Registers /sw.js through Workbox and follows its versions; returns the Workbox, for messageSkipWaiting. */
export function watch(hooks: UpdateHooks, controlledAtStart: ServiceWorker | null): Workbox {
  const wb = new Workbox('/sw.js', { scope: '/' });
  // A version waiting to replace the one in control: in this tab's registration or
  // another's (the event comes to every tab). The first install has nothing to replace.
  wb.addEventListener('waiting', () => {
    if (navigator.serviceWorker.controller && hooks.state() === 'none') hooks.setState('waiting');
  });
  // Whether a version controls the page: Workbox's own isUpdate says whether one did
  // when the page registered, which a first visit's page, taken by the first version
  // since, would read wrongly at the next version.
  let controlled = navigator.serviceWorker.controller !== null;
  wb.addEventListener('controlling', () => {
    const replaced = controlled;
    controlled = true;
    // The first version taking the page that installed it: nothing changed under it.
    if (!replaced) return;
    if (hooks.accepted()) window.location.reload();
    else hooks.setState('took-over');
  });
  // Look for a new deploy when the reader comes back to the tab. Workbox stops
  // following installs in a tab it has seen one external update in, so whether a
  // version waits is read from the registration too.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    wb.update()
      .then(() => navigator.serviceWorker.getRegistration())
      .then((registration) => {
        if (registration?.waiting && navigator.serviceWorker.controller && hooks.state() === 'none')
          hooks.setState('waiting');
      })
      .catch(() => undefined);
  });
  wb.register({ immediate: true }).then(
    () => {
      // Another tab put a new version in while this one was starting (before Workbox listened).
      if (controlledAtStart && navigator.serviceWorker.controller !== controlledAtStart && !hooks.accepted())
        hooks.setState('took-over');
      return navigator.serviceWorker.ready.then((registration) => keepWhatWasOpened(registration.active));
    },
    (error: unknown) =>
      // A browser that keeps no worker for this page (blocked, or refused in a private
      // window, a frame on another site) answers with no registration, which Workbox does
      // not expect, or refuses to be asked at all: nothing to offer, nothing to say.
      navigator.serviceWorker.getRegistration().then(
        (registration) => {
          if (registration) console.warn('service worker not registered:', error);
        },
        () => undefined,
      ),
  );
  return wb;
}
