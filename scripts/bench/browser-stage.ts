/**
 * The browser half of the benchmark: build, serve, launch Chromium, then each browser bench in turn. A bench
 * that fails leaves its figures null with the error as the reason; the others still run.
 */
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Article } from '../../src/pipeline/types';
import { recordMissing, type BenchResults } from './report';
import { APP_OUT, buildApp, buildBenchPages, launchBrowser, startServer } from './browser-session';
import { BUNDLE_KEYS, measureBundle } from './browser-bundle';
import { FIRST_MAP_KEYS, measureFirstMap } from './browser-first-map';
import { PIPELINE_KEYS, measurePipeline } from './browser-pipeline';
import { SCRUB_KEYS, measureScrub } from './browser-scrub';
import { UPLOAD_KEYS, measureUpload } from './browser-upload';

export interface BrowserStageOptions {
  quick: boolean;
  /** Short names of the browser benches to run (all when empty). */
  only: readonly string[];
  articles: readonly Article[];
  results: BenchResults;
  log: (line: string) => void;
}

export interface BrowserBench {
  /** Short name for `--only`. */
  id: string;
  name: string;
  keys: readonly string[];
  run: (browser: Browser, options: BrowserStageOptions) => Promise<void>;
}

const BENCHES: readonly BrowserBench[] = [
  { id: 'bundle', name: 'JavaScript before the first map', keys: BUNDLE_KEYS, run: measureBundle },
  {
    id: 'first-map',
    name: 'first map against a bare MapLibre page',
    keys: FIRST_MAP_KEYS,
    run: measureFirstMap,
  },
  {
    id: 'pipeline',
    name: 'extraction worker and IndexedDB library',
    keys: PIPELINE_KEYS,
    run: measurePipeline,
  },
  { id: 'upload', name: 'uploading articles in the app', keys: UPLOAD_KEYS, run: measureUpload },
  { id: 'scrub', name: 'events on the map, scrubbing, heap', keys: SCRUB_KEYS, run: measureScrub },
];

const ALL_KEYS = BENCHES.flatMap((bench) => bench.keys);

export const BROWSER_BENCH_IDS: readonly string[] = BENCHES.map((bench) => bench.id);

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

export async function runBrowserStage(options: BrowserStageOptions): Promise<Record<string, string>> {
  const { log, results } = options;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    log('  building the app and the bench pages …');
    await buildApp();
    await buildBenchPages();
    writeFileSync(join(APP_OUT, '__bench', 'corpus.json'), JSON.stringify(options.articles.slice(0, 10_000)));
    server = await startServer();
    browser = await launchBrowser();
    const version = browser.version();
    for (const bench of BENCHES) {
      if (options.only.length > 0 && !options.only.includes(bench.id)) continue;
      log(`  ${bench.name} …`);
      try {
        await bench.run(browser, options);
      } catch (error) {
        log(`    failed: ${message(error)}`);
        recordMissing(results, bench.keys, `failed: ${message(error)}`);
      }
    }
    return { chromium: version };
  } catch (error) {
    log(`  browser stage failed: ${message(error)}`);
    recordMissing(results, ALL_KEYS, `browser stage failed: ${message(error)}`);
    return {};
  } finally {
    await browser?.close();
    server?.kill('SIGTERM');
  }
}
