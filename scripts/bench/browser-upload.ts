/**
 * The page a researcher sees while 1,000 articles are extracted: the built app, a fresh profile, a JSON file of
 * 1,000 generated articles chosen through the real "Upload articles" input and confirmed in the review dialog
 * (through the end-to-end driver's verbs), long tasks on the app's main thread observed with PerformanceObserver
 * from the click on "Add" until the library says the articles were added (extraction in the worker, commits to
 * IndexedDB and store updates included).
 */
import type { Browser } from 'playwright-core';
import { record } from './report';
import { openApp, waitForEventsOnMap } from './browser-app';
import type { BrowserStageOptions } from './browser-stage';
import { confirmUpload, uploadFiles } from '../../test/e2e/driver';

export const UPLOAD_KEYS = [
  'main_thread_longest_task_ms',
  'upload_1000_articles_ms',
  'upload_long_tasks',
  'upload_longest_frame_script_ms',
];

interface Watch {
  durations: number[];
  /** Per long animation frame: script time (attributed scripts) and rendering time (from its render start). */
  frames: { script: number; render: number; duration: number }[];
  started: number;
}

/** The fields of a PerformanceLongAnimationFrameTiming entry read here (not in every DOM typing yet). */
interface LongFrame {
  duration: number;
  startTime: number;
  renderStart: number;
  scripts: { duration: number }[];
}

export async function measureUpload(browser: Browser, options: BrowserStageOptions): Promise<void> {
  const count = options.quick ? 250 : 1000;
  const articles = options.articles
    .slice(0, count)
    .map((article) => ({ ...article, id: `upload-${article.id}` }));
  const { context, page } = await openApp(browser);
  try {
    await waitForEventsOnMap(page);
    await uploadFiles(page, [
      {
        name: 'bench-articles.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(articles)),
      },
    ]);
    await page.evaluate(() => {
      const watch: Watch = { durations: [], frames: [], started: performance.now() };
      (window as { __benchWatch?: Watch }).__benchWatch = watch;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) watch.durations.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
      // Long animation frames say how much of a long frame was the page's scripts and how much its rendering
      // (style, layout, paint and the compositor commit, which with a software compositor reads the map's WebGL
      // canvas back and so waits for the GPU process to draw it).
      if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as LongFrame[]) {
            const script = entry.scripts.reduce((sum, item) => sum + item.duration, 0);
            const render = entry.renderStart > 0 ? entry.startTime + entry.duration - entry.renderStart : 0;
            watch.frames.push({ script, render, duration: entry.duration });
          }
        }).observe({ type: 'long-animation-frame', buffered: false });
      }
    });
    const message = await confirmUpload(page, 600_000);
    const watch = await page.evaluate(() => {
      const found = (window as { __benchWatch?: Watch }).__benchWatch;
      return {
        durations: found?.durations ?? [],
        frames: found?.frames ?? [],
        ms: performance.now() - (found?.started ?? 0),
      };
    });
    const longest = watch.durations.length > 0 ? Math.max(...watch.durations) : null;
    const scaled = count === 1000 ? '' : ` (quick: ${count} articles)`;
    record(
      options.results,
      'main_thread_longest_task_ms',
      longest ?? 50,
      longest === null
        ? `in the app while uploading ${count} articles: no long task observed (all under the 50 ms threshold; 50 is an upper bound)${scaled}`
        : `in the app while uploading ${count} articles: ${watch.durations.length} long tasks${scaled}`,
    );
    record(
      options.results,
      'upload_long_tasks',
      watch.durations.length,
      `long tasks during the upload${scaled}`,
    );
    const scripted = [...watch.frames].sort((a, b) => b.script - a.script)[0];
    const slowest = [...watch.frames].sort((a, b) => b.duration - a.duration)[0];
    record(
      options.results,
      'upload_longest_frame_script_ms',
      scripted ? scripted.script : null,
      scripted && slowest
        ? `most script time in one long animation frame meanwhile (${watch.frames.length} long frames); the longest frame, ${slowest.duration.toFixed(0)} ms, was ${slowest.script.toFixed(0)} ms scripts and ${slowest.render.toFixed(0)} ms rendering${scaled}`
        : 'the browser reports no long animation frames (PerformanceLongAnimationFrameTiming)',
    );
    record(
      options.results,
      'upload_1000_articles_ms',
      watch.ms * (1000 / count),
      `"Add" to "${message.slice(0, 60)}"${scaled === '' ? '' : `${scaled}, scaled`}`,
    );
  } finally {
    await context.close();
  }
}
