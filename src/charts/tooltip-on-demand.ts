// The tooltip arrives with the first pointer on a chart, not with the page.
// ECharts' tooltip installs its axis pointer with it: 19 KB gzip, a tenth of the
// chart code, for something only a pointing reader sees (a tap on a phone opens
// the mark's article). So charts are first drawn without their `tooltip`, the
// component is imported when a pointer first moves over one, and each chart
// then sets its tooltip and shows it where the pointer is (chart.tsx).
// ECharts itself registers components at any time (`echarts.use`), and a later
// setOption with the component's key creates it on a drawn chart.
import { useSyncExternalStore } from 'react';
import { CODE_BOUNDS, load } from '../lib/load.ts';

let ready = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Starts loading the tooltip component (once; later calls share the load). */
export function requestTooltip(): void {
  if (ready) return;
  const loading = load('code:tooltip', () => import('./tooltip-component.ts'), CODE_BOUNDS);
  void loading.settled.then((outcome) => {
    if (outcome.status !== 'ok' || ready) return;
    ready = true;
    for (const listener of listeners) listener();
  });
}

/** True once the tooltip component is registered: charts then set their tooltip. */
export const useTooltipReady = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => ready,
    () => false,
  );
