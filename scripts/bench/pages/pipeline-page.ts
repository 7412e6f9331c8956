/**
 * Drives the app's own extraction worker client and library (IndexedDB) code on generated articles, for
 * scripts/bench/browser-pipeline.ts. Nothing here re-implements them: it imports src/ as the app does.
 */
import type { Article } from '../../../src/pipeline/types';
import { extractInWorker } from '../../../src/workers/extraction-client';
import { openMarsadDatabase } from '../../../src/persistence/database';
import { loadArticleRecords, saveArticleRecords } from '../../../src/persistence/article-records';
import { LibraryService } from '../../../src/library/library-service';
import { createMarsadStore } from '../../../src/store/store';
import { MainThreadWatch, type MainThreadReport } from './main-thread-watch';

export interface WorkerBenchResult extends MainThreadReport {
  ms: number;
  workerStartMs: number;
  articles: number;
  events: number;
  failures: string[];
}

export interface LibraryBenchResult {
  articles: number;
  events: number;
  saveMs: number;
  loadMs: number;
  loadedArticles: number;
  /** Articles the library stored (identical texts are kept once, as the library does for any upload). */
  storedArticles: number;
  rawSaveMs: number;
  rawLoadMs: number;
  failures: string[];
}

declare global {
  interface Window {
    __benchPipeline?: {
      worker: (count: number) => Promise<WorkerBenchResult>;
      library: (count: number) => Promise<LibraryBenchResult>;
    };
  }
}

let corpusPromise: Promise<Article[]> | null = null;

function corpus(): Promise<Article[]> {
  corpusPromise ??= fetch(new URL('./corpus.json', location.href)).then(
    (response) => response.json() as Promise<Article[]>,
  );
  return corpusPromise;
}

async function worker(count: number): Promise<WorkerBenchResult> {
  const articles = await corpus();
  const warmUp = articles.slice(-10);
  const startedCold = performance.now();
  await extractInWorker(warmUp);
  const workerStartMs = performance.now() - startedCold;
  const batch = articles.slice(0, count);
  const watch = new MainThreadWatch();
  watch.start();
  const started = performance.now();
  const result = await extractInWorker(batch);
  const ms = performance.now() - started;
  const report = watch.stop();
  let events = 0;
  const failures = result.diagnostics.map((diagnostic) => diagnostic.message);
  for (const extraction of result.extractions) {
    events += extraction.events.length;
    for (const diagnostic of extraction.diagnostics) {
      if (diagnostic.severity === 'error') failures.push(diagnostic.message);
    }
  }
  return {
    ...report,
    ms,
    workerStartMs,
    articles: result.extractions.length,
    events,
    failures: failures.slice(0, 5),
  };
}

async function library(count: number): Promise<LibraryBenchResult> {
  const articles = (await corpus()).slice(0, count);
  const { extractions, diagnostics } = await extractInWorker(articles, { batchSize: 500 });
  const byId = new Map(extractions.map((extraction) => [extraction.article_id, extraction]));
  const entries = articles.flatMap((article) => {
    const extraction = byId.get(article.id);
    return extraction ? [{ article, extraction }] : [];
  });
  const events = extractions.reduce((total, extraction) => total + extraction.events.length, 0);
  const failures = diagnostics.map((diagnostic) => diagnostic.message);

  const name = `marsad-bench-${Date.now()}`;
  const database = await openMarsadDatabase({ name });
  const writer = new LibraryService({ store: createMarsadStore(), database, channel: null });
  let started = performance.now();
  const committed = await writer.commit(entries);
  const saveMs = performance.now() - started;
  if (committed.failure) failures.push(`commit failed: ${JSON.stringify(committed.failure)}`);
  const records = writer.records();
  writer.dispose();

  const readerStore = createMarsadStore();
  const reader = new LibraryService({ store: readerStore, database, channel: null });
  started = performance.now();
  await reader.load();
  const loadMs = performance.now() - started;
  const loadedArticles = readerStore.getState().articleOrder.length;
  reader.dispose();
  database.close();

  const rawName = `${name}-raw`;
  const raw = await openMarsadDatabase({ name: rawName });
  started = performance.now();
  await saveArticleRecords(raw, records);
  const rawSaveMs = performance.now() - started;
  started = performance.now();
  await loadArticleRecords(raw);
  const rawLoadMs = performance.now() - started;
  raw.close();
  indexedDB.deleteDatabase(name);
  indexedDB.deleteDatabase(rawName);
  const storedArticles = committed.added.length + committed.updated.length;
  return {
    articles: entries.length,
    events,
    saveMs,
    loadMs,
    loadedArticles,
    storedArticles,
    rawSaveMs,
    rawLoadMs,
    failures,
  };
}

window.__benchPipeline = { worker, library };
