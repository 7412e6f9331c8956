/**
 * Scrubbing, loading events onto the map, and heap, with 10k, 100k and 1M synthetic events: these need the
 * app's bench hook (window.__marsadBench, provided by the map/timeline code); without it they are null.
 */
import type { Browser } from 'playwright-core';
import { recordMissing } from './report';
import { openApp, waitForEventsOnMap } from './browser-app';
import type { BrowserStageOptions } from './browser-stage';

export const SCRUB_KEYS = [
  'scrub_step_ms_p95_10k',
  'scrub_step_ms_p95_100k',
  'scrub_step_ms_p95_1m',
  'scrub_frame_ratio_100k',
  'load_events_ms_10k',
  'load_events_ms_100k',
  'load_events_ms_1m',
  'heap_mb_10k',
  'heap_mb_100k',
  'heap_mb_1m',
];

export async function measureScrub(browser: Browser, options: BrowserStageOptions): Promise<void> {
  const { context, page } = await openApp(browser);
  try {
    await waitForEventsOnMap(page);
    const hook = await page.evaluate(() =>
      Object.keys((window as { __marsadBench?: object }).__marsadBench ?? {}),
    );
    recordMissing(
      options.results,
      SCRUB_KEYS,
      hook.length === 0
        ? 'the app exposes no window.__marsadBench hook yet'
        : `hook has only: ${hook.join(', ')}`,
    );
  } finally {
    await context.close();
  }
}
