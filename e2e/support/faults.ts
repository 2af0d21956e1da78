// Making one of the app's files fail, in one way, with page.route: every
// request for it is counted, and `heal()` lets the next ones through (for the
// Retry). A hang never answers: the loading layer's timeout (1 s in the e2e
// build, .env.e2e) gives up on it.
import type { Page, Route } from '@playwright/test';

export type Fault = '404' | '500' | 'abort' | 'hang' | 'malformed' | 'wrong';

export const JSON_FAULTS: Fault[] = ['404', '500', 'abort', 'hang', 'malformed', 'wrong'];
export const CODE_FAULTS: Fault[] = ['404', '500', 'abort', 'hang', 'malformed'];

/** Whether the loading layer tries again after this fault (a transient one), and so how many requests it may make. */
export const transient = (fault: Fault) => fault === '500' || fault === 'abort' || fault === 'hang';

/** Requests the layer may make for one load: one, or three for a transient failure (two retries). */
export const bound = (fault: Fault) => (transient(fault) ? 3 : 1);

export interface Faulty {
  /** Requests seen so far, failed or not. */
  readonly count: number;
  /** Lets every later request through. */
  heal(): void;
}

export async function failFile(
  page: Page,
  pattern: RegExp,
  fault: Fault,
  wrongBody = '{"not":"what the app expects"}',
): Promise<Faulty> {
  let count = 0;
  let failing = true;
  const held: Route[] = [];
  await page.route(pattern, async (route) => {
    count++;
    if (!failing) return route.fallback();
    const isJs = /\.js(\?|$)/.test(route.request().url());
    switch (fault) {
      case '404':
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      case '500':
        return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Server error' });
      case 'abort':
        return route.abort('connectionreset');
      case 'hang':
        held.push(route);
        return;
      case 'malformed':
        return isJs
          ? route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export default {{{ broken' })
          : route.fulfill({ status: 200, contentType: 'application/json', body: '{"trunc' });
      case 'wrong':
        return route.fulfill({ status: 200, contentType: 'application/json', body: wrongBody });
    }
  });
  return {
    get count() {
      return count;
    },
    heal() {
      failing = false;
    },
  };
}

/**
 * The count once the page has settled after a failure it shows, gated on events,
 * not on time: two frames (every render the failure causes has run, and any request
 * those renders send has been sent), then a request the test sends from the page
 * and awaits (requests sent before it reach their routes before it does). What the
 * loading layer's own timers could still do after a verdict is src/lib/load.test.ts's
 * to show: a settled load schedules nothing.
 */
export async function settledCount(page: Page, faulty: Faulty): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.route('**/__settled', (route) => route.fulfill({ status: 204 }));
  await page.evaluate(() => fetch('/__settled').then(() => undefined));
  return faulty.count;
}

/** Holds every request for `pattern` until the test calls `release()`; then they and later ones go on. */
export async function holdRoute(page: Page, pattern: RegExp): Promise<{ release(): void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.fallback();
  });
  return { release };
}
