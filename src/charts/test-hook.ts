// A deliberate, test-only hook: end-to-end tests need a chart instance to find a
// mark's pixel position. It exists only in builds made with VITE_E2E_HOOKS=1
// (`vite build --mode e2e`); in the build people get, the branch is removed.
import type { EChartsType } from 'echarts/core';

interface ChartHook {
  chart: EChartsType;
  renders: number;
}

declare global {
  interface Window {
    __pulseCharts?: Record<string, ChartHook>;
  }
}

export function exposeChartForTests(name: string, chart: EChartsType) {
  if (import.meta.env.VITE_E2E_HOOKS !== '1') return;
  const hooks = (window.__pulseCharts ??= {});
  const hook: ChartHook = { chart, renders: 0 };
  hooks[name] = hook;
  chart.on('finished', () => {
    hook.renders++;
  });
}
