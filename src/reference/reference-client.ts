/**
 * The page's way to the reference worker: started on first use, the file's bytes transferred, progress through a
 * proxied callback. A worker failure comes back as a parse failure, never as a rejection.
 */
import * as Comlink from 'comlink';
import type { ReferenceParse } from './reference-types';
import type { ReferenceWorkerApi } from './reference.worker';

let remote: Comlink.Remote<ReferenceWorkerApi> | null = null;
let died: Promise<string> | null = null;

function start(): { remote: Comlink.Remote<ReferenceWorkerApi>; died: Promise<string> } {
  if (remote === null || died === null) {
    const worker = new Worker(new URL('./reference.worker.ts', import.meta.url), {
      type: 'module',
      name: 'marsad-reference',
    });
    died = new Promise<string>((resolve) =>
      worker.addEventListener('error', (event) => {
        remote = null;
        died = null;
        resolve(event.message || 'the reference worker stopped');
      }),
    );
    remote = Comlink.wrap<ReferenceWorkerApi>(worker);
  }
  return { remote, died };
}

export async function parseReferenceFile(
  file: Blob,
  onProgress: (done: number, total: number) => void,
): Promise<ReferenceParse> {
  const bytes = await file.arrayBuffer();
  const worker = start();
  const failed = worker.died.then((failure): ReferenceParse => ({
    dataset: null,
    events: [],
    skippedTypes: 0,
    unreadable: 0,
    failure,
  }));
  return Promise.race([
    worker.remote.parse(Comlink.transfer(bytes, [bytes]), Comlink.proxy(onProgress)),
    failed,
  ]);
}
