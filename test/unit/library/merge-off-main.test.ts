import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/generate-corpus';
import { extractArticle } from '../../../src/pipeline/extract/index';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events';
import type { Article, ArticleExtraction, ConflictEvent } from '../../../src/pipeline/types';
import { LibraryService } from '../../../src/library/library-service';
import { MergeEngine } from '../../../src/library/merge-engine';
import { workerMerger, type MergerRequest, type MergerResponse } from '../../../src/library/library-merger';
import { mergerServer } from '../../../src/library/merger-server';
import { loadPlaceHierarchy } from '../../../src/library/place-hierarchy-loader';
import { openMarsadDatabase } from '../../../src/persistence/database';
import { createMarsadStore } from '../../../src/store/store';
import { testResources } from '../extract/resources';
import { freshName } from './library-fixtures';
import { BUNDLED_LIBRARY_ENTRIES, BUNDLED_MERGED_EVENTS } from '../../../src/library/bundled-articles';

/**
 * A stand-in for the library worker: the worker's own server behind a MessageChannel, so every request and answer
 * crosses a structured clone as it does between the page and the worker. Counts the merges the "worker" ran.
 */
interface FakeWorker {
  start: () => Worker;
  merges: () => number;
  /** The last worker started stops as a crashed worker does (its 'error' event). */
  crash: () => void;
}

function channelWorker(): FakeWorker {
  let merges = 0;
  let onError: EventListener[] = [];
  const start = (): Worker => {
    onError = [];
    const channel = new MessageChannel();
    const counted = (events: ConflictEvent[], options?: Parameters<typeof mergeEvents>[1]) => {
      merges += 1;
      return mergeEvents(events, options);
    };
    const serve = mergerServer(new MergeEngine(counted, loadPlaceHierarchy), (response: MergerResponse) =>
      channel.port2.postMessage(response),
    );
    channel.port2.addEventListener('message', (event) => serve((event as MessageEvent<MergerRequest>).data));
    channel.port2.start();
    channel.port1.start();
    return {
      postMessage: (message: unknown) => channel.port1.postMessage(message),
      addEventListener: (type: string, listener: EventListener) => {
        if (type === 'message') channel.port1.addEventListener('message', listener);
        if (type === 'error') onError.push(listener);
      },
      terminate: () => {
        channel.port1.close();
        channel.port2.close();
      },
    } as unknown as Worker;
  };
  const crash = () => {
    for (const listener of onError) listener({ message: 'crashed' } as unknown as Event);
  };
  return { start, merges: () => merges, crash };
}

function extracted(count: number, seed: number): { article: Article; extraction: ArticleExtraction }[] {
  const resources = testResources();
  return generateCorpus({ count, seed }).map((article) => ({
    article,
    extraction: extractArticle(article, resources),
  }));
}

/** The old path: one merge of every machine event on the page, as the library did before the worker. */
async function mergedOnThePage(
  entries: readonly { extraction: ArticleExtraction }[],
): Promise<ConflictEvent[]> {
  const places = await loadPlaceHierarchy();
  return mergeEvents(
    entries.flatMap((entry) => entry.extraction.events),
    { places },
  );
}

