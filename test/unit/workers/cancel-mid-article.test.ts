/**
 * Cancel in the page's extraction client: a job is stopped at once even while the worker is inside one article
 * (the worker is terminated, not asked to stop between articles), what was committed stays, nothing finished after
 * the cancel is committed, and the next upload works on a fresh worker. The worker here is the real comlink
 * protocol over a MessageChannel, with an extractor that never returns for an article marked "endless" (the
 * stand-in for a 10 MB article).
 */
import * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, ArticleExtraction } from '../../../src/pipeline/types';
import type { ExtractionWorkerApi } from '../../../src/workers/extraction-protocol';
import { extractAll } from '../../../src/workers/extract-job';
import { ingestFiles } from '../../../src/workers/ingest-job';

const ENDLESS = 'endless';

function extractionOf(article: Article): ArticleExtraction {
  return { article_id: article.id, events: [], summaries: [], diagnostics: [] };
}

/** A worker running the real job code in this thread, except that an endless article blocks its job forever. */
class FakeWorker {
  static created: FakeWorker[] = [];
  terminated = false;
  private readonly port: MessagePort;
  private readonly other: MessagePort;
  private readonly errors = new EventTarget();

  constructor() {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.other = channel.port2;
    const api: ExtractionWorkerApi = {
      ingest: (_jobId, files, onProgress, onArticles) =>
        ingestFiles(files, { ...(onProgress ? { onProgress } : {}), ...(onArticles ? { onArticles } : {}) }),
      extract: async (_jobId, articles, _onProgress, onResults) => {
        const finished: Article[] = [];
        for (const article of articles) {
          // An article that takes "forever": this job never gets past it unless the worker is stopped.
          if (article.text === ENDLESS) {
            await onResults?.(finished.splice(0).map(extractionOf));
            await new Promise(() => undefined);
          }
          finished.push(article);
        }
        return extractAll(finished, extractionOf, onResults ? { onResults } : {});
      },
      cancel: () => undefined,
    };
    Comlink.expose(api, this.other);
    FakeWorker.created.push(this);
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    if (!this.terminated) this.port.postMessage(message, transfer ?? []);
  }

  addEventListener(type: string, listener: EventListener): void {
    if (type === 'message') {
      this.port.addEventListener('message', listener);
      this.port.start();
    } else this.errors.addEventListener(type, listener);
  }

  removeEventListener(type: string, listener: EventListener): void {
    if (type === 'message') this.port.removeEventListener('message', listener);
    else this.errors.removeEventListener(type, listener);
  }

  terminate(): void {
    this.terminated = true;
    this.port.close();
    this.other.close();
  }
}

function article(id: string, text = `Clashes in ${id}.`): Article {
  return { id, title: id, published: '2020-01-01', lang: 'en', source: 'test', text };
}

let client: typeof import('../../../src/workers/extraction-client');

beforeEach(async () => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  client = await import('../../../src/workers/extraction-client');
});

afterEach(() => {
  for (const worker of FakeWorker.created) worker.terminate();
  vi.unstubAllGlobals();
});

describe('cancelling an extraction', () => {
  it('stops mid-article at once, keeps the committed articles and commits nothing after the cancel', async () => {
    const articles = [article('a'), article('b'), article('c'), article('big', ENDLESS), article('d')];
    const controller = new AbortController();
    const committed: string[] = [];
    let stopped = false;
    const running = client.extractInWorker(articles, {
      signal: controller.signal,
      batchSize: 3,
      onBatch: async (entries) => {
        for (const entry of entries) committed.push(entry.article.id);
      },
      onStopped: () => {
        stopped = true;
      },
    });
    // The three articles before the endless one are finished and committed, then the worker is stuck.
    await vi.waitFor(() => expect(committed).toEqual(['a', 'b', 'c']));
    controller.abort();
    expect(stopped).toBe(true);
    expect(FakeWorker.created[0]?.terminated).toBe(true);
    const result = await running;
    expect(result.cancelled).toBe(true);
    expect(result.extractions.map((item) => item.article_id)).toEqual(['a', 'b', 'c']);
    expect(committed).toEqual(['a', 'b', 'c']);
  });

  it('answers the next upload from a fresh worker after a cancel', async () => {
    const controller = new AbortController();
    const running = client.extractInWorker([article('big', ENDLESS)], { signal: controller.signal });
    await vi.waitFor(() => expect(FakeWorker.created).toHaveLength(1));
    controller.abort();
    expect((await running).cancelled).toBe(true);
    const next = await client.extractInWorker([article('x'), article('y')]);
    expect(next.cancelled).toBe(false);
    expect(next.extractions.map((item) => item.article_id)).toEqual(['x', 'y']);
    expect(FakeWorker.created).toHaveLength(2);
  });

  it('asks a fresh worker again for another job that the cancel interrupted', async () => {
    const controller = new AbortController();
    const upload = client.extractInWorker([article('big', ENDLESS)], { signal: controller.signal });
    // A re-run of stored articles shares the worker; it is stuck behind the endless article too.
    const rerun = client.extractArticles([article('p'), article('q')]);
    await vi.waitFor(() => expect(FakeWorker.created).toHaveLength(1));
    controller.abort();
    await upload;
    expect((await rerun).map((item) => item.article_id)).toEqual(['p', 'q']);
  });

  it('stops reading files at once and reads the next upload', async () => {
    const controller = new AbortController();
    const bytes = new TextEncoder().encode('Clashes in Zawiya.');
    const reading = client.ingestInWorker([{ name: 'a.txt', bytes }], { signal: controller.signal });
    controller.abort();
    const batch = await reading;
    expect(batch.articles).toEqual([]);
    expect(batch.files[0]?.diagnostics[0]?.message).toMatch(/^a\.txt: not read: the upload was cancelled/);
    const next = await client.ingestInWorker([
      { name: 'b.txt', bytes: new TextEncoder().encode('Shelling in Sirte.') },
    ]);
    expect(next.articles.map((item) => item.text)).toEqual(['Shelling in Sirte.']);
  });
});

describe('handing results to the page in bounded slices', () => {
  it('hands 1,000 articles read from one file over in slices of at most 200', async () => {
    const records = Array.from({ length: 1000 }, (_, index) => ({ text: `Clashes in town ${index}.` }));
    const bytes = new TextEncoder().encode(JSON.stringify(records));
    const slices: number[] = [];
    await ingestFiles([{ name: 'many.json', bytes }], {
      onArticles: (slice) => {
        slices.push(slice.length);
      },
    });
    expect(slices.reduce((sum, size) => sum + size, 0)).toBe(1000);
    expect(Math.max(...slices)).toBeLessThanOrEqual(200);
  });

  it('commits a large upload in batches while extraction goes on, every article once', async () => {
    const articles = Array.from({ length: 450 }, (_, index) => article(`n${index}`));
    const batches: number[] = [];
    const seen = new Set<string>();
    const result = await client.extractInWorker(articles, {
      batchSize: 100,
      onBatch: async (entries) => {
        batches.push(entries.length);
        for (const entry of entries) seen.add(entry.article.id);
      },
    });
    expect(result.extractions).toHaveLength(450);
    expect(seen.size).toBe(450);
    expect(Math.max(...batches)).toBeLessThanOrEqual(100);
  });
});
