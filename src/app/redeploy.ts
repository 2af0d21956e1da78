// A page left open across a deploy (issue 20): its hashed files (article texts,
// code chunks) are gone from the host once the new deploy replaces them, and a
// Retry would only ask again for the same missing name. When a file is gone, the
// page asks the host what is deployed now (`/deploy.json`, written beside the
// files by scripts/host-config.ts, never cached); if that is another build, it
// reloads into it. The view is in the URL, so the reader lands where they were.
// A service worker keeping the old version is told to let the new one take over
// first (the reader's own "update" would do the same), else the reload would bring
// back the old page. Once per build: if the reload still runs the old code, the
// failure is shown as usual, with its Retry.
import { indexUrl } from 'virtual:pulse-data';
import { onGone } from '../lib/load.ts';

/** What `/deploy.json` says: the build's entry script and its data index. */
export interface Deploy {
  entry: string;
  index: string;
}

export const DEPLOY_FILE = '/deploy.json';
const TRIED = 'pulse:reloaded-for';

const isDeploy = (value: unknown): value is Deploy =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Deploy).entry === 'string' &&
  typeof (value as Deploy).index === 'string';

/** True when `deployed` is another build than the one running (`running`). */
export function isAnotherBuild(running: Deploy, deployed: unknown): deployed is Deploy {
  return isDeploy(deployed) && (deployed.entry !== running.entry || deployed.index !== running.index);
}

async function deployedNow(): Promise<unknown> {
  try {
    const response = await fetch(DEPLOY_FILE, { cache: 'no-store' });
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

/** The new deploy's worker, if one is installed and waiting, made the page's controller before the reload. */
async function letNewWorkerTakeOver(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  await registration?.update().catch(() => undefined);
  const waiting = registration?.waiting;
  if (!waiting) return;
  const tookOver = new Promise<void>((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
  // Workbox's worker (vite.config.ts, registerType 'prompt') waits for this message.
  waiting.postMessage({ type: 'SKIP_WAITING' });
  // Bounded: a worker that never takes over still leaves the page to reload.
  await Promise.race([tookOver, new Promise((resolve) => setTimeout(resolve, 3000))]);
}

/**
 * From now on, a gone file sends the page to the deployed build. `entryUrl` is
 * the entry script's own URL (main.tsx's import.meta.url).
 */
export function reloadOnRedeploy(entryUrl: string): void {
  const running: Deploy = { entry: new URL(entryUrl).pathname, index: indexUrl };
  onGone(async () => {
    const deployed = await deployedNow();
    if (!isAnotherBuild(running, deployed)) return false;
    const target = `${deployed.entry} ${deployed.index}`;
    if (sessionStorage.getItem(TRIED) === target) return false;
    sessionStorage.setItem(TRIED, target);
    await letNewWorkerTakeOver();
    window.location.reload();
    return true;
  });
}
