import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // The dataset and maps are fetched as files (never inlined into JS), so they
    // load in parallel with the code and only when a view needs them.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: true },
});
