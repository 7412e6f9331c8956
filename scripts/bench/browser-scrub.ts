/**
 * With 10k, 100k and 1M synthetic events loaded through the app's bench hook (window.__marsadBench,
 * src/events/bench-hook.ts): events onto the map (until the next drawn frame), the JS heap after a full GC,
 * the p95 main-thread cost of one timeline scrub step (one step per animation frame), and at 100k the time from
 * a scrub step to the next drawn map frame divided by a plain redraw of the same view.
 */
import type { Browser, Page } from 'playwright-core';
import { record, type BenchResults } from './report';
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

const SIZES = [
  { suffix: '10k', count: 10_000 },
  { suffix: '100k', count: 100_000 },
  { suffix: '1m', count: 1_000_000 },
] as const;

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}

/** Loads the events, then waits for the map's next drawn frame: "getting them onto the map". */
async function loadEvents(page: Page, count: number): Promise<{ totalMs: number; storeMs: number }> {
  return page.evaluate(async (size) => {
    const bench = window.__marsadBench!;
    // Generating synthetic events is not part of getting them onto the map: done before the timer starts.
    bench.prepareSyntheticEvents?.(size, 1);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const started = performance.now();
    const storeMs = bench.loadSyntheticEvents(size, 1);
    const drawn = await bench.nextFrame();
    return { totalMs: drawn - started, storeMs };
  }, count);
}

/** The page's used JS heap after full garbage collections (Chromium runs with --expose-gc and precise memory info). */
async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.detach();
  return page.evaluate(() => {
    const collect = (globalThis as { gc?: () => void }).gc;
    collect?.();
    collect?.();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1e6;
  });
}

/** Scrub steps, one per animation frame, as dragging the timeline does; returns each step's main-thread ms. */
async function scrubSteps(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const bench = window.__marsadBench!;
    const times: number[] = [];
    for (let step = 0; step < count; step += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      times.push(bench.scrubStep(30));
    }
    return times;
  }, steps);
}

/**
 * Median of (scrub step → next map render) over median of (plain repaint → next map render). Each measurement
 * starts just after a map render, outside the frame's callbacks (a render, then a zero timeout), so both wait
 * for a frame of their own; starting inside a frame's callbacks would let one of them ride a render already due.
 */
async function frameRatio(
  page: Page,
  rounds: number,
): Promise<{ ratio: number; scrubMs: number; redrawMs: number }> {
  // No named helpers inside: the page runs this source as is, without the bundler's helpers.
  const { scrub, redraw } = await page.evaluate(async (count) => {
    const bench = window.__marsadBench!;
    const scrubTimes: number[] = [];
    const redrawTimes: number[] = [];
    for (let round = 0; round < count; round += 1) {
      await bench.nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 0));
      let started = performance.now();
      bench.scrubStep(30);
      scrubTimes.push((await bench.nextFrame()) - started);
      await new Promise((resolve) => setTimeout(resolve, 0));
      started = performance.now();
      redrawTimes.push((await bench.nextFrame()) - started);
    }
    return { scrub: scrubTimes, redraw: redrawTimes };
  }, rounds);
  const scrubMs = percentile(scrub, 0.5);
  const redrawMs = percentile(redraw, 0.5);
  return { ratio: scrubMs / redrawMs, scrubMs, redrawMs };
}

async function measureSize(
  browser: Browser,
  results: BenchResults,
  size: (typeof SIZES)[number],
  quick: boolean,
): Promise<void> {
  const { context, page } = await openApp(browser);
  page.setDefaultTimeout(180_000);
  try {
    // Let the app finish its own start (the bundled articles extracted and committed, which replaces the
    // events in the store) before the synthetic events go in, so nothing overwrites them mid-measurement.
    await waitForEventsOnMap(page);
    const load = await loadEvents(page, size.count);
    record(
      results,
      `load_events_ms_${size.suffix}`,
      load.totalMs,
      `until the next drawn frame; store and layer sync ${load.storeMs.toFixed(0)} ms`,
    );
    record(
      results,
      `heap_mb_${size.suffix}`,
      await heapMegabytes(page),
      'performance.memory.usedJSHeapSize after full GCs',
    );
    const steps = quick ? 60 : size.count >= 1_000_000 ? 150 : 300;
    const times = await scrubSteps(page, steps);
    record(
      results,
      `scrub_step_ms_p95_${size.suffix}`,
      percentile(times.slice(5), 0.95),
      `median ${percentile(times.slice(5), 0.5).toFixed(2)} ms, max ${times
        .slice(5)
        .reduce((a, b) => Math.max(a, b), -Infinity)
        .toFixed(1)} ms; ${steps - 5} steps, one per frame, 30-day window`,
    );
    const held = await page.evaluate(() => window.__marsadBench!.store.getState().events.length);
    if (held !== size.count) {
      throw new Error(`the store held ${held} events instead of ${size.count} after scrubbing`);
    }
    if (size.suffix === '100k') {
      const frames = await frameRatio(page, quick ? 15 : 40);
      record(
        results,
        'scrub_frame_ratio_100k',
        frames.ratio,
        `scrub→frame ${frames.scrubMs.toFixed(1)} ms, plain redraw ${frames.redrawMs.toFixed(1)} ms (medians)`,
      );
    }
  } finally {
    await context.close();
  }
}

export async function measureScrub(browser: Browser, options: BrowserStageOptions): Promise<void> {
  const { results, log } = options;
  const probe = await openApp(browser);
  let hook: string[] = [];
  try {
    await probe.page
      .waitForFunction(
        () => window.__marsadMap?.isLoaded === true && window.__marsadBench !== undefined,
        undefined,
        {
          timeout: 30_000,
        },
      )
      .catch(() => undefined);
    hook = await probe.page.evaluate(() => Object.keys(window.__marsadBench ?? {}));
  } finally {
    await probe.context.close();
  }
  const needed = ['loadSyntheticEvents', 'scrubStep', 'nextFrame'];
  const missing = needed.filter((name) => !hook.includes(name));
  if (missing.length > 0) {
    const reason = `the app's window.__marsadBench lacks ${missing.join(', ')}`;
    for (const key of SCRUB_KEYS) record(results, key, null, reason);
    return;
  }
  for (const size of SIZES) {
    if (options.quick && size.count >= 1_000_000) {
      for (const key of SCRUB_KEYS.filter((name) => name.endsWith('_1m')))
        record(results, key, null, 'skipped with --quick');
      continue;
    }
    log(`    ${size.suffix} events …`);
    try {
      await measureSize(browser, results, size, options.quick);
    } catch (error) {
      const reason = `failed at ${size.suffix}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
      for (const key of SCRUB_KEYS.filter((name) => name.endsWith(`_${size.suffix}`))) {
        record(results, key, null, reason);
      }
    }
  }
}
