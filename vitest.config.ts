import { defineConfig } from 'vitest/config';
import { mapDirOf, pulseData } from './pipeline/app-data-plugin.ts';

export default defineConfig({
  // The data plugin, for the prerender test (src/entry-server.test.tsx).
  plugins: [pulseData('data/dataset.json')],
  resolve: { alias: { '@pulse-map': mapDirOf('data/dataset.json') } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'pipeline/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
