import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { bundledLibraryPlugin } from './scripts/vite/bundled-library-plugin.ts';

export default defineConfig({
  // The bundled sample library (virtual:marsad-bundled-library), extracted only if a test imports it.
  plugins: [react(), bundledLibraryPlugin()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
  },
});
