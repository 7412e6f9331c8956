import { unwrap, type IDBPTransaction } from 'idb';
import { commitWrites } from './write-transaction';
import type { MarsadDatabase } from './database';
import { raiseGeneration } from './library-generation';
import { catalogEntries, decodeShelf, decodeShelves, encodeShelf } from './shelf-codec';
import { putAll, putOnShelves, readShelves, request, type ShelfStores } from './shelf-requests';
import type { ArticleRecord, CatalogRecord, MarsadSchema, MarsadStoreName } from './schema';

/** What the database already holds for a record about to be written. */
export interface StoredMatch {
  /** The id of a stored article with the same fingerprint (the lowest such id), if any. */
  owner: string | undefined;
  /** Whether an article with this record's id is stored. */
  stored: boolean;
}

/** Where every stored article is, and which article owns each text, as the catalog lists them. */
interface Catalog {
  shelfOf: Map<string, string>;
  ownerOf: Map<string, string>;
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
 * same text at the same moment is seen). The records are written as a few shelves (see `ShelfRecord`); an article
 * stored before under the same id is taken off its old shelf. The library's generation is raised in the same
 * transaction; resolves with the generation before it.
 */
export async function writeArticleRecords(
  database: MarsadDatabase,
  records: readonly ArticleRecord[],
  decide: (found: readonly StoredMatch[]) => readonly ArticleRecord[],
): Promise<number> {
  return changeShelves(database, async (stores, catalog) => {
    const found = records.map((record) => ({
      owner: catalog.ownerOf.get(record.fingerprint),
      stored: catalog.shelfOf.has(record.id),
    }));
    const kept = decide(found);
    await takeOffShelves(
      stores,
      shelvesHolding(
        catalog,
        kept.map((record) => record.id),
      ),
    );
    await putOnShelves(stores, kept);
  });
}

/** Every stored article with its extraction, in one transaction. Shelves that cannot be read are left out. */
export async function loadArticleRecords(database: MarsadDatabase): Promise<ArticleRecord[]> {
  const transaction = database.transaction(['shelves', 'texts'], 'readonly');
  const [shelves, texts] = await Promise.all([
    transaction.objectStore('shelves').getAll(),
    transaction.objectStore('texts').getAll(),
  ]);
  await transaction.done;
  return decodeShelves(shelves, texts, async () => undefined);
}

/** The records with these ids that exist (missing ids are skipped). */
export async function readArticleRecords(
  database: MarsadDatabase,
  ids: readonly string[],
): Promise<ArticleRecord[]> {
  const transaction = database.transaction(['shelves', 'texts', 'catalog'], 'readonly');
  const stores = {
    shelves: unwrap(transaction.objectStore('shelves')),
    texts: unwrap(transaction.objectStore('texts')),
  };
  const catalog = await readCatalog(unwrap(transaction.objectStore('catalog')));
  const read = await readShelves(stores, [...shelvesHolding(catalog, ids).keys()]);
  await transaction.done;
  const wanted = new Set(ids);
  const records: ArticleRecord[] = [];
  for (const { shelf, texts } of read) {
    try {
      for (const record of decodeShelf(shelf, texts)) if (wanted.has(record.id)) records.push(record);
    } catch {
      // A damaged shelf.
    }
  }
  return records;
}

/** Removes articles (with their events) in one transaction; resolves with the generation before it. */
export async function deleteArticleRecords(
  database: MarsadDatabase,
  ids: readonly string[],
): Promise<number> {
  return changeShelves(database, async (stores, catalog) => {
    await takeOffShelves(stores, shelvesHolding(catalog, ids));
  });
}

/**
 * One write transaction over the shelves: raises the library generation, reads the catalog, applies `change`;
 * resolves with the generation before it.
 */
async function changeShelves(
  database: MarsadDatabase,
  change: (
    stores: ReturnType<typeof shelfStores>,
    catalog: Awaited<ReturnType<typeof readCatalog>>,
  ) => Promise<void>,
): Promise<number> {
  let before = 0;
  const transaction = database.transaction(['shelves', 'texts', 'catalog', 'meta'], 'readwrite');
  await commitWrites(transaction, async () => {
    const stores = shelfStores(transaction);
    const raised = raiseGeneration(unwrap(transaction.objectStore('meta')));
    await change(stores, await readCatalog(stores.catalog));
    before = await raised;
  });
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
    const raised = raiseGeneration(unwrap(transaction.objectStore('meta')));
    for (const name of ['shelves', 'texts', 'catalog', 'corrections'] as const) {
      unwrap(transaction.objectStore(name)).clear();
    }
    before = await raised;
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
 * Every shelf's catalog entry, in one request: which shelf holds each article, and for each fingerprint the
 * stored article with it (the lowest id, as when several share it).
 */
async function readCatalog(store: IDBObjectStore): Promise<Catalog> {
  const records = await request(store.getAll() as IDBRequest<CatalogRecord[]>);
  const shelfOf = new Map<string, string>();
  const ownerOf = new Map<string, string>();
  for (const record of records) {
    for (const [id, fingerprint] of catalogEntries(record)) {
      shelfOf.set(id, record.id);
      const owner = ownerOf.get(fingerprint);
      if (owner === undefined || id < owner) ownerOf.set(fingerprint, id);
    }
  }
  return { shelfOf, ownerOf };
}

/** The shelves holding any of these articles, each with the ids among them it holds. */
function shelvesHolding(catalog: Catalog, ids: readonly string[]): Map<string, Set<string>> {
  const holding = new Map<string, Set<string>>();
  for (const id of ids) {
    const shelf = catalog.shelfOf.get(id);
    if (shelf === undefined) continue;
    const held = holding.get(shelf) ?? new Set<string>();
    held.add(id);
    holding.set(shelf, held);
  }
  return holding;
}

/** Takes these articles off their shelves: each shelf is written again without them, or deleted once empty. */
async function takeOffShelves(
  stores: ShelfStores,
  leaving: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<void> {
  if (leaving.size === 0) return;
  for (const { shelf, texts } of await readShelves(stores, [...leaving.keys()])) {
    const gone = leaving.get(shelf.id) as ReadonlySet<string>;
    let remaining: ArticleRecord[];
    try {
      remaining = decodeShelf(shelf, texts).filter((record) => !gone.has(record.id));
    } catch {
      // A damaged shelf: only its other articles are lost, and they were unreadable already.
      remaining = [];
    }
    if (remaining.length === 0) {
      stores.shelves.delete(shelf.id);
      stores.texts.delete(shelf.id);
      stores.catalog.delete(shelf.id);
    } else {
      await putAll(stores, [() => encodeShelf(remaining, shelf.id)]);
    }
  }
}
