// The benchmark's reference build: the same app with ECharts imported the way
// most projects do (all of `echarts`, the full echarts-for-react) and the data
// and map loaded eagerly. Swapped in by module path, so the app's code is shared.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const here = import.meta.dirname;
const SWAPS: Record<string, string> = {
  [resolve('src/charts/echarts-setup.ts')]: resolve(here, 'echarts-full.ts'),
  [resolve('src/charts/chart.tsx')]: resolve(here, 'chart.tsx'),
  [resolve('src/charts/lazy-chart.tsx')]: resolve(here, 'eager-chart.tsx'),
};

export function referenceBuild(): Plugin {
  return {
    name: 'reference-build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved && SWAPS[resolved.id.split('?')[0]!];
      return swap ? swap : undefined;
    },
  };
}
