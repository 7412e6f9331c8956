import type { IDBPTransaction, StoreNames } from 'idb';
import type { MarsadSchema } from './schema';

type WriteTransaction<Stores extends ArrayLike<StoreNames<MarsadSchema>>> = IDBPTransaction<
  MarsadSchema,
  Stores,
  'readwrite'
>;

/**
 * Runs the writes of one transaction and resolves once it has committed. If a write throws (a full disk can make
 * `put` throw at once) the transaction is aborted, so nothing of it is stored, and the error is passed on.
 */
export async function commitWrites<Stores extends ArrayLike<StoreNames<MarsadSchema>>>(
  transaction: WriteTransaction<Stores>,
  writes: (transaction: WriteTransaction<Stores>) => Promise<void> | void,
): Promise<void> {
  try {
    await writes(transaction);
  } catch (error) {
    abortQuietly(transaction);
    transaction.done.catch(() => undefined);
    throw error;
  }
  await transaction.done;
}

function abortQuietly(transaction: { abort: () => void }): void {
  try {
    transaction.abort();
  } catch {
    // Already finished (it aborted itself): nothing more to undo.
  }
}
