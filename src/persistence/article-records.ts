import { unwrap, type IDBPTransaction } from 'idb';
import { commitWrites } from './write-transaction';
import type { MarsadDatabase } from './database';
import { raiseGeneration } from './library-generation';
import { decodeShelves, liveArticles, readShelf, type UnreadableArticle } from './shelf-codec';
import { putAll, putOnShelves, readShelves, request, type ShelfStores } from './shelf-requests';
import { encodeShelf, newShelfId } from './shelf-codec';
import {
  MERGED_EVENTS_KEY,
  type ArticleRecord,
  type CatalogRecord,
  type MarsadSchema,
  type MarsadStoreName,
} from './schema';

/** What the database already holds for a record about to be written. */
export interface StoredMatch {
  /** The id of a stored article with the same fingerprint (the lowest such id), if any. */
  owner: string | undefined;
  /** The fingerprint of the article stored under this record's id, or undefined when none is. */
  stored: string | undefined;
}

/** Where every stored article is, and which article owns each text, as the catalog lists them. */
interface Catalog {
  shelfOf: Map<string, string>;
  fingerprintOf: Map<string, string>;
  ownerOf: Map<string, string>;
  /** How many catalogued articles each shelf holds. */
  liveCount: Map<string, number>;
}

/**
 * Stores the records in one transaction: all of them are saved or none is (an article already stored under the
 * same id is replaced). Resolves once the transaction has committed (only then is a write acknowledged).
 */
export async function saveArticleRecords(
  database: MarsadDatabase,
  records: readonly ArticleRecord[],
): Promise<void> {
  await writeArticleRecords(database, records, () => records);
}

/**
 * Looks up, inside one write transaction, what is already stored under each record's id and fingerprint; `decide`
 * picks the records to write from that, and they are written in the same transaction (so another tab writing the
 * same text at the same moment is seen). The records are written as a few shelves (see `ShelfRecord`) with a
 * catalog entry each; an article stored before under the same id is left on its old shelf, no longer catalogued
 * there (a shelf no entry names any more is deleted; one mostly of such articles is rewritten with the rest). The
 * library's generation is raised in the same transaction; resolves with the generation before it.
 */
export async function writeArticleRecords(
  database: MarsadDatabase,
  records: readonly ArticleRecord[],
  decide: (found: readonly StoredMatch[], isStored: (id: string) => boolean) => readonly ArticleRecord[],
): Promise<number> {
  let before = 0;
  let catalog: Catalog | null = null;
  const written: CatalogRecord[] = [];
  const transaction = database.transaction(['shelves', 'texts', 'catalog', 'meta'], 'readwrite');
  await commitWrites(transaction, async () => {
    const stores: ShelfStores = { ...shelfStores(transaction), written };
    const raised = raiseGeneration(unwrap(transaction.objectStore('meta')));
    // The catalog as this page last wrote it, when no one wrote since (same generation); else read in full.
    const known = knownCatalogs.get(database);
    knownCatalogs.delete(database);
    const generation = await raised;
    const current =
      known !== undefined && known.generation === generation
        ? copyCatalog(known.catalog)
        : await readCatalog(stores.catalog);
    catalog = current;
    const found = records.map((record) => ({
      owner: current.ownerOf.get(record.fingerprint),
      stored: current.fingerprintOf.get(record.id),
    }));
    const kept = decide(found, (id) => current.shelfOf.has(id));
    const left = leaveShelves(
      current,
      kept.map((record) => record.id),
    );
    await putOnShelves(stores, kept);
    await tidyShelves(stores, current, left);
    before = generation;
  });
  if (catalog !== null && addWritten(catalog, written))
    knownCatalogs.set(database, { generation: before + 1, catalog });
  return before;
}

/**
 * Per database, the catalog as this page's last write left it and the generation that write raised it to: the
 * next write reuses it when the generation is still that (nothing else wrote), instead of reading every entry.
 */
const knownCatalogs = new WeakMap<MarsadDatabase, { generation: number; catalog: Catalog }>();

function copyCatalog(catalog: Catalog): Catalog {
  return {
    shelfOf: new Map(catalog.shelfOf),
    fingerprintOf: new Map(catalog.fingerprintOf),
    ownerOf: new Map(catalog.ownerOf),
    liveCount: new Map(catalog.liveCount),
  };
}

