import { unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { textFingerprint } from '../library/text-fingerprint';
import { decodeRecord, encodeRecord, hasObjectEvents } from './record-codec';
import type { EventCorrection } from '../corrections/correction-types';
import { upgradeCorrectionIds, upgradeRecordEventIds } from './event-id-upgrade';
import { decodeShelf, encodeShelf, encodeShelves, readShelf } from './shelf-codec';
import { request } from './shelf-requests';
import {
  LIBRARY_GENERATION_KEY,
  MERGED_EVENTS_KEY,
  UNREADABLE_ARTICLES_KEY,
  type ArticleRecord,
  type CatalogRecord,
  type MarsadSchema,
  type MarsadStoreName,
  type MetaRecord,
  type ShelfCatalogRecord,
  type ShelfRecord,
  type ShelfTexts,
  type StoredArticleRecord,
} from './schema';

type UpgradeTransaction = IDBPTransaction<MarsadSchema, MarsadStoreName[], 'versionchange'>;

/**
 * One step from version `to - 1` to version `to`. Steps run inside the upgrade transaction, in order, so a
 * database of any older version reaches the current one; if a step fails, the upgrade aborts and the data
 * stays as it was. Steps must be synchronous in effect: awaiting anything but their own requests would let
 * the upgrade transaction commit early. They use the plain IndexedDB interface, since the stores of older
 * versions (one `articles` record per article until version 3) are not in the current schema's types.
 */
export interface Migration {
  to: number;
  describe: string;
  run: (database: IDBDatabase, transaction: IDBTransaction) => Promise<void> | void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    describe: 'articles with their extraction, corrections by event id, meta flags',
    run: (database) => {
      database.createObjectStore('articles', { keyPath: 'id' });
      database.createObjectStore('corrections', { keyPath: 'event_id' });
      database.createObjectStore('meta', { keyPath: 'key' });
    },
  },
  {
    to: 2,
    describe: 'fingerprint every article by its normalised text, so the same text is kept once',
    run: (_database, transaction) => {
      const articles = transaction.objectStore('articles');
      articles.createIndex('by-fingerprint', 'fingerprint');
      return eachRecord(articles, (cursor) => {
        const record = cursor.value as Partial<ArticleRecord> | null;
        const text: unknown = record?.article?.text;
        // A record with no text to fingerprint is left as it is: version 4 sets it aside, the others go on.
        if (record && typeof record.fingerprint !== 'string' && typeof text === 'string') {
          cursor.update({ ...record, fingerprint: textFingerprint(text) });
        }
      });
    },
  },
  {
    to: 3,
    describe: 'keep every event as its JSON text, which the browser saves and reads several times faster',
    run: async (_database, transaction) => {
      const articles = transaction.objectStore('articles');
      // Generation 0 stands for a library no article was ever written to (see library-generation.ts).
      if ((await request(articles.count())) > 0) {
        transaction.objectStore('meta').put({ key: LIBRARY_GENERATION_KEY, value: 1 } satisfies MetaRecord);
      }
      await eachRecord(articles, (cursor) => {
        const stored = cursor.value as StoredArticleRecord;
        if (!hasObjectEvents(stored)) return;
        try {
          cursor.update(encodeRecord(decodeRecord(stored)));
        } catch {
          // A record that cannot be read is left as it is: version 4 sets it aside, the others go on.
        }
      });
    },
  },
  {
    to: 4,
    describe:
      'keep articles a few hundred to a record (shelves), their texts apart, instead of one record each',
    run: async (database, transaction) => {
      const shelves = database.createObjectStore('shelves', { keyPath: 'id' });
      const texts = database.createObjectStore('texts', { keyPath: 'id' });
      const catalog = database.createObjectStore('catalog', { keyPath: 'id' });
      const stored = await request(transaction.objectStore('articles').getAll());
      const records: ArticleRecord[] = [];
      const unreadable: unknown[] = [];
      for (const item of stored) {
        const record = readableRecord(item);
        if (record) records.push(record);
        else unreadable.push(item);
      }
      records.sort((a, b) => a.addedAt - b.addedAt);
      for (const shelf of encodeShelves(records)) {
        // Each shelf is read back before the old store goes: an article that does not read back whole is set
        // aside as it was stored, never lost, and its shelf is written without it.
        const reading = readShelf(shelf.shelf, shelf.texts);
        let written = shelf;
        if (reading.unreadable.length > 0) {
          const bad = new Set(reading.unreadable.map((item) => item.id));
          for (const item of stored) {
            if (bad.has((item as { id?: unknown } | null)?.id as string)) unreadable.push(item);
          }
          written = encodeShelf(
            reading.records.filter((record) => !bad.has(record.id)),
            shelf.shelf.id,
          );
        }
        shelves.put(written.shelf);
        texts.put(written.texts);
        for (const entry of written.catalog) catalog.put(entry);
      }
      if (unreadable.length > 0) {
        // Such articles were never shown (they could not be read); they are kept, not dropped.
        const value = { records: unreadable };
        transaction.objectStore('meta').put({ key: UNREADABLE_ARTICLES_KEY, value } satisfies MetaRecord);
      }
      database.deleteObjectStore('articles');
    },
  },
  {
    to: 5,
    describe:
      'widen event ids from 53 to 128 bits (no two events of a large library share one), corrections following them',
    run: async (_database, transaction) => {
      const shelves = transaction.objectStore('shelves');
      const [stored, texts] = await Promise.all([
        request(shelves.getAll() as IDBRequest<ShelfRecord[]>),
        request(transaction.objectStore('texts').getAll() as IDBRequest<ShelfTexts[]>),
      ]);
      const textsOf = new Map(texts.map((item) => [item.id, item]));
      const renamed = new Map<string, string>();
      for (const shelf of stored) {
        let records: ArticleRecord[];
        try {
          records = decodeShelf(shelf, textsOf.get(shelf.id));
        } catch {
          continue; // A damaged shelf is left as it is (its articles could not be read before either).
        }
        const upgrade = upgradeRecordEventIds(records);
        if (upgrade.renamed.size === 0) continue;
        for (const [from, to] of upgrade.renamed) if (!renamed.has(from)) renamed.set(from, to);
        shelves.put(encodeShelf(upgrade.records, shelf.id).shelf);
      }
      const correctionStore = transaction.objectStore('corrections');
      const corrections = await request(correctionStore.getAll() as IDBRequest<EventCorrection[]>);
      const { save, remove } = upgradeCorrectionIds(corrections, renamed);
      for (const id of remove) correctionStore.delete(id);
      for (const correction of save) correctionStore.put(correction);
      // The saved merge names the old ids: the library is merged again once.
      transaction.objectStore('meta').delete(MERGED_EVENTS_KEY);
    },
  },
  {
    to: 6,
    describe:
      'one catalog entry per article (its shelf and fingerprint), so deleting an article writes nothing',
    run: async (_database, transaction) => {
      const catalog = transaction.objectStore('catalog');
      const records = await request(catalog.getAll() as IDBRequest<unknown[]>);
      const entries: CatalogRecord[] = [];
      for (const record of records) {
        const old = record as Partial<ShelfCatalogRecord>;
        if (typeof old.id !== 'string' || typeof old.articles !== 'string') continue;
        catalog.delete(old.id);
        for (const [id, fingerprint] of shelfCatalogEntries(old.articles)) {
          entries.push({ id, shelf: old.id, fingerprint });
        }
      }
      for (const entry of entries) catalog.put(entry);
    },
  },
];

