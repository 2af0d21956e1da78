import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import { pulseData } from './pipeline/app-data-plugin.ts';

// PULSE_DATASET lets the benchmark build the same app on a synthetic corpus.
const dataset = process.env.PULSE_DATASET ?? 'data/dataset.json';

export default defineConfig(async ({ mode }) => {
  const plugins: PluginOption[] = [react(), pulseData(dataset)];
  // The benchmark's reference build: how most projects import ECharts. Never served by `npm start`.
  if (mode === 'reference') plugins.push((await import('./bench/reference/plugin.ts')).referenceBuild());
  return {
    plugins,
    build: {
      target: 'es2022',
      // Data and maps are fetched as files (never inlined into JS), so they load
      // in parallel with the code and only when a view needs them.
      assetsInlineLimit: 0,
    },
    preview: { port: 4173, strictPort: true },
  };
});