/**
 * The catalog after the entries written (left shelves are already taken out); false when it cannot be brought up
 * to date that way (an id stored again with another text: who owns the old text would need every entry).
 */
function addWritten(catalog: Catalog, written: readonly CatalogRecord[]): boolean {
  for (const { id, shelf, fingerprint } of written) {
    const previous = catalog.fingerprintOf.get(id);
    if (previous !== undefined && previous !== fingerprint) return false;
    const was = catalog.shelfOf.get(id);
    if (was !== undefined) catalog.liveCount.set(was, (catalog.liveCount.get(was) ?? 1) - 1);
    catalog.shelfOf.set(id, shelf);
    catalog.fingerprintOf.set(id, fingerprint);
    catalog.liveCount.set(shelf, (catalog.liveCount.get(shelf) ?? 0) + 1);
    const owner = catalog.ownerOf.get(fingerprint);
    if (owner === undefined || id < owner) catalog.ownerOf.set(fingerprint, id);
  }
  return true;
}

/** Every stored article with its extraction, in one transaction, and the articles that could not be read. */
export async function loadArticleRecords(
  database: MarsadDatabase,
): Promise<{ records: ArticleRecord[]; unreadable: UnreadableArticle[] }> {
  const transaction = database.transaction(['shelves', 'texts', 'catalog'], 'readonly');
  const [shelves, texts, catalog] = await Promise.all([
    transaction.objectStore('shelves').getAll(),
    transaction.objectStore('texts').getAll(),
    transaction.objectStore('catalog').getAll(),
  ]);
  await transaction.done;
  return decodeShelves(shelves, texts, async () => undefined, liveArticles(catalog));
}

/** The records with these ids that exist (missing or unreadable ids are skipped). */
export async function readArticleRecords(
  database: MarsadDatabase,
  ids: readonly string[],
): Promise<ArticleRecord[]> {
  const transaction = database.transaction(['shelves', 'texts', 'catalog'], 'readonly');
  const stores = {
    shelves: unwrap(transaction.objectStore('shelves')),
    texts: unwrap(transaction.objectStore('texts')),
  };
  const catalogStore = unwrap(transaction.objectStore('catalog'));
  const entries = await Promise.all(
    ids.map((id) => request(catalogStore.get(id) as IDBRequest<CatalogRecord | undefined>)),
  );
  const wanted = liveArticles(entries.filter((entry) => entry !== undefined));
  const read = await readShelves(stores, [...wanted.keys()]);
  await transaction.done;
  const records: ArticleRecord[] = [];
  for (const { shelf, texts } of read) {
    for (const record of readShelf(shelf, texts, wanted.get(shelf.id)).records) records.push(record);
  }
  return records;
}

/**
 * Removes articles (with their events): their catalog entries are deleted, and with them every shelf no entry names
 * any more, and the saved merge. Nothing is written before these deletes, so a delete works on a full disk and
 * frees room; the generation is raised afterwards in a transaction of its own (if the disk is too full even for
 * that, the saved merge is gone anyway, so no tab reads a merge that still has the deleted articles). Shelves left
 * mostly of deleted articles are rewritten afterwards when there is room. Resolves with the generation before the
 * delete, or null when it could not be raised.
 */
export async function deleteArticleRecords(
  database: MarsadDatabase,
  ids: readonly string[],
): Promise<number | null> {
  let left = new Map<string, number>();
  const transaction = database.transaction(['shelves', 'texts', 'catalog', 'meta'], 'readwrite');
  await commitWrites(transaction, async () => {
    const stores = shelfStores(transaction);
    const catalog = await readCatalog(stores.catalog);
    for (const id of ids) if (catalog.shelfOf.has(id)) stores.catalog.delete(id);
    left = leaveShelves(catalog, ids);
    unwrap(transaction.objectStore('meta')).delete(MERGED_EVENTS_KEY);
    for (const [shelf, remaining] of left) {
      if (remaining > 0) continue;
      stores.shelves.delete(shelf);
      stores.texts.delete(shelf);
    }
  });
  let before: number | null = null;
  try {
    const raising = database.transaction(['shelves', 'texts', 'catalog', 'meta'], 'readwrite');
    await commitWrites(raising, async () => {
      const raised = raiseGeneration(unwrap(raising.objectStore('meta')));
      const stores = shelfStores(raising);
      await tidyShelves(stores, await readCatalog(stores.catalog), left);
      before = await raised;
    });
  } catch {
    // A full disk: the articles are deleted; only the bookkeeping waits for room.
  }
  return before;
}

