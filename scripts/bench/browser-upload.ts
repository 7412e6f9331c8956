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

export const UPLOAD_KEYS = ['main_thread_longest_task_ms', 'upload_1000_articles_ms', 'upload_long_tasks'];

interface Watch {
  durations: number[];
  started: number;
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
      const watch: Watch = { durations: [], started: performance.now() };
      (window as { __benchWatch?: Watch }).__benchWatch = watch;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) watch.durations.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const message = await confirmUpload(page, 600_000);
    const watch = await page.evaluate(() => {
      const found = (window as { __benchWatch?: Watch }).__benchWatch;
      return { durations: found?.durations ?? [], ms: performance.now() - (found?.started ?? 0) };
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
