import { unwrap } from 'idb';
import { commitWrites } from './write-transaction';
import type { MarsadDatabase } from './database';
import { decodeAll, encodeRecord } from './record-codec';
import { raiseGeneration } from './library-generation';
import type { ArticleRecord, StoredArticleRecord } from './schema';

/** What the database already holds for a record about to be written. */
export interface StoredMatch {
  /** The id of a stored article with the same fingerprint (the lowest such id), if any. */
  owner: string | undefined;
  /** Whether an article with this record's id is stored. */
  stored: boolean;
}

/**
 * Stores the records in one transaction: all of them are saved or none is. Resolves once the transaction has
 * committed (only then is a write acknowledged).
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
 * same text at the same moment is seen). All requests are issued at once and the transaction is awaited once.
 * The library's generation is raised in the same transaction; resolves with the generation before it.
 */
export async function writeArticleRecords(
  database: MarsadDatabase,
  records: readonly ArticleRecord[],
  decide: (found: readonly StoredMatch[]) => readonly ArticleRecord[],
): Promise<number> {
  const encoded = new Map<string, StoredArticleRecord>();
  for (const record of records) encoded.set(record.id, encodeRecord(record));
  let before = 0;
  await commitWrites(database.transaction(['articles', 'meta'], 'readwrite'), async (transaction) => {
    const store = unwrap(transaction.objectStore('articles'));
    const raised = raiseGeneration(unwrap(transaction.objectStore('meta')));
    const found = await lookUp(store, records);
    for (const record of decide(found)) {
      store.put(encoded.get(record.id) ?? encodeRecord(record));
    }
    before = await raised;
  });
  return before;
}

/** Every stored article with its extraction, in one request. Records that cannot be read are left out. */
export async function loadArticleRecords(database: MarsadDatabase): Promise<ArticleRecord[]> {
  return decodeAll(await database.getAll('articles'));
}

/** The records with these ids that exist (missing ids are skipped). */
export async function readArticleRecords(
  database: MarsadDatabase,
  ids: readonly string[],
): Promise<ArticleRecord[]> {
  const transaction = database.transaction('articles', 'readonly');
  const found = await Promise.all(ids.map((id) => transaction.store.get(id)));
  await transaction.done;
  return decodeAll(found.filter((record): record is StoredArticleRecord => record !== undefined));
}

/** Removes articles (with their events) in one transaction; resolves with the generation before it. */
export async function deleteArticleRecords(
  database: MarsadDatabase,
  ids: readonly string[],
): Promise<number> {
  let before = 0;
  await commitWrites(database.transaction(['articles', 'meta'], 'readwrite'), async (transaction) => {
    const raised = raiseGeneration(unwrap(transaction.objectStore('meta')));
    for (const id of ids)
      void transaction
        .objectStore('articles')
        .delete(id)
        .catch(() => undefined);
    before = await raised;
  });
  return before;
}

/** Removes every article and correction in one transaction; resolves with the generation before it. */
export async function clearLibrary(database: MarsadDatabase): Promise<number> {
  let before = 0;
  await commitWrites(
    database.transaction(['articles', 'corrections', 'meta'], 'readwrite'),
    async (transaction) => {
      const raised = raiseGeneration(unwrap(transaction.objectStore('meta')));
      void transaction.objectStore('articles').clear();
      void transaction.objectStore('corrections').clear();
      before = await raised;
    },
  );
  return before;
}

/**
 * For each record, the stored article with its fingerprint and whether its id is stored. An empty store needs no
 * lookup; a store not much larger than the batch is read in one key scan of the fingerprint index; otherwise each
 * record is looked up by key, every request issued before any answer is awaited.
 */
async function lookUp(store: IDBObjectStore, records: readonly ArticleRecord[]): Promise<StoredMatch[]> {
  const count = await result(store.count());
  if (count === 0) return records.map(() => ({ owner: undefined, stored: false }));
  const index = store.index('by-fingerprint');
  if (count <= records.length * 4) {
    const owners = new Map<string, string>();
    const ids = new Set<string>();
    await scanKeys(index, (fingerprint, id) => {
      if (!owners.has(fingerprint)) owners.set(fingerprint, id);
      ids.add(id);
    });
    return records.map((record) => ({ owner: owners.get(record.fingerprint), stored: ids.has(record.id) }));
  }
  return Promise.all(
    records.map(async (record) => {
      const [owner, stored] = await Promise.all([
        result(index.getKey(record.fingerprint)),
        result(store.getKey(record.id)),
      ]);
      return { owner: owner as string | undefined, stored: stored !== undefined };
    }),
  );
}

function scanKeys(index: IDBIndex, visit: (key: string, primaryKey: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = index.openKeyCursor();
    request.onerror = () => reject(request.error ?? new Error('reading the fingerprint index failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) {
        resolve();
        return;
      }
      visit(String(cursor.key), String(cursor.primaryKey));
      cursor.continue();
    };
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('an IndexedDB request failed'));
  });
}
