/**
 * Builds the bench-only pages (never part of the app's bundle): a bare MapLibre page with the app's basemap, and
 * a page that drives the app's extraction worker and library/IndexedDB code. Used by scripts/bench/run.ts.
 */
import { join } from 'node:path';
import { defineConfig } from 'vite';

const pages = import.meta.dirname;

export default defineConfig({
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { 'bare-map': join(pages, 'bare-map.html'), pipeline: join(pages, 'pipeline.html') },
    },
  },
});
