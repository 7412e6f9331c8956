/**
 * The offline app: vite-plugin-pwa generates, at build time, a Workbox service worker (sw.js) that precaches
 * everything the app needs to open and work without a network on the first visit: the app shell, the fonts,
 * the basemap, the gazetteer and lexicons (bundled into the scripts), the extraction worker, the map worker and
 * the lazy file readers (PDF with its worker, DOCX). Prompt mode: a new version waits until the user clicks
 * Reload (src/pwa/). The manifest is public/manifest.webmanifest, served as it is. Nothing in the dev server.
 */
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** What the service worker precaches, relative to the build folder. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,mjs,css,woff2,svg,png,webmanifest,txt}'];
/** Build outputs that are not the app (the benchmark's pages) and legacy font files no current browser uses. */
export const PRECACHE_IGNORED = ['**/__bench/**', '**/*.woff'];
/** The largest file precached: the main bundle (maplibre) and the PDF.js worker are over a megabyte each. */
export const PRECACHE_LARGEST_FILE_BYTES = 6 * 1024 * 1024;

export function offlineAppPlugin(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    // src/pwa/ registers it, lazily, once the first view has settled.
    injectRegister: false,
    manifest: false,
    includeManifestIcons: false,
    workbox: {
      globPatterns: PRECACHE_PATTERNS,
      globIgnores: PRECACHE_IGNORED,
      maximumFileSizeToCacheInBytes: PRECACHE_LARGEST_FILE_BYTES,
      // Any address of the app opens the app shell offline (the view is in the query string).
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first install controls the open page at once; an update waits for the user (no skipWaiting).
      clientsClaim: true,
      skipWaiting: false,
      // One file from the app's own origin, no Workbox runtime fetched beside it.
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}
