/**
 * The one way the page talks to the extraction worker. Starts the worker on first use; file bytes are
 * transferred, not copied; articles and extractions come back in bounded slices (each a short task on the page);
 * an AbortSignal stops the job at once, mid-article included: the worker is terminated and a fresh one starts on
 * the next call. Nothing here rejects because of bad input: problems come back as diagnostics. If the worker
 * itself dies, the pending call resolves with a diagnostic saying so.
 */
import * as Comlink from 'comlink';
import type { Article, ArticleExtraction, Diagnostic } from '../pipeline/types';
import {
  MAX_SLICE_ARTICLES,
  MAX_SLICE_CHARS,
  type ExtractionWorkerApi,
  type ExtractProgress,
  type IngestBatch,
  type IngestProgress,
  type UploadedFile,
} from './extraction-protocol';

export type { FileReport, IngestBatch, IngestProgress, UploadedFile } from './extraction-protocol';

/**
 * Articles committed to the library at once. Each commit redraws the map, list and timeline, so a large upload
 * is committed in about eight batches (25 to 200 articles each).
 */
export function batchSizeFor(articleCount: number): number {
  return Math.min(200, Math.max(25, Math.ceil(articleCount / 8)));
}

/** Finished articles wait at most this long for their batch to fill before they are committed anyway. */
const COMMIT_WAIT_MS = 1000;

/** Why a worker ended: `stopped` when the page stopped it (a cancel), not a crash. */
interface Death {
  message: string;
  stopped: boolean;
}

interface WorkerHandle {
  worker: Worker;
  remote: Comlink.Remote<ExtractionWorkerApi>;
  /** Resolves (never rejects) once the worker has ended. */
  died: Promise<Death>;
  end: (death: Death) => void;
  /** Jobs with a call running in this worker. */
  jobs: Map<number, number>;
}

let handle: WorkerHandle | null = null;
let nextJobId = 1;

function endWorker(target: WorkerHandle, death: Death): void {
  if (handle === target) handle = null;
  target.worker.terminate();
  target.end(death);
}

function startWorker(): WorkerHandle {
  const worker = new Worker(new URL('./extraction.worker.ts', import.meta.url), {
    type: 'module',
    name: 'marsad-extraction',
  });
  let end: (death: Death) => void = () => undefined;
  const died = new Promise<Death>((resolve) => {
    end = resolve;
  });
  const current: WorkerHandle = {
    worker,
    remote: Comlink.wrap<ExtractionWorkerApi>(worker),
    died,
    end,
    jobs: new Map(),
  };
  worker.addEventListener('error', (event) => {
    endWorker(current, { message: event.message || 'the extraction worker stopped', stopped: false });
  });
  return current;
}

function workerHandle(): WorkerHandle {
  handle ??= startWorker();
  return handle;
}

/**
 * Stops the job's work in the worker at once: the worker is terminated (whatever article it is reading), calls
 * of other jobs are asked again of a fresh worker, and the next call starts one. Nothing to do when the job has
 * no call running.
 */
function stopJob(jobId: number): void {
  if (handle && handle.jobs.has(jobId)) endWorker(handle, { message: 'stopped', stopped: true });
}

function workerFailure(message: string): Diagnostic {
  return { severity: 'error', code: 'worker-failed', message: `The extraction worker failed: ${message}` };
}

type Outcome<T> = { value: T } | { death: Death };

/** Runs a worker call, raced against the worker's end, so a crash or a stop becomes a value instead of a hang. */
async function call<T>(jobId: number, run: (remote: Comlink.Remote<ExtractionWorkerApi>) => Promise<T>) {
  const current = workerHandle();
  current.jobs.set(jobId, (current.jobs.get(jobId) ?? 0) + 1);
  try {
    return await Promise.race<Outcome<T>>([
      run(current.remote).then((value) => ({ value })),
      current.died.then((death) => ({ death })),
    ]);
  } catch (error) {
    return { death: { message: error instanceof Error ? error.message : String(error), stopped: false } };
  } finally {
    const left = (current.jobs.get(jobId) ?? 1) - 1;
    if (left > 0) current.jobs.set(jobId, left);
    else current.jobs.delete(jobId);
  }
}

