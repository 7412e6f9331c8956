/**
 * The library worker: the library's cross-article merge, the saved form of the merged events and text
 * fingerprints, off the page's main thread (see src/library/library-merger.ts).
 */
import { MergeEngine } from '../library/merge-engine';
import type { MergerRequest, MergerResponse } from '../library/library-merger';
import { mergerServer } from '../library/merger-server';
import { loadPlaceHierarchy } from '../library/place-hierarchy-loader';
import { mergeEvents } from '../pipeline/extract/merge-events';

const scope = self as unknown as {
  postMessage: (message: MergerResponse) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<MergerRequest>) => void) => void;
};

const serve = mergerServer(new MergeEngine(mergeEvents, loadPlaceHierarchy), (response) =>
  scope.postMessage(response),
);

scope.addEventListener('message', (event) => serve(event.data));
