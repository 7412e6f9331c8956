import { openDB, type IDBPDatabase } from 'idb';
import { runMigrations } from './migrations';
import { DATABASE_NAME, SCHEMA_VERSION, type MarsadSchema } from './schema';

export type MarsadDatabase = IDBPDatabase<MarsadSchema>;

export interface OpenOptions {
  name?: string;
  /** Opens at an older version (tests of migrations); defaults to the current schema version. */
  version?: number;
  /** Called when another tab wants a newer schema: the connection closes so that tab is not blocked. */
  onVersionChange?: () => void;
}

/** Opens (creating or migrating as needed) Marsad's IndexedDB database. */
export async function openMarsadDatabase(options: OpenOptions = {}): Promise<MarsadDatabase> {
  const version = options.version ?? SCHEMA_VERSION;
  const database = await openDB<MarsadSchema>(options.name ?? DATABASE_NAME, version, {
    upgrade: (upgrading, oldVersion, newVersion, transaction) => {
      // A step that fails aborts the upgrade, so the database stays at its old version with its data intact.
      runMigrations(upgrading, oldVersion, newVersion ?? version, transaction).catch(() =>
        transaction.abort(),
      );
      // The open request reports the abort; the transaction's own promise must not be left unhandled.
      transaction.done.catch(() => undefined);
    },
    blocking: () => {
      database.close();
      options.onVersionChange?.();
    },
  });
  return database;
}
