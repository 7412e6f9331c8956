import type { MarsadDatabase } from './database';
import type { MetaRecord } from './schema';

export async function readMeta(
  database: MarsadDatabase,
  key: string,
): Promise<MetaRecord['value'] | undefined> {
  return (await database.get('meta', key))?.value;
}

export async function writeMeta(
  database: MarsadDatabase,
  key: string,
  value: MetaRecord['value'],
): Promise<void> {
  await database.put('meta', { key, value });
}
