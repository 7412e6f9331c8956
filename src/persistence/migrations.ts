import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { textFingerprint } from '../library/text-fingerprint';
import type { ArticleRecord, MarsadSchema, MarsadStoreName } from './schema';

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
        const record = cursor.value as Partial<ArticleRecord> & Pick<ArticleRecord, 'article'>;
        if (typeof record.fingerprint !== 'string') {
          await cursor.update({
            ...record,
            fingerprint: textFingerprint(record.article.text),
          } as ArticleRecord);
        }
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
