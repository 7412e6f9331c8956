/**
 * The one way the page talks to the extraction worker. Starts the worker on first use; file bytes are
 * transferred, not copied; progress arrives through proxied callbacks; an AbortSignal cancels between
 * articles. Nothing here rejects because of bad input: problems come back as diagnostics. If the worker
 * itself dies, the pending call resolves with a diagnostic saying so.
 */
import * as Comlink from 'comlink';
import type { Article, ArticleExtraction, Diagnostic } from '../pipeline/types';
import type {
  ExtractBatch,
  ExtractionWorkerApi,
  ExtractProgress,
  IngestBatch,
  IngestProgress,
  UploadedFile,
} from './extraction-protocol';

export type { FileReport, IngestBatch, IngestProgress, UploadedFile } from './extraction-protocol';

/**
 * Articles handed to the worker per call; the library commits after each batch. Each commit redraws the
 * map, list and timeline, so a large upload is cut into about eight batches (25 to 200 articles each).
 */
export function batchSizeFor(articleCount: number): number {
  return Math.min(200, Math.max(25, Math.ceil(articleCount / 8)));
}

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
  const size = options.batchSize ?? batchSizeFor(articles.length);
  const batches: Article[][] = [];
  for (let start = 0; start < articles.length; start += size)
    batches.push(articles.slice(start, start + size));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const result: ExtractResult = { extractions: [], cancelled: false, diagnostics: [] };
  const progress = batches.map(() => ({ done: 0, events: 0 }));
  const report = () =>
    options.onProgress?.({
      articlesDone: progress.reduce((sum, step) => sum + step.done, 0),
      eventsFound: progress.reduce((sum, step) => sum + step.events, 0),
    });
  const run = (index: number) =>
    guarded(
      (remote) =>
        remote.extract(
          jobId,
          batches[index] ?? [],
          Comlink.proxy((step: ExtractProgress) => {
            progress[index] = { done: step.articlesDone, events: step.eventsFound };
            report();
          }),
        ),
      (message): ExtractBatch => ({
        extractions: [],
        cancelled: false,
        diagnostics: [workerFailure(message)],
      }),
    );
  try {
    let pending: Promise<ExtractBatch> | null =
      batches.length > 0 && !options.signal?.aborted ? run(0) : null;
    for (let index = 0; pending; index++) {
      const batch: ExtractBatch = await pending;
      pending = null;
      result.extractions.push(...batch.extractions);
      result.diagnostics.push(...batch.diagnostics);
      const stop = batch.cancelled || batch.diagnostics.length > 0 || options.signal?.aborted === true;
      // The worker extracts the next batch while this one is committed.
      if (!stop && index + 1 < batches.length) pending = run(index + 1);
      if (options.onBatch && batch.extractions.length > 0) {
        await options.onBatch(
          batch.extractions.flatMap((extraction) => {
            const article = byId.get(extraction.article_id);
            return article ? [{ article, extraction }] : [];
          }),
        );
      }
      if (batch.cancelled || options.signal?.aborted) {
        // A batch extracted ahead is dropped: nothing after the cancel reaches the library.
        result.cancelled = true;
        break;
      }
      if (stop) break;
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
