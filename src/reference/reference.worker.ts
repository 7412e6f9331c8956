/** Reads a reference dataset off the page's thread: bytes in (transferred), events out, progress by callback. */
import * as Comlink from 'comlink';
import { parseReferenceCsv } from './parse-reference';
import type { ReferenceParse } from './reference-types';

export interface ReferenceWorkerApi {
  parse(bytes: ArrayBuffer, onProgress: (done: number, total: number) => void): ReferenceParse;
}

const api: ReferenceWorkerApi = {
  parse(bytes, onProgress) {
    try {
      const text = new TextDecoder('utf-8').decode(bytes);
      return parseReferenceCsv(text, (done, total) => void onProgress(done, total));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { dataset: null, events: [], skippedTypes: 0, unreadable: 0, failure: reason };
    }
  },
};

Comlink.expose(api);
