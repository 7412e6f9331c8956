/**
 * Extraction on every core: a pool of worker threads (node:worker_threads), each with its own extraction
 * resources, fed batches of articles. Results are handed on strictly in input order, whichever worker finishes
 * first, so the output does not depend on the number of workers or on timing. At most a few batches per worker are
 * in flight: reading waits for extraction, and memory stays bounded whatever the archive's size.
 * With one job, articles are extracted in the calling thread (no worker to start).
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../pipeline/types.ts';
import { extractionResources } from './data.ts';
import type { WorkerBatch, WorkerReply } from './extract-worker.ts';
import { extractToLine, type ExtractedLine } from './records.ts';

export type Deliver = (article: Article, result: ExtractedLine) => Promise<void> | void;

export interface Extractor {
  /** Queues an article; resolves when there is room for the next one. */
  submit(article: Article): Promise<void>;
  /** Resolves once every submitted article's result has been delivered. */
  finish(): Promise<void>;
  /** Stops the workers (after `finish`, or to abandon the run). */
  close(): Promise<void>;
}

class InlineExtractor implements Extractor {
  private resources: ReturnType<typeof extractionResources> | null = null;

  constructor(private readonly deliver: Deliver) {}

  async submit(article: Article): Promise<void> {
    this.resources ??= extractionResources();
    await this.deliver(article, extractToLine(article, this.resources));
  }

  async finish(): Promise<void> {}

  async close(): Promise<void> {}
}

/**
 * The worker: next to this module, as JavaScript when built; from the TypeScript sources (`npm run extract`, the
 * tests) it first registers tsx's loader in the worker's own thread, as loader hooks are not inherited.
 */
function newWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', here));
  const source = new URL('./extract-worker.ts', here).href;
  const code = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(code, { eval: true });
}

interface Slot {
  worker: Worker;
  pending: number;
}

/**
 * A batch is sent when it holds this many characters of text or articles, whichever comes first: news articles go
 * a few at a time, one-line notes by the hundred (a message per article would cost more than extracting it).
 */
const BATCH_CHARACTERS = 32_768;
const BATCH_ARTICLES = 256;
const BATCHES_PER_WORKER = 3;

class PoolExtractor implements Extractor {
  private readonly slots: Slot[] = [];
  private batch: Article[] = [];
  private nextBatch = 0;
  /** The articles of each batch sent and not yet delivered. */
  private readonly sent = new Map<number, { articles: Article[]; slot: Slot }>();
  private readonly done = new Map<number, ExtractedLine[]>();
  private nextToDeliver = 0;
  private delivering: Promise<void> = Promise.resolve();
  private room: (() => void) | null = null;
  private failure: Error | null = null;
  private ready: Promise<unknown> | null = null;

  constructor(
    private readonly jobs: number,
    private readonly deliver: Deliver,
  ) {}

  /** Starts the workers with the first batch: a run that reads nothing starts none. */
  private started(): Promise<unknown> {
    if (this.ready === null) {
      const started: Promise<unknown>[] = [];
      for (let index = 0; index < this.jobs; index++) started.push(this.start());
      this.ready = Promise.all(started);
    }
    return this.ready;
  }

  private start(): Promise<void> {
    const worker = newWorker();
    const slot: Slot = { worker, pending: 0 };
    this.slots.push(slot);
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    worker.on('message', (message: WorkerReply | 'ready') => {
      if (message === 'ready') return;
      slot.pending -= 1;
      this.received(message.batch, message.results);
    });
    worker.on('error', (error) => {
      this.failure ??= error;
      this.wake();
    });
    worker.on('exit', (code) => {
      if (code !== 0 && this.failure === null)
        this.failure = new Error(`a worker stopped (exit code ${code})`);
      this.wake();
    });
    return ready;
  }

  private wake(): void {
    const room = this.room;
    this.room = null;
    room?.();
  }

  private received(batch: number, results: ExtractedLine[]): void {
    this.done.set(batch, results);
    while (this.done.has(this.nextToDeliver)) {
      const number = this.nextToDeliver;
      const lines = this.done.get(number) as ExtractedLine[];
      const { articles } = this.sent.get(number) as { articles: Article[] };
      this.done.delete(number);
      this.nextToDeliver += 1;
      this.delivering = this.delivering.then(async () => {
        try {
          if (this.failure !== null) return;
          for (let index = 0; index < lines.length; index++)
            await this.deliver(articles[index] as Article, lines[index] as ExtractedLine);
        } catch (error) {
          this.failure ??= error instanceof Error ? error : new Error(String(error));
        } finally {
          this.sent.delete(number);
          this.wake();
        }
      });
    }
  }

  private inFlight(): number {
    return this.sent.size;
  }

  private send(articles: Article[]): void {
    let slot = this.slots[0] as Slot;
    for (const candidate of this.slots) if (candidate.pending < slot.pending) slot = candidate;
    const batch = this.nextBatch++;
    this.sent.set(batch, { articles, slot });
    slot.pending += 1;
    const message: WorkerBatch = { batch, articles };
    slot.worker.postMessage(message);
  }

  private async waitForRoom(): Promise<void> {
    while (this.inFlight() >= this.slots.length * BATCHES_PER_WORKER) {
      if (this.failure !== null) throw this.failure;
      await new Promise<void>((resolve) => (this.room = resolve));
    }
    if (this.failure !== null) throw this.failure;
  }

  private batchCharacters = 0;

  async submit(article: Article): Promise<void> {
    this.batch.push(article);
    this.batchCharacters += article.text.length;
    if (this.batch.length < BATCH_ARTICLES && this.batchCharacters < BATCH_CHARACTERS) return;
    this.batchCharacters = 0;
    await this.started();
    await this.waitForRoom();
    this.send(this.batch);
    this.batch = [];
  }

  async finish(): Promise<void> {
    if (this.batch.length === 0 && this.ready === null) return;
    await this.started();
    if (this.batch.length > 0) {
      await this.waitForRoom();
      this.send(this.batch);
      this.batch = [];
      this.batchCharacters = 0;
    }
    while (this.inFlight() > 0) {
      if (this.failure !== null) throw this.failure;
      await new Promise<void>((resolve) => (this.room = resolve));
    }
    await this.delivering;
    if (this.failure !== null) throw this.failure;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

export function createExtractor(jobs: number, deliver: Deliver): Extractor {
  return jobs <= 1 ? new InlineExtractor(deliver) : new PoolExtractor(jobs, deliver);
}