/** Removes every article and correction in one transaction; resolves with the generation before it. */
export async function clearLibrary(database: MarsadDatabase): Promise<number> {
  let before = 0;
  const transaction = database.transaction(
    ['shelves', 'texts', 'catalog', 'corrections', 'meta'],
    'readwrite',
  );
  await commitWrites(transaction, async () => {
    for (const name of ['shelves', 'texts', 'catalog', 'corrections'] as const) {
      unwrap(transaction.objectStore(name)).clear();
    }
    unwrap(transaction.objectStore('meta')).delete(MERGED_EVENTS_KEY);
    before = await raiseGeneration(unwrap(transaction.objectStore('meta')));
  });
  return before;
}

/** The plain stores of a write transaction over the shelves. */
function shelfStores(
  transaction: IDBPTransaction<MarsadSchema, MarsadStoreName[], 'readwrite'>,
): ShelfStores {
  return {
    shelves: unwrap(transaction.objectStore('shelves')),
    texts: unwrap(transaction.objectStore('texts')),
    catalog: unwrap(transaction.objectStore('catalog')),
  };
}

/**
 * The whole catalog, in one request: which shelf holds each article, each article's fingerprint, and for each
 * fingerprint the stored article with it (the lowest id, as when several share it).
 */
async function readCatalog(store: IDBObjectStore): Promise<Catalog> {
  const records = await request(store.getAll() as IDBRequest<CatalogRecord[]>);
  const shelfOf = new Map<string, string>();
  const fingerprintOf = new Map<string, string>();
  const ownerOf = new Map<string, string>();
  const liveCount = new Map<string, number>();
  for (const { id, shelf, fingerprint } of records) {
    shelfOf.set(id, shelf);
    fingerprintOf.set(id, fingerprint);
    liveCount.set(shelf, (liveCount.get(shelf) ?? 0) + 1);
    const owner = ownerOf.get(fingerprint);
    if (owner === undefined || id < owner) ownerOf.set(fingerprint, id);
  }
  return { shelfOf, fingerprintOf, ownerOf, liveCount };
}

/**
 * The shelves these articles leave, each with how many catalogued articles it keeps; the articles are taken out of
 * `catalog` (which then describes the shelves without them).
 */
function leaveShelves(catalog: Catalog, ids: readonly string[]): Map<string, number> {
  const left = new Map<string, number>();
  for (const id of new Set(ids)) {
    const shelf = catalog.shelfOf.get(id);
    if (shelf === undefined) continue;
    const remaining = (catalog.liveCount.get(shelf) ?? 1) - 1;
    catalog.liveCount.set(shelf, remaining);
    catalog.shelfOf.delete(id);
    left.set(shelf, remaining);
  }
  return left;
}

/**
 * After articles left these shelves: a shelf no catalog entry names is deleted; one whose catalogued articles are
 * now at most half of what it holds is rewritten with only them (under a new id, their entries moved to it).
 */
async function tidyShelves(
  stores: ShelfStores,
  catalog: Catalog,
  left: ReadonlyMap<string, number>,
): Promise<void> {
  if (left.size === 0) return;
  const live = new Map<string, Set<string>>();
  for (const [id, shelf] of catalog.shelfOf) {
    if (!left.has(shelf)) continue;
    const ids = live.get(shelf) ?? new Set<string>();
    ids.add(id);
    live.set(shelf, ids);
  }
  for (const { shelf, texts } of await readShelves(stores, [...left.keys()])) {
    const kept = live.get(shelf.id);
    if (kept === undefined || kept.size === 0) {
      stores.shelves.delete(shelf.id);
      stores.texts.delete(shelf.id);
      continue;
    }
    if (kept.size * 2 > shelf.ids.length) continue;
    const reading = readShelf(shelf, texts, kept);
    // Only a shelf whose catalogued articles all read whole is rewritten: nothing unread is dropped.
    if (reading.unreadable.length > 0) continue;
    await putAll(stores, [() => encodeShelf(reading.records, newShelfId())]);
    stores.shelves.delete(shelf.id);
    stores.texts.delete(shelf.id);
  }
}