describe('the library merges off the main thread', () => {
  it('shows the same incidents as one merge on the page, batch by batch, after deletes and after a reload', async () => {
    const entries = extracted(240, 11);
    const machine = entries.reduce((sum, entry) => sum + entry.extraction.events.length, 0);
    const worker = channelWorker();
    const name = freshName();
    const database = await openMarsadDatabase({ name });
    const store = createMarsadStore();
    const service = new LibraryService({
      store,
      database,
      merger: workerMerger(worker.start),
      channel: null,
    });
    await service.load();
    for (let start = 0; start < entries.length; start += 60) {
      const result = await service.commit(entries.slice(start, start + 60));
      expect(result.failure).toBeNull();
    }
    const expected = await mergedOnThePage(entries);
    // The generated reports do repeat incidents across articles: some events are combined.
    expect(expected.length).toBeLessThan(machine);
    expect(store.getState().events).toEqual(expected);
    expect(worker.merges()).toBeGreaterThan(0);

    const gone = entries.slice(0, 240).filter((_, index) => index % 7 === 3);
    expect(await service.remove(gone.map((entry) => entry.article.id))).toBeNull();
    const left = entries.filter((entry) => !gone.includes(entry));
    expect(store.getState().events).toEqual(await mergedOnThePage(left));
    service.dispose();
    database.close();

    // A new start reads the saved merge: the same incidents, and the worker merges nothing again.
    const again = channelWorker();
    const reopened = await openMarsadDatabase({ name });
    const readerStore = createMarsadStore();
    const reader = new LibraryService({
      store: readerStore,
      database: reopened,
      merger: workerMerger(again.start),
      channel: null,
    });
    await reader.load();
    expect(readerStore.getState().events).toEqual(await mergedOnThePage(left));
    expect(again.merges()).toBe(0);
    reader.dispose();
    reopened.close();
  }, 120_000);

  it('starts the worker again and sends it everything when it is lost, with the same incidents', async () => {
    const entries = extracted(80, 5);
    let starts = 0;
    const inner = channelWorker();
    const store = createMarsadStore();
    const service = new LibraryService({
      store,
      database: null,
      merger: workerMerger(() => {
        starts += 1;
        return inner.start();
      }),
      channel: null,
    });
    await service.load();
    await service.commit(entries.slice(0, 40));
    expect(store.getState().events).toEqual(await mergedOnThePage(entries.slice(0, 40)));
    // The worker dies between two batches: the library starts another and sends it every article again.
    inner.crash();
    await service.commit(entries.slice(40));
    expect(store.getState().events).toEqual(await mergedOnThePage(entries));
    expect(starts).toBe(2);
    service.dispose();
  }, 120_000);

  it('starts no worker for the bundled samples or a saved merge, and the first change after shows the same incidents', async () => {
    const entries = extracted(120, 23);
    let starts = 0;
    const inner = channelWorker();
    const counting = () =>
      workerMerger(() => {
        starts += 1;
        return inner.start();
      });
    const name = freshName();
    const database = await openMarsadDatabase({ name });
    const store = createMarsadStore();
    const service = new LibraryService({ store, database, merger: counting(), channel: null });
    await service.load();
    const samples = await service.commit(BUNDLED_LIBRARY_ENTRIES, {
      bundled: true,
      premerged: BUNDLED_MERGED_EVENTS,
    });
    expect(samples.failure).toBeNull();
    // The samples' merge, made when the app was built, is what the library's merge gives them.
    expect(store.getState().events).toEqual(await mergedOnThePage(BUNDLED_LIBRARY_ENTRIES));
    expect(starts).toBe(0);
    await service.commit(entries.slice(0, 60));
    expect(starts).toBe(1);
    expect(store.getState().events).toEqual(
      await mergedOnThePage([...BUNDLED_LIBRARY_ENTRIES, ...entries.slice(0, 60)]),
    );
    service.dispose();
    database.close();

    const reopened = await openMarsadDatabase({ name });
    const readerStore = createMarsadStore();
    const reader = new LibraryService({
      store: readerStore,
      database: reopened,
      merger: counting(),
      channel: null,
    });
    await reader.load();
    expect(starts).toBe(1);
    expect(readerStore.getState().events).toEqual(
      await mergedOnThePage([...BUNDLED_LIBRARY_ENTRIES, ...entries.slice(0, 60)]),
    );
    await reader.commit(entries.slice(60));
    expect(starts).toBe(2);
    const all = [...BUNDLED_LIBRARY_ENTRIES, ...entries];
    expect(readerStore.getState().events).toEqual(await mergedOnThePage(all));
    const gone = entries.filter((_, index) => index % 5 === 0).map((entry) => entry.article.id);
    await reader.remove(gone);
    expect(readerStore.getState().events).toEqual(
      await mergedOnThePage(all.filter((entry) => !gone.includes(entry.article.id))),
    );
    reader.dispose();
    reopened.close();
  }, 120_000);
});
