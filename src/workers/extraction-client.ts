/**
 * The one way the page talks to the extraction worker. Starts the worker on first use; file bytes are
 * transferred, not copied; progress arrives through proxied callbacks; an AbortSignal cancels between
 * articles. Nothing here rejects because of bad input: problems come back as diagnostics. If the worker
 * itself dies, the pending call resolves with a diagnostic saying so.
 */
import * as Comlink from 'comlink';
import type { Article, ArticleExtraction, Diagnostic } from '../pipeline/types';
import type {
  ExtractionWorkerApi,
  ExtractProgress,
  IngestBatch,
  IngestProgress,
  UploadedFile,
} from './extraction-protocol';

export type { FileReport, IngestBatch, IngestProgress, UploadedFile } from './extraction-protocol';

/** Articles handed to the worker per call; the library commits after each batch. */
export const EXTRACT_BATCH_SIZE = 25;

interface WorkerHandle {
  remote: Comlink.Remote<ExtractionWorkerApi>;
  /** Resolves (never rejects) with a message once the worker has failed. */
  died: Promise<string>;
}

let handle: WorkerHandle | null = null;
let nextJobId = 1;

function startWorker(): WorkerHandle {
  const worker = new Worker(new URL('./extraction.worker.ts', import.meta.url), {
    type: 'module',
    name: 'marsad-extraction',
  });
  const died = new Promise<string>((resolve) => {
    worker.addEventListener('error', (event) => {
      handle = null;
      resolve(event.message || 'the extraction worker stopped');
    });
  });
  return { remote: Comlink.wrap<ExtractionWorkerApi>(worker), died };
}

function workerHandle(): WorkerHandle {
  handle ??= startWorker();
  return handle;
}

function workerFailure(message: string): Diagnostic {
  return { severity: 'error', code: 'worker-failed', message: `The extraction worker failed: ${message}` };
}

/** Races a worker call against the worker's death, so a crash becomes a value instead of a hang. */
async function guarded<T>(
  call: (remote: Comlink.Remote<ExtractionWorkerApi>) => Promise<T>,
  onDeath: (message: string) => T,
) {
  const current = workerHandle();
  try {
    return await Promise.race([call(current.remote), current.died.then(onDeath)]);
  } catch (error) {
    return onDeath(error instanceof Error ? error.message : String(error));
  }
}

function onAbort(signal: AbortSignal | undefined, jobId: number): () => void {
  if (!signal) return () => undefined;
  const cancel = () => void workerHandle().remote.cancel(jobId);
  signal.addEventListener('abort', cancel);
  return () => signal.removeEventListener('abort', cancel);
}

export interface IngestOptions {
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
}

/** Reads files in the worker. The files' buffers are transferred: do not use `bytes` afterwards. */
export async function ingestInWorker(
  files: UploadedFile[],
  options: IngestOptions = {},
): Promise<IngestBatch> {
  const jobId = nextJobId++;
  const stopListening = onAbort(options.signal, jobId);
  const progress = Comlink.proxy(options.onProgress ?? (() => undefined));
  const buffers = files.map((file) => file.bytes.buffer as ArrayBuffer);
  try {
    return await guarded(
      (remote) => remote.ingest(jobId, Comlink.transfer(files, buffers), progress),
      (message) => ({
        files: files.map((file) => ({
          name: file.name,
          size: file.bytes.byteLength,
          articleIds: [],
          undated: 0,
          diagnostics: [{ ...workerFailure(message), file: file.name }],
        })),
        articles: [],
      }),
    );
  } finally {
    stopListening();
  }
}

export interface ExtractOptions {
  signal?: AbortSignal;
  /** Cumulative over the whole call, across batches. */
  onProgress?: (progress: ExtractProgress) => void;
  /** Called after each batch (e.g. to commit it to the library) before the next batch starts. */
  onBatch?: (entries: { article: Article; extraction: ArticleExtraction }[]) => Promise<void>;
  batchSize?: number;
}

export interface ExtractResult {
  extractions: ArticleExtraction[];
  cancelled: boolean;
  diagnostics: Diagnostic[];
}

/** Extracts events from articles in the worker, batch by batch. Never rejects. */
export async function extractInWorker(
  articles: readonly Article[],
  options: ExtractOptions = {},
): Promise<ExtractResult> {
  const jobId = nextJobId++;
  const stopListening = onAbort(options.signal, jobId);
  const batchSize = options.batchSize ?? EXTRACT_BATCH_SIZE;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const result: ExtractResult = { extractions: [], cancelled: false, diagnostics: [] };
  let eventsBefore = 0;
  try {
    for (let start = 0; start < articles.length; start += batchSize) {
      if (options.signal?.aborted) {
        result.cancelled = true;
        break;
      }
      const done = result.extractions.length;
      const progress = Comlink.proxy((step: ExtractProgress) =>
        options.onProgress?.({
          articlesDone: done + step.articlesDone,
          eventsFound: eventsBefore + step.eventsFound,
        }),
      );
      const batch = await guarded(
        (remote) => remote.extract(jobId, articles.slice(start, start + batchSize), progress),
        (message) => ({ extractions: [], cancelled: false, diagnostics: [workerFailure(message)] }),
      );
      result.extractions.push(...batch.extractions);
      result.diagnostics.push(...batch.diagnostics);
      for (const extraction of batch.extractions) eventsBefore += extraction.events.length;
      if (options.onBatch && batch.extractions.length > 0) {
        await options.onBatch(
          batch.extractions.flatMap((extraction) => {
            const article = byId.get(extraction.article_id);
            return article ? [{ article, extraction }] : [];
          }),
        );
      }
      if (batch.cancelled) result.cancelled = true;
      if (batch.cancelled || batch.diagnostics.length > 0) break;
    }
  } finally {
    stopListening();
  }
  return result;
}

/** The shape the library expects for start-up extraction and re-runs. */
export async function extractArticles(articles: Article[]): Promise<ArticleExtraction[]> {
  return (await extractInWorker(articles)).extractions;
}
