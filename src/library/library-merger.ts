/**
 * How the library reaches its merge engine (`merge-engine.ts`): in the library worker in the app, so the merge,
 * the saved form of the merged events and text fingerprints never hold the page's main thread; in the page itself
 * where there is no worker (tests, Node). Messages are handled in the order they are sent, so `put` and `remove`
 * need no answer; an answer of many merged events comes in several messages (each a short task on the page).
 */
import type { MergeConstraints } from '../pipeline/extract/merge-events';
import type { MergedEventsCache } from '../persistence/schema';
import type { ArticleEvents, MergeDelta, MergeEngine, TypePart } from './merge-engine';

export interface LibraryMerger {
  reset(): void;
  put(articles: readonly ArticleEvents[]): void;
  remove(ids: readonly string[]): void;
  seed(cache: MergedEventsCache, constraints: MergeConstraints): Promise<boolean>;
  merge(constraints: MergeConstraints, generation: number | null): Promise<MergeDelta>;
  fingerprints(texts: readonly string[]): Promise<string[]>;
  dispose(): void;
}

/** The engine in the page itself. */
export function inThreadMerger(engine: MergeEngine): LibraryMerger {
  return {
    reset: () => engine.reset(),
    put: (articles) => engine.put(articles),
    remove: (ids) => engine.remove(ids),
    seed: (cache, constraints) => Promise.resolve(engine.seed(cache, constraints)),
    merge: (constraints, generation) => engine.merge(constraints, generation),
    fingerprints: (texts) => Promise.resolve(engine.fingerprints(texts)),
    dispose: () => undefined,
  };
}

/** A request to the library worker. */
export type MergerRequest =
  | { id: number; op: 'reset' }
  | { id: number; op: 'put'; articles: readonly ArticleEvents[] }
  | { id: number; op: 'remove'; ids: readonly string[] }
  | { id: number; op: 'seed'; cache: MergedEventsCache; constraints: MergeConstraints }
  | { id: number; op: 'merge'; constraints: MergeConstraints; generation: number | null }
  | { id: number; op: 'fingerprints'; texts: readonly string[] };

/** A request before it is numbered. */
type Unnumbered = MergerRequest extends infer R ? (R extends MergerRequest ? Omit<R, 'id'> : never) : never;

/** What the library worker answers: parts of a merge first, then the answer itself (or why it failed). */
export type MergerResponse =
  | { id: number; part: TypePart }
  | { id: number; done: Omit<MergeDelta, 'parts'> | boolean | string[] | null }
  | { id: number; failed: string };

/** The library worker stopped (it crashed or could not start): the library sends it everything again. */
export class MergerLost extends Error {}

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  parts: TypePart[];
}

/** The engine in the library worker, started on first use and again after it is lost. */
export function workerMerger(start: () => Worker): LibraryMerger {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // Once a worker is lost, what it held is gone: nothing but `reset` (the library starting it again from
  // everything) is sent until then, and merges fail so that the library does so.
  let lost = false;

  const lose = (message: string) => {
    lost = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const entry of waiting) entry.reject(new MergerLost(message));
  };

  const current = (): Worker => {
    if (worker) return worker;
    const started = start();
    started.addEventListener('message', (event: MessageEvent<MergerResponse>) => {
      const answer = event.data;
      const entry = pending.get(answer.id);
      if (!entry) return;
      if ('part' in answer) {
        entry.parts.push(answer.part);
        return;
      }
      pending.delete(answer.id);
      if ('failed' in answer) entry.reject(new Error(answer.failed));
      else if (answer.done !== null && typeof answer.done === 'object' && 'removed' in answer.done)
        entry.resolve({ ...answer.done, parts: entry.parts } as never);
      else entry.resolve(answer.done as never);
    });
    started.addEventListener('error', (event) => lose(event.message || 'the library worker stopped'));
    started.addEventListener('messageerror', () => lose('a message to the library worker could not be read'));
    worker = started;
    return started;
  };

  const send = (request: Unnumbered): void => {
    if (lost) return;
    current().postMessage({ ...request, id: nextId++ });
  };

  const ask = <T>(request: Unnumbered): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (lost && request.op !== 'fingerprints') {
        reject(new MergerLost('the library worker was lost'));
        return;
      }
      const id = nextId++;
      const target = current();
      pending.set(id, { resolve: resolve as (value: never) => void, reject, parts: [] });
      target.postMessage({ ...request, id });
    });

  return {
    reset: () => {
      lost = false;
      send({ op: 'reset' });
    },
    put: (articles) => send({ op: 'put', articles }),
    remove: (ids) => send({ op: 'remove', ids }),
    seed: (cache, constraints) => ask<boolean>({ op: 'seed', cache, constraints }),
    merge: (constraints, generation) => ask<MergeDelta>({ op: 'merge', constraints, generation }),
    fingerprints: (texts) => ask<string[]>({ op: 'fingerprints', texts }),
    dispose: () => lose('disposed'),
  };
}

/** The app's library worker. */
export function startLibraryWorker(): Worker {
  return new Worker(new URL('../workers/library-merge.worker.ts', import.meta.url), {
    type: 'module',
    name: 'marsad-library',
  });
}
