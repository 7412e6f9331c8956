/**
 * The extraction worker: reads uploaded files and extracts events, off the page's main thread.
 * Exposed through comlink; the page talks to it only through `extraction-client.ts`.
 */
import * as Comlink from 'comlink';
import { CancelledJobs } from './cooperative-loop';
import type { ExtractionWorkerApi } from './extraction-protocol';
import { extractAll } from './extract-job';
import { loadExtractor } from './extractor-loader';
import { ingestFiles } from './ingest-job';

const cancelled = new CancelledJobs();

const api: ExtractionWorkerApi = {
  ingest: (jobId, files, onProgress, onArticles) =>
    ingestFiles(files, {
      ...(onProgress ? { onProgress } : {}),
      isCancelled: () => cancelled.isCancelled(jobId),
      ...(onArticles ? { onArticles } : {}),
    }),

  async extract(jobId, articles, onProgress, onResults) {
    const loaded = await loadExtractor();
    if ('failure' in loaded) return { extractions: [], cancelled: false, diagnostics: [loaded.failure] };
    return extractAll(articles, loaded.extractor, {
      ...(onProgress ? { onProgress } : {}),
      isCancelled: () => cancelled.isCancelled(jobId),
      ...(onResults ? { onResults } : {}),
    });
  },

  cancel(jobId) {
    cancelled.cancel(jobId);
  },
};

Comlink.expose(api);
