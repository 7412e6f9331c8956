import { encodeShelf, newShelfId, shelfGroups, type EncodedShelf } from './shelf-codec';
import type { ArticleRecord, CatalogRecord, ShelfRecord, ShelfTexts } from './schema';

/** The stores a write of articles changes (plain IndexedDB, inside one transaction). */
export interface ShelfStores {
  shelves: IDBObjectStore;
  texts: IDBObjectStore;
  catalog: IDBObjectStore;
  /** Every catalog entry put through these stores, when the caller wants to know them. */
  written?: CatalogRecord[];
}

/** Longest stretch of puts (each clones a shelf) before waiting for the database, so the page gets turns. */
const PUT_SLICE_MS = 8;

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

/** The result of one IndexedDB request. */
export function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('an IndexedDB request failed'));
  });
}

/**
 * Puts the records on new shelves (encoding each shelf as it goes), with their texts. Shelves are encoded and put
 * back to back for a few milliseconds, then the last put is awaited (its answer arrives in a new task, and the
 * transaction stays open while a request is pending), so a large write is many short tasks instead of one long one.
 */
export async function putOnShelves(stores: ShelfStores, records: readonly ArticleRecord[]): Promise<void> {
  await putAll(
    stores,
    shelfGroups(records).map((group) => () => encodeShelf(group, newShelfId())),
  );
}

/** Puts shelves made on demand (see `putOnShelves`), giving the page turns on a long write. */
export async function putAll(stores: ShelfStores, encoded: readonly (() => EncodedShelf)[]): Promise<void> {
  let sliceStarted = now();
  let last: IDBRequest | null = null;
  for (const encode of encoded) {
    const { shelf, texts, catalog } = encode();
    stores.shelves.put(shelf);
    last = stores.texts.put(texts);
    for (const entry of catalog) {
      last = stores.catalog.put(entry);
      stores.written?.push(entry);
    }
    if (now() - sliceStarted > PUT_SLICE_MS) {
      await request(last);
      last = null;
      sliceStarted = now();
    }
  }
  if (last) await request(last);
}

/** These shelves with their texts (shelves that do not exist are skipped); every request issued at once. */
export async function readShelves(
  stores: Pick<ShelfStores, 'shelves' | 'texts'>,
  ids: readonly string[],
): Promise<{ shelf: ShelfRecord; texts: ShelfTexts | undefined }[]> {
  const read = await Promise.all(
    ids.map((id) =>
      Promise.all([
        request(stores.shelves.get(id) as IDBRequest<ShelfRecord | undefined>),
        request(stores.texts.get(id) as IDBRequest<ShelfTexts | undefined>),
      ]),
    ),
  );
  const found: { shelf: ShelfRecord; texts: ShelfTexts | undefined }[] = [];
  for (const [shelf, shelfTexts] of read) if (shelf) found.push({ shelf, texts: shelfTexts });
  return found;
}
