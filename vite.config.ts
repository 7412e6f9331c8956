import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledLibraryPlugin } from './scripts/vite/bundled-library-plugin.ts';
import { offlineAppPlugin } from './scripts/vite/offline-app-plugin.ts';

export default defineConfig({
  plugins: [react(), bundledLibraryPlugin(), offlineAppPlugin()],
  // The end-to-end test of the quick start points this at an empty folder.
  cacheDir: process.env['MARSAD_VITE_CACHE_DIR'] ?? 'node_modules/.vite',
  worker: { format: 'es' },
  // The dev server pre-bundles every dependency up front, including those only the extraction worker and the
  // lazy file readers import: a dependency discovered on first use makes Vite reload the page, which would lose
  // the upload in progress.
  optimizeDeps: {
    entries: ['index.html', 'src/workers/extraction.worker.ts'],
    include: [
      'fflate',
      'htmlparser2',
      'mammoth',
      'papaparse',
      'pdfjs-dist/legacy/build/pdf.mjs',
      'pdfjs-dist/legacy/build/pdf.worker.mjs',
    ],
  },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
