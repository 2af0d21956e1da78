// The loads waiting longer than SLOW_MS (src/lib/load.ts), for the parts of the
// page that say so. On the server (the prerender) nothing is slow.
import { useSyncExternalStore } from 'react';
import { slowLoads, subscribeSlow, type SlowLoad } from '../lib/load.ts';

const NONE: readonly SlowLoad[] = [];

export function useSlowLoads(): readonly SlowLoad[] {
  return useSyncExternalStore(subscribeSlow, slowLoads, () => NONE);
}
