import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledLibraryPlugin } from './scripts/vite/bundled-library-plugin.ts';

export default defineConfig({
  plugins: [react(), bundledLibraryPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
