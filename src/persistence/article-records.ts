import { commitWrites } from './write-transaction';
import type { MarsadDatabase } from './database';
import type { ArticleRecord } from './schema';

/**
 * Stores the records in one transaction: all of them are saved or none is. Resolves once the transaction has
 * committed (only then is a write acknowledged).
 */
export async function saveArticleRecords(
  database: MarsadDatabase,
  records: readonly ArticleRecord[],
): Promise<void> {
  await commitWrites(database.transaction('articles', 'readwrite'), (transaction) => {
    for (const record of records) void transaction.store.put(record).catch(() => undefined);
  });
}

/** Every stored article with its extraction, in one request. */
export async function loadArticleRecords(database: MarsadDatabase): Promise<ArticleRecord[]> {
  return database.getAll('articles');
}

/** The records with these ids that exist (missing ids are skipped). */
export async function readArticleRecords(
  database: MarsadDatabase,
  ids: readonly string[],
): Promise<ArticleRecord[]> {
  const transaction = database.transaction('articles', 'readonly');
  const found = await Promise.all(ids.map((id) => transaction.store.get(id)));
  await transaction.done;
  return found.filter((record): record is ArticleRecord => record !== undefined);
}

/** Removes articles (with their events) in one transaction. */
export async function deleteArticleRecords(database: MarsadDatabase, ids: readonly string[]): Promise<void> {
  await commitWrites(database.transaction('articles', 'readwrite'), (transaction) => {
    for (const id of ids) void transaction.store.delete(id).catch(() => undefined);
  });
}
