/**
 * Opening the built app in a fresh profile, and knowing when its map shows the bundled events.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BENCH_ORIGIN } from './browser-session';

export const VIEWPORT = { width: 1400, height: 900 };

export async function freshContext(browser: Browser): Promise<BrowserContext> {
  // The offline service worker precaches ~6 MB in the background after the first view; the timings measure the
  // app itself, as before it existed (the bundle figure counts only what loads before the map either way).
  return browser.newContext({ locale: 'en-GB', viewport: VIEWPORT, serviceWorkers: 'block' });
}

export interface FirstMapSignal {
  /** Page clock (ms since navigation started) when the map first showed the events. */
  at: number;
  /** How "showing the events" was known (the hook's store, or only the event layer when there is no hook). */
  verified: boolean;
}

/**
 * Resolves when the app's map has loaded its style and tiles, is not moving, and the store holds the bundled
 * events (read through the bench hook `window.__marsadBench.store`). Without the hook, the event layer being on
 * the loaded map is the signal and the result says it is unverified. Polled on animation frames.
 */
export async function waitForEventsOnMap(page: Page, timeout = 30_000): Promise<FirstMapSignal> {
  const handle = await page.waitForFunction(
    () => {
      const controller = window.__marsadMap;
      if (!controller || !controller.isLoaded) return false;
      const map = controller.map;
      if (!map.loaded() || map.isMoving()) return false;
      const bench = window.__marsadBench;
      if (bench) {
        const located = bench.store.getState().events.some((event) => event.latitude !== null);
        return located ? { at: performance.now(), verified: true } : false;
      }
      const layers = map.getStyle().layers ?? [];
      if (!layers.some((layer) => layer.id.includes('event'))) return false;
      return { at: performance.now(), verified: false };
    },
    undefined,
    { polling: 'raf', timeout },
  );
  return (await handle.jsonValue()) as FirstMapSignal;
}

export async function openApp(
  browser: Browser,
  path = '/',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(BENCH_ORIGIN + path);
  return { context, page };
}
