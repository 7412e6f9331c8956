/**
 * In the browser, through the app's own code (scripts/bench/pages/pipeline-page.ts): 1,000 articles extracted
 * in the extraction worker while long tasks on the page are watched, and 10,000 articles with their events
 * committed to and restored from IndexedDB by the library service.
 */
import type { Browser } from 'playwright-core';
import { record } from './report';
import { BENCH_ORIGIN, BENCH_PAGES_BASE } from './browser-session';
import { freshContext } from './browser-app';
import type { BrowserStageOptions } from './browser-stage';
import type { LibraryBenchResult, WorkerBenchResult } from './pages/pipeline-page';

export const PIPELINE_KEYS = [
  'worker_1000_articles_ms',
  'worker_page_longest_task_ms',
  'main_thread_timer_delay_ms',
  'worker_start_ms',
  'idb_save_10k_ms',
  'idb_load_10k_ms',
  'idb_save_raw_10k_ms',
  'idb_load_raw_10k_ms',
];

export async function measurePipeline(browser: Browser, options: BrowserStageOptions): Promise<void> {
  const { results, log } = options;
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(`${BENCH_ORIGIN}${BENCH_PAGES_BASE}pipeline.html`);
    await page.waitForFunction(() => window.__benchPipeline !== undefined);

    const articles = options.quick ? 250 : 1000;
    const worker: WorkerBenchResult = await page.evaluate(
      (count) => window.__benchPipeline!.worker(count),
      articles,
    );
    const workerScale = 1000 / articles;
    const workerProblem = worker.failures.length > 0 ? `; failures: ${worker.failures.join(' | ')}` : '';
    log(`    ${articles} articles → ${worker.events} events in ${worker.ms.toFixed(0)} ms${workerProblem}`);
    if (worker.events === 0 || worker.failures.length > 0) {
      record(
        results,
        'worker_1000_articles_ms',
        null,
        `extraction did not run properly: ${worker.events} events${workerProblem}`,
      );
    } else {
      const scaledNote = workerScale === 1 ? '' : ` (quick: ${articles} articles, scaled ×${workerScale})`;
      const what = `${worker.articles} articles, ${worker.events} events; worker warm${scaledNote}`;
      record(results, 'worker_1000_articles_ms', worker.ms * workerScale, what);
    }
    record(
      results,
      'worker_page_longest_task_ms',
      worker.longestTaskMs ?? 50,
      worker.longestTaskMs === null
        ? 'no long task observed: every task was under the Long Tasks API threshold, so 50 is an upper bound'
        : `${worker.longTasks} long tasks observed`,
    );
    record(
      results,
      'main_thread_timer_delay_ms',
      worker.longestTimerDelayMs,
      'longest lateness of a 10 ms timer meanwhile (also counts CPU contention on a shared machine)',
    );
    record(
      results,
      'worker_start_ms',
      worker.workerStartMs,
      'first call: worker start, extractor load, 10 articles',
    );

    const count = options.quick ? 500 : 10_000;
    const library: LibraryBenchResult = await page.evaluate(
      (size) => window.__benchPipeline!.library(size),
      count,
    );
    const scale = 10_000 / count;
    const scaled = scale === 1 ? '' : ` (quick: ${count} articles, scaled ×${scale})`;
    const libraryProblem = library.failures.length > 0 ? `; failures: ${library.failures.join(' | ')}` : '';
    log(`    library: ${library.articles} articles, ${library.events} events${libraryProblem}`);
    if (library.loadedArticles !== library.storedArticles || library.failures.length > 0) {
      const reason = `restored ${library.loadedArticles} of ${library.storedArticles} stored articles${libraryProblem}`;
      record(results, 'idb_save_10k_ms', null, reason);
      record(results, 'idb_load_10k_ms', null, reason);
    } else {
      const what = `LibraryService commit/load of ${library.articles} articles with ${library.events} events${scaled}`;
      record(results, 'idb_save_10k_ms', library.saveMs * scale, what);
      record(results, 'idb_load_10k_ms', library.loadMs * scale, what);
    }
    if (library.articles === 0) {
      record(results, 'idb_save_raw_10k_ms', null, 'no extracted articles to store');
      record(results, 'idb_load_raw_10k_ms', null, 'no extracted articles to store');
    } else {
      record(results, 'idb_save_raw_10k_ms', library.rawSaveMs * scale, 'saveArticleRecords alone' + scaled);
      record(results, 'idb_load_raw_10k_ms', library.rawLoadMs * scale, 'loadArticleRecords alone' + scaled);
    }
  } finally {
    await context.close();
  }
}
