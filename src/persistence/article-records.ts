import { unwrap } from 'idb';
import { commitWrites } from './write-transaction';
import type { MarsadDatabase } from './database';
import { raiseGeneration } from './library-generation';
import { decodeShelf, decodeShelves, encodeShelf } from './shelf-codec';
import { putAll, putOnShelves, readShelves, request } from './shelf-requests';
import type { ArticleRecord } from './schema';

/** What the database already holds for a record about to be written. */
export interface StoredMatch {
  /** The id of a stored article with the same fingerprint (the lowest such id), if any. */
  owner: string | undefined;
  /** Whether an article with this record's id is stored. */
  stored: boolean;
}

interface Found extends StoredMatch {
  /** The shelf holding the article with this record's id. */
  shelf: string | undefined;
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
  let before = 0;
  const transaction = database.transaction(['shelves', 'texts', 'meta'], 'readwrite');
  await commitWrites(transaction, async () => {
    const shelves = unwrap(transaction.objectStore('shelves'));
    const texts = unwrap(transaction.objectStore('texts'));
    const raised = raiseGeneration(unwrap(transaction.objectStore('meta')));
    const found = await lookUp(shelves, records);
    const kept = decide(found);
    const replaced = new Map<string, Set<string>>();
    const shelfOf = new Map<string, string>();
    records.forEach((record, index) => {
      const shelf = found[index]?.shelf;
      if (shelf !== undefined) shelfOf.set(record.id, shelf);
    });
    for (const record of kept) {
      const shelf = shelfOf.get(record.id);
      if (shelf === undefined) continue;
      const ids = replaced.get(shelf) ?? new Set<string>();
      ids.add(record.id);
      replaced.set(shelf, ids);
    }
    await takeOffShelves(shelves, texts, replaced);
    await putOnShelves(shelves, texts, kept);
    before = await raised;
  });
  return before;
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
  const transaction = database.transaction(['shelves', 'texts'], 'readonly');
  const shelves = unwrap(transaction.objectStore('shelves'));
  const byArticle = shelves.index('by-article');
  const keys = await Promise.all(ids.map((id) => request(byArticle.getKey(id))));
  const held = new Set<string>();
  for (const key of keys) if (key !== undefined) held.add(String(key));
  const read = await readShelves(shelves, unwrap(transaction.objectStore('texts')), [...held]);
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
  let before = 0;
  const transaction = database.transaction(['shelves', 'texts', 'meta'], 'readwrite');
  await commitWrites(transaction, async () => {
    const shelves = unwrap(transaction.objectStore('shelves'));
    const raised = raiseGeneration(unwrap(transaction.objectStore('meta')));
    const byArticle = shelves.index('by-article');
    const keys = await Promise.all(ids.map((id) => request(byArticle.getKey(id))));
    const gone = new Map<string, Set<string>>();
    keys.forEach((key, index) => {
      if (key === undefined) return;
      const shelf = String(key);
      const set = gone.get(shelf) ?? new Set<string>();
      set.add(ids[index] as string);
      gone.set(shelf, set);
    });
    await takeOffShelves(shelves, unwrap(transaction.objectStore('texts')), gone);
    before = await raised;
  });
  return before;
}

/** Removes every article and correction in one transaction; resolves with the generation before it. */
export async function clearLibrary(database: MarsadDatabase): Promise<number> {
  let before = 0;
  const transaction = database.transaction(['shelves', 'texts', 'corrections', 'meta'], 'readwrite');
  await commitWrites(transaction, async () => {
    const raised = raiseGeneration(unwrap(transaction.objectStore('meta')));
    unwrap(transaction.objectStore('shelves')).clear();
    unwrap(transaction.objectStore('texts')).clear();
    unwrap(transaction.objectStore('corrections')).clear();
    before = await raised;
  });
  return before;
}

/**
 * For each record, the stored article with its fingerprint, whether its id is stored and on which shelf. An empty
 * library needs no lookup; a library not much larger than the batch is read in one key scan of the fingerprint
 * index; otherwise each record is looked up in the indexes, every request issued before any answer is awaited.
 */
async function lookUp(shelves: IDBObjectStore, records: readonly ArticleRecord[]): Promise<Found[]> {
  const byArticle = shelves.index('by-article');
  const byFingerprint = shelves.index('by-fingerprint');
  const count = await request(byArticle.count());
  if (count === 0) return records.map(() => ({ owner: undefined, stored: false, shelf: undefined }));
  if (count <= records.length * 4) {
    const owners = new Map<string, string>();
    const shelfOf = new Map<string, string>();
    await scanKeys(byFingerprint, (key, shelf) => {
      const [fingerprint, id] = key as [string, string];
      if (!owners.has(fingerprint)) owners.set(fingerprint, id);
      shelfOf.set(id, shelf);
    });
    return records.map((record) => {
      const shelf = shelfOf.get(record.id);
      return { owner: owners.get(record.fingerprint), stored: shelf !== undefined, shelf };
    });
  }
  return Promise.all(
    records.map(async (record) => {
      const [owner, shelf] = await Promise.all([
        firstKey(byFingerprint, IDBKeyRange.bound([record.fingerprint], [record.fingerprint, []])),
        request(byArticle.getKey(record.id)),
      ]);
      return {
        owner: owner === undefined ? undefined : (owner as [string, string])[1],
        stored: shelf !== undefined,
        shelf: shelf === undefined ? undefined : String(shelf),
      };
    }),
  );
}

/** Takes these articles off their shelves: each shelf is written again without them, or deleted once empty. */
async function takeOffShelves(
  shelves: IDBObjectStore,
  texts: IDBObjectStore,
  leaving: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<void> {
  if (leaving.size === 0) return;
  for (const { shelf, texts: shelfTexts } of await readShelves(shelves, texts, [...leaving.keys()])) {
    const gone = leaving.get(shelf.id) as ReadonlySet<string>;
    let remaining: ArticleRecord[];
    try {
      remaining = decodeShelf(shelf, shelfTexts).filter((record) => !gone.has(record.id));
    } catch {
      // A damaged shelf: only its other articles are lost, and they were unreadable already.
      remaining = [];
    }
    if (remaining.length === 0) {
      shelves.delete(shelf.id);
      texts.delete(shelf.id);
    } else {
      await putAll(shelves, texts, [() => encodeShelf(remaining, shelf.id)]);
    }
  }
}

function scanKeys(index: IDBIndex, visit: (key: IDBValidKey, primaryKey: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const cursorRequest = index.openKeyCursor();
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('reading an index failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) {
        resolve();
        return;
      }
      visit(cursor.key, String(cursor.primaryKey));
      cursor.continue();
    };
  });
}

/** The first key of an index in a range, if any. */
async function firstKey(index: IDBIndex, range: IDBKeyRange): Promise<IDBValidKey | undefined> {
  const cursor = await request(index.openKeyCursor(range));
  return cursor?.key;
}
