/**
 * first_map_ratio: navigation → the app's map showing the bundled events, divided by navigation → a bare
 * MapLibre page with the same basemap and map size showing its map. Alternated in one run, medians compared.
 */
import type { Browser, Page } from 'playwright-core';
import { record } from './report';
import { BENCH_ORIGIN, BENCH_PAGES_BASE } from './browser-session';
import { freshContext, waitForEventsOnMap } from './browser-app';
import type { BrowserStageOptions } from './browser-stage';

export const FIRST_MAP_KEYS = ['first_map_ratio', 'first_map_ms', 'bare_map_ms', 'first_map_returning_ms'];

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

async function bareMapReady(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const map = window.__benchBareMap;
      if (!map || !map.loaded() || map.isMoving()) return false;
      return performance.now();
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

export async function measureFirstMap(browser: Browser, options: BrowserStageOptions): Promise<void> {
  const rounds = options.quick ? 1 : 5;
  const app: number[] = [];
  const bare: number[] = [];
  const returning: number[] = [];
  let verified = true;
  let size = { width: 0, height: 0 };
  // Outside --quick, a first round warms the server and the browser's caches of the binary and is not counted.
  const warmUp = options.quick ? 0 : 1;
  for (let round = 0; round < rounds + warmUp; round += 1) {
    const appContext = await freshContext(browser);
    const appPage = await appContext.newPage();
    await appPage.goto(BENCH_ORIGIN);
    const signal = await waitForEventsOnMap(appPage);
    size = await appPage.evaluate(() => {
      const box = window.__marsadMap?.map.getContainer().getBoundingClientRect();
      return { width: Math.round(box?.width ?? innerWidth), height: Math.round(box?.height ?? innerHeight) };
    });
    // The same profile again: a returning visitor, whose library (with its events) is already in IndexedDB.
    await appPage.reload();
    const again = await waitForEventsOnMap(appPage);
    await appContext.close();

    const bareContext = await freshContext(browser);
    const barePage = await bareContext.newPage();
    await barePage.goto(
      `${BENCH_ORIGIN}${BENCH_PAGES_BASE}bare-map.html?width=${size.width}&height=${size.height}`,
    );
    const bareAt = await bareMapReady(barePage);
    await bareContext.close();
    if (round < warmUp) continue;
    verified &&= signal.verified;
    app.push(signal.at);
    bare.push(bareAt);
    returning.push(again.at);
  }
  const note = verified
    ? `map loaded and idle with located events in the store; median of ${rounds} fresh profiles; map ${size.width}×${size.height}`
    : `unverified: the app has no window.__marsadBench, so "events shown" is taken as the event layer being on the loaded map; median of ${rounds}`;
  record(options.results, 'first_map_ms', median(app), note);
  record(options.results, 'bare_map_ms', median(bare));
  record(
    options.results,
    'first_map_returning_ms',
    median(returning),
    'same profile reloaded: library already stored',
  );
  record(options.results, 'first_map_ratio', median(app) / median(bare), verified ? undefined : note);
}
