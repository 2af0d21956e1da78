// A page left open across a deploy (issue 20): its hashed files (article texts,
// code chunks) are gone from the host once the new deploy replaces them, and a
// Retry would only ask again for the same missing name. When a file is gone, the
// page asks the host what is deployed now (`/deploy.json`, written beside the
// files by scripts/host-config.ts, never cached); if that is another build, it
// reloads into it. The view is in the URL, so the reader lands where they were.
// Once per build: if the reload still runs the old code (a service worker that
// keeps the old version), the failure is shown as usual, with its Retry.
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
    window.location.reload();
    return true;
  });
}
