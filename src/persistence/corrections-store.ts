import { commitWrites } from './write-transaction';
import type { EventCorrection } from '../corrections/correction-types';
import type { MarsadDatabase } from './database';

export async function loadCorrections(database: MarsadDatabase): Promise<EventCorrection[]> {
  return database.getAll('corrections');
}

/** Saves and removes corrections in one transaction. */
export async function writeCorrections(
  database: MarsadDatabase,
  save: readonly EventCorrection[],
  remove: readonly string[] = [],
): Promise<void> {
  await commitWrites(database.transaction('corrections', 'readwrite'), (transaction) => {
    for (const correction of save) void transaction.store.put(correction).catch(() => undefined);
    for (const id of remove) void transaction.store.delete(id).catch(() => undefined);
  });
}
