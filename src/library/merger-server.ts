/**
 * The library worker's side of `library-merger.ts`: requests are handled one after another in the order they
 * came; a merge's answer is sent part by part (at most PART_EVENTS merged events a message), then closed.
 */
import type { MergeEngine } from './merge-engine';
import type { MergerRequest, MergerResponse } from './library-merger';

/** A function taking each request as it arrives and answering through `post`. */
export function mergerServer(
  engine: MergeEngine,
  post: (response: MergerResponse) => void,
): (request: MergerRequest) => void {
  const handle = async (request: MergerRequest): Promise<void> => {
    switch (request.op) {
      case 'reset':
        engine.reset();
        return;
      case 'put':
        engine.put(request.articles);
        return;
      case 'remove':
        engine.remove(request.ids);
        return;
      case 'seed':
        post({ id: request.id, done: engine.seed(request.cache, request.constraints) });
        return;
      case 'fingerprints':
        post({ id: request.id, done: engine.fingerprints(request.texts) });
        return;
      case 'merge': {
        const { parts, removed, cache } = await engine.merge(request.constraints, request.generation);
        for (const part of parts) post({ id: request.id, part });
        post({ id: request.id, done: { removed, cache } });
        return;
      }
    }
  };
  let queue: Promise<void> = Promise.resolve();
  return (request) => {
    queue = queue
      .then(() => handle(request))
      .catch((error: unknown) => {
        post({ id: request.id, failed: error instanceof Error ? error.message : String(error) });
      });
  };
}
