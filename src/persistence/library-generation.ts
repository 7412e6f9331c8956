import type { MarsadDatabase } from './database';
import { decodeShelves, liveArticles, type UnreadableArticle } from './shelf-codec';
import {
  LIBRARY_GENERATION_KEY,
  MERGED_EVENTS_KEY,
  type ArticleRecord,
  type MergedEventsCache,
  type MetaRecord,
} from './schema';

/**
 * Raises the library's generation; call it inside every write transaction that changes the stored articles (the
 * transaction must include the meta store). Resolves with the generation before the change; a write that
 * throws (a full disk) rejects, and the caller's transaction must then be aborted.
 */
export function raiseGeneration(meta: IDBObjectStore): Promise<number> {
  const raised = new Promise<number>((resolve, reject) => {
    const request = meta.get(LIBRARY_GENERATION_KEY) as IDBRequest<MetaRecord | undefined>;
    request.onerror = () => reject(request.error ?? new Error('reading the library generation failed'));
    request.onsuccess = () => {
      const before = generationOf(request.result);
      try {
        meta.put({ key: LIBRARY_GENERATION_KEY, value: before + 1 } satisfies MetaRecord);
        resolve(before);
      } catch (error) {
        reject(error);
      }
    };
  });
  // Awaited by the caller after its other writes; a write of those may fail first.
  raised.catch(() => undefined);
  return raised;
}

export interface StoredLibrary {
  records: ArticleRecord[];
  /** Catalogued articles that could not be read (whole or in part). */
  unreadable: UnreadableArticle[];
  generation: number;
  /** The saved merged events, when they were saved for exactly these records. */
  cache: MergedEventsCache | null;
}

/**
 * Every stored article, the library's generation and the saved merged events, read in one transaction; the
 * shelves are decoded one after another, with `pause` between them (so the page gets turns on a large library).
 */
export async function readLibrary(
  database: MarsadDatabase,
  pause: () => Promise<void> = async () => undefined,
): Promise<StoredLibrary> {
  const transaction = database.transaction(['shelves', 'texts', 'catalog', 'meta'], 'readonly');
  const [shelves, texts, catalog, generation, cache] = await Promise.all([
    transaction.objectStore('shelves').getAll(),
    transaction.objectStore('texts').getAll(),
    transaction.objectStore('catalog').getAll(),
    transaction.objectStore('meta').get(LIBRARY_GENERATION_KEY),
    transaction.objectStore('meta').get(MERGED_EVENTS_KEY),
  ]);
  await transaction.done;
  const { records, unreadable } = await decodeShelves(shelves, texts, pause, liveArticles(catalog));
  const current = generationOf(generation);
  const saved = asCache(cache?.value);
  return {
    records,
    unreadable,
    generation: current,
    cache: saved !== null && saved.generation === current ? saved : null,
  };
}

/**
 * Saves the merged events if the library is still at the generation they were merged for (another tab may have
 * changed it meanwhile). Resolves with whether they were saved.
 */
export async function saveMergedEvents(database: MarsadDatabase, cache: MergedEventsCache): Promise<boolean> {
  const transaction = database.transaction('meta', 'readwrite');
  const generation = generationOf(await transaction.store.get(LIBRARY_GENERATION_KEY));
  const current = generation === cache.generation;
  if (current) void transaction.store.put({ key: MERGED_EVENTS_KEY, value: cache }).catch(() => undefined);
  await transaction.done;
  return current;
}

function generationOf(record: MetaRecord | undefined): number {
  return typeof record?.value === 'number' ? record.value : 0;
}

function asCache(value: MetaRecord['value'] | undefined): MergedEventsCache | null {
  if (typeof value !== 'object' || value === null || !('generation' in value)) return null;
  // A merge saved in an earlier form (events as JSON texts) is not used: the library is merged again once.
  if (typeof value.generation !== 'number' || !Array.isArray(value.order) || !Array.isArray(value.members)) {
    return null;
  }
  if (typeof value.combined !== 'object' || value.combined === null) return null;
  return value;
}