/** The `[article id, fingerprint]` pairs of a version 4–5 catalog record; none when it cannot be read. */
function shelfCatalogEntries(text: string): [string, string][] {
  try {
    const entries = JSON.parse(text) as unknown;
    if (!Array.isArray(entries)) return [];
    return entries.filter(
      (entry): entry is [string, string] =>
        Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string',
    );
  } catch {
    return [];
  }
}

/** Runs every step above `oldVersion` up to `newVersion`, in order. */
export async function runMigrations(
  database: IDBPDatabase<MarsadSchema>,
  oldVersion: number,
  newVersion: number,
  transaction: UpgradeTransaction,
): Promise<void> {
  const plainDatabase = unwrap(database);
  const plainTransaction = unwrap(transaction);
  for (const migration of MIGRATIONS) {
    if (migration.to > oldVersion && migration.to <= newVersion) {
      await migration.run(plainDatabase, plainTransaction);
    }
  }
}

/** A version 3 (or older) article record as the library uses it, or null when it cannot be read. */
function readableRecord(stored: unknown): ArticleRecord | null {
  try {
    const record = decodeRecord(stored as StoredArticleRecord);
    const article = record.article as Partial<ArticleRecord['article']> | null;
    if (typeof record.id !== 'string' || typeof article?.text !== 'string') return null;
    return record;
  } catch {
    return null;
  }
}

/** Visits every record of a store with a cursor (which `visit` may update), resolving at the end. */
function eachRecord(store: IDBObjectStore, visit: (cursor: IDBCursorWithValue) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const cursorRequest = store.openCursor();
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('reading a store failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) {
        resolve();
        return;
      }
      try {
        visit(cursor);
        cursor.continue();
      } catch (error) {
        reject(error);
      }
    };
  });
}
