import { defineConfig } from 'vitest/config';
import { mapDirOf, pulseData } from './pipeline/app-data-plugin.ts';
import { DATASET_PATH } from './scripts/dataset-path.ts';

export default defineConfig({
  // The data plugin, for the prerender test (src/entry-server.test.tsx), on the dataset the tests read.
  plugins: [pulseData(DATASET_PATH)],
  resolve: { alias: { '@pulse-map': mapDirOf(DATASET_PATH) } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'pipeline/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Both languages' strings in, as the prerender has them (the app loads English on demand).
    setupFiles: ['src/testing/setup-messages.ts'],
  },
});
