import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { textFingerprint } from '../library/text-fingerprint';
import { decodeRecord, encodeRecord, hasObjectEvents } from './record-codec';
import {
  LIBRARY_GENERATION_KEY,
  type ArticleRecord,
  type MarsadSchema,
  type MarsadStoreName,
  type StoredArticleRecord,
} from './schema';

type UpgradeTransaction = IDBPTransaction<MarsadSchema, MarsadStoreName[], 'versionchange'>;

/**
 * One step from version `to - 1` to version `to`. Steps run inside the upgrade transaction, in order, so a
 * database of any older version reaches the current one; if a step fails, the upgrade aborts and the data
 * stays as it was. Steps must be synchronous in effect: awaiting anything but their own requests would let
 * the upgrade transaction commit early.
 */
export interface Migration {
  to: number;
  describe: string;
  run: (database: IDBPDatabase<MarsadSchema>, transaction: UpgradeTransaction) => Promise<void> | void;
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
    run: async (_database, transaction) => {
      const articles = transaction.objectStore('articles');
      articles.createIndex('by-fingerprint', 'fingerprint');
      let cursor = await articles.openCursor();
      while (cursor) {
        const record = cursor.value as unknown as Partial<ArticleRecord> & Pick<ArticleRecord, 'article'>;
        if (typeof record.fingerprint !== 'string') {
          await cursor.update({
            ...record,
            fingerprint: textFingerprint(record.article.text),
          } as unknown as StoredArticleRecord);
        }
        cursor = await cursor.continue();
      }
    },
  },
  {
    to: 3,
    describe: 'keep every event as its JSON text, which the browser saves and reads several times faster',
    run: async (_database, transaction) => {
      let cursor = await transaction.objectStore('articles').openCursor();
      // Generation 0 stands for a library no article was ever written to (see library-generation.ts).
      if (cursor) await transaction.objectStore('meta').put({ key: LIBRARY_GENERATION_KEY, value: 1 });
      while (cursor) {
        if (hasObjectEvents(cursor.value)) await cursor.update(encodeRecord(decodeRecord(cursor.value)));
        cursor = await cursor.continue();
      }
    },
  },
];

/** Runs every step above `oldVersion` up to `newVersion`, in order. */
export async function runMigrations(
  database: IDBPDatabase<MarsadSchema>,
  oldVersion: number,
  newVersion: number,
  transaction: UpgradeTransaction,
): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (migration.to > oldVersion && migration.to <= newVersion) await migration.run(database, transaction);
  }
}