/** Stops the job when the signal aborts; returns the function that stops listening. */
function stopOnAbort(signal: AbortSignal | undefined, jobId: number, onStopped?: () => void): () => void {
  if (!signal) return () => undefined;
  const stop = () => {
    stopJob(jobId);
    onStopped?.();
  };
  signal.addEventListener('abort', stop, { once: true });
  return () => signal.removeEventListener('abort', stop);
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
  const sizes = files.map((file) => file.bytes.byteLength);
  const failed = (diagnostic: Diagnostic): IngestBatch => ({
    files: files.map((file, index) => ({
      name: file.name,
      size: sizes[index] ?? 0,
      articleIds: [],
      undated: 0,
      diagnostics: [{ ...diagnostic, message: `${file.name}: ${diagnostic.message}`, file: file.name }],
    })),
    articles: [],
  });
  const cancelled = failed({
    severity: 'error',
    code: 'cancelled',
    message: 'not read: the upload was cancelled',
  });
  if (options.signal?.aborted) return cancelled;
  const articles: Article[] = [];
  // Articles arrive in bounded slices: each message is a short task for the page to take in.
  const receive = Comlink.proxy((slice: Article[]) => {
    for (const article of slice) articles.push(article);
  });
  const progress = options.onProgress ? Comlink.proxy(options.onProgress) : undefined;
  const buffers = files.map((file) => file.bytes.buffer as ArrayBuffer);
  const stopListening = stopOnAbort(options.signal, jobId);
  try {
    const outcome = await call(jobId, (remote) =>
      remote.ingest(jobId, Comlink.transfer(files, buffers), progress, receive),
    );
    if ('death' in outcome) {
      return outcome.death.stopped ? cancelled : failed(workerFailure(outcome.death.message));
    }
    for (const article of outcome.value.articles) articles.push(article);
    return { files: outcome.value.files, articles };
  } finally {
    stopListening();
  }
}

export interface ExtractOptions {
  signal?: AbortSignal;
  /** Cumulative over the whole call. */
  onProgress?: (progress: ExtractProgress) => void;
  /**
   * Called with finished articles (e.g. to commit them to the library), a batch at a time, one call after another
   * while the worker goes on. After a cancel, the batch being committed finishes and the rest is not handed over.
   */
  onBatch?: (entries: { article: Article; extraction: ArticleExtraction }[]) => Promise<void>;
  /** Articles per `onBatch` call (default `batchSizeFor`); fewer when they have waited a second. */
  batchSize?: number;
  /** Called as soon as the worker has stopped working for this call after the signal aborted. */
  onStopped?: () => void;
}

export interface ExtractResult {
  extractions: ArticleExtraction[];
  cancelled: boolean;
  diagnostics: Diagnostic[];
}

