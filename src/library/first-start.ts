import type { Article, ArticleExtraction, ConflictEvent } from '../pipeline/types';
import type { BundledEntry } from './bundled-articles';
import { openMarsadDatabase } from '../persistence/database';
import { openLibraryChannel } from '../persistence/library-channel';
import { readMeta, writeMeta } from '../persistence/meta-store';
import { BUNDLED_LOADED_KEY } from '../persistence/schema';
import { storageFailureFrom } from '../persistence/storage-failure';
import type { MarsadStore } from '../store/store';
import { translate } from '../ui/i18n';
import { installLibraryService, LibraryService } from './library-service';
import { describeFailure } from './failure-messages';
import type { MergeFunction } from './grouped-merge';
import { loadPlaceHierarchy } from './place-hierarchy-loader';
import type { IncidentPlaces } from '../pipeline/extract/place-hierarchy';

export interface StartOptions {
  store: MarsadStore;
  /** The sample articles with their extractions, prepared when the app was built. */
  bundled: readonly BundledEntry[];
  /** Merges on the page itself (tests); by default the merge runs in the library worker. */
  mergeEvents?: MergeFunction;
  /** The gazetteer's place hierarchy for a merge on the page. */
  loadPlaces?: () => Promise<IncidentPlaces | undefined>;
  /** The samples' events merged across articles when the app was built (shown without the library worker). */
  bundledMerged?: readonly ConflictEvent[];
  /** Extraction for re-runs; not called at start-up (load it on demand). */
  extractArticles: (articles: Article[]) => Promise<ArticleExtraction[]>;
  databaseName?: string;
}

/**
 * Opens the library at start-up: reads everything saved in IndexedDB into the store and, on the very first start
 * only, adds the bundled sample articles with the events extracted from them when the app was built (which the
 * user may then delete for good), so no extractor runs at start-up. Without IndexedDB the app still works for
 * this visit and says that nothing will be kept.
 */
export async function startLibrary(options: StartOptions): Promise<LibraryService> {
  const { store } = options;
  const language = () => store.getState().language;
  let database = null;
  try {
    database = await openMarsadDatabase({
      ...(options.databaseName === undefined ? {} : { name: options.databaseName }),
      onVersionChange: () => store.getState().notify('warning', translate(language(), 'newerVersionOpened')),
    });
  } catch (error) {
    store.getState().notify('error', describeFailure(language(), storageFailureFrom(error)));
  }
  const service = new LibraryService({
    store,
    database,
    mergeEvents: options.mergeEvents,
    loadPlaces: options.loadPlaces ?? (options.mergeEvents ? loadPlaceHierarchy : undefined),
    extractArticles: options.extractArticles,
    channel: database ? openLibraryChannel() : null,
  });
  await service.load();
  installLibraryService(service);

  const firstStart = database === null || (await readMeta(database, BUNDLED_LOADED_KEY)) !== true;
  if (firstStart && options.bundled.length > 0) {
    const result = await service.commit(options.bundled, {
      bundled: true,
      ...(options.bundledMerged ? { premerged: options.bundledMerged } : {}),
    });
    if (result.failure) store.getState().notify('error', describeFailure(language(), result.failure));
    else if (database) await writeMeta(database, BUNDLED_LOADED_KEY, true);
  }
  // Ready once the first start's samples are in: views then see the library as it will stay.
  store.getState().setLibraryReady(true);
  return service;
}