/** The calls made of the worker: few enough articles, and little enough text, for a short task on the page. */
function workerChunks(articles: readonly Article[]): Article[][] {
  const chunks: Article[][] = [];
  let current: Article[] = [];
  let chars = 0;
  for (const article of articles) {
    const length = article.text.length;
    if (current.length > 0 && (current.length >= MAX_SLICE_ARTICLES || chars + length > MAX_SLICE_CHARS)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(article);
    chars += length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Progress reaches the page at most every PROGRESS_MS (each report redraws the progress panel); the last always. */
const PROGRESS_MS = 100;

class Throttled {
  private last = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly send: () => void) {}

  report(): void {
    const wait = this.last + PROGRESS_MS - performance.now();
    if (wait <= 0) {
      this.flush();
      return;
    }
    this.timer ??= setTimeout(() => this.flush(), wait);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.last = performance.now();
    this.send();
  }
}

type Entry = { article: Article; extraction: ArticleExtraction };

/**
 * Hands finished articles to `onBatch` one batch at a time while the worker goes on: a batch once `size` articles
 * wait, or once the first of them has waited COMMIT_WAIT_MS.
 */
class Committer {
  private waiting: ArticleExtraction[] = [];
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private due = false;
  private flushing = false;
  private stopped = false;

  constructor(
    private readonly size: number,
    private readonly onBatch: (entries: Entry[]) => Promise<void>,
    private readonly articleOf: (id: string) => Article | undefined,
  ) {}

  add(extraction: ArticleExtraction): void {
    if (this.stopped) return;
    this.waiting.push(extraction);
    this.pump();
  }

  private pump(): void {
    if (this.running || this.waiting.length === 0) return;
    if (this.waiting.length < this.size && !this.due && !this.flushing) {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.due = true;
        this.pump();
      }, COMMIT_WAIT_MS);
      return;
    }
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.due = false;
    const entries: Entry[] = [];
    for (const extraction of this.waiting.splice(0, this.size)) {
      const article = this.articleOf(extraction.article_id);
      if (article) entries.push({ article, extraction });
    }
    this.running = this.onBatch(entries)
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
        this.pump();
      });
  }

  private async settle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Hands over everything that waits and resolves once it is committed. */
  async finish(): Promise<void> {
    this.flushing = true;
    this.pump();
    await this.settle();
  }

  /** Drops what waits; resolves once the batch being committed is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.waiting = [];
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.settle();
  }
}

/** Extracts events from articles in the worker; finished articles are handed to `onBatch` as they come. Never rejects. */
export async function extractInWorker(
  articles: readonly Article[],
  options: ExtractOptions = {},
): Promise<ExtractResult> {
  const jobId = nextJobId++;
  const result: ExtractResult = { extractions: [], cancelled: false, diagnostics: [] };
  const byId = new Map(articles.map((article) => [article.id, article]));
  const committer = options.onBatch
    ? new Committer(options.batchSize ?? batchSizeFor(articles.length), options.onBatch, (id) => byId.get(id))
    : null;
  const aborted = () => options.signal?.aborted === true;
  const received = new Set<string>();
  let eventsFound = 0;
  const progress = new Throttled(() => options.onProgress?.({ articlesDone: received.size, eventsFound }));
  const receive = (slice: readonly ArticleExtraction[]) => {
    // A slice the worker sent just before it was stopped may still arrive: after a cancel nothing is taken in.
    if (aborted()) return;
    for (const extraction of slice) {
      // A worker restarted under a call is asked only for what it had not finished; never count one twice.
      if (received.has(extraction.article_id)) continue;
      received.add(extraction.article_id);
      result.extractions.push(extraction);
      eventsFound += extraction.events.length;
      committer?.add(extraction);
    }
    if (slice.length > 0) progress.report();
  };
  const onResults = Comlink.proxy(receive);
  const stopListening = stopOnAbort(options.signal, jobId, options.onStopped);
  try {
    for (const chunk of workerChunks(articles)) {
      let remaining = chunk;
      // A second try only when another job's cancel stopped the worker under this call.
      for (let attempt = 0; attempt < 2 && remaining.length > 0 && !aborted(); attempt++) {
        const outcome = await call(jobId, (remote) => remote.extract(jobId, remaining, undefined, onResults));
        if ('value' in outcome) {
          receive(outcome.value.extractions);
          for (const diagnostic of outcome.value.diagnostics) result.diagnostics.push(diagnostic);
          if (outcome.value.cancelled) result.cancelled = true;
          break;
        }
        if (!outcome.death.stopped) {
          result.diagnostics.push(workerFailure(outcome.death.message));
          break;
        }
        remaining = remaining.filter((article) => !received.has(article.id));
      }
      if (aborted() || result.cancelled || result.diagnostics.length > 0) break;
    }
  } finally {
    stopListening();
  }
  progress.flush();
  if (aborted()) {
    result.cancelled = true;
    await committer?.stop();
  } else {
    await committer?.finish();
  }
  return result;
}

/** The shape the library expects for start-up extraction and re-runs. */
export async function extractArticles(articles: Article[]): Promise<ArticleExtraction[]> {
  return (await extractInWorker(articles)).extractions;
}
