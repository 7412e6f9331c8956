import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openMarsadDatabase } from '../../../src/persistence/database';
import { MIGRATIONS } from '../../../src/persistence/migrations';
import { SCHEMA_VERSION } from '../../../src/persistence/schema';
import { textFingerprint } from '../../../src/library/text-fingerprint';
import { article, event, extraction, freshName, openTestLibrary } from '../library/library-fixtures';

describe('schema migrations', () => {
  it('has one step for every version up to the current one', () => {
    expect(MIGRATIONS.map((migration) => migration.to)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, index) => index + 1),
    );
  });

  it('creates the current schema in an empty browser', async () => {
    const database = await openMarsadDatabase({ name: freshName() });
    expect(database.version).toBe(SCHEMA_VERSION);
    expect([...database.objectStoreNames].sort()).toEqual(['articles', 'corrections', 'meta']);
    expect([...database.transaction('articles').store.indexNames]).toEqual(['by-fingerprint']);
    database.close();
  });

  it('fingerprints the articles a version 1 library saved, keeping them and their events', async () => {
    const name = freshName();
    const old = await openMarsadDatabase({ name, version: 1 });
    const text = 'Clashes in Tarhuna on Sunday left three dead.';
    await old.put('articles', {
      id: 'a',
      article: article('a', text),
      extraction: extraction('a', []),
      bundled: false,
      addedAt: 5,
    } as never);
    old.close();

    const upgraded = await openMarsadDatabase({ name });
    const record = await upgraded.get('articles', 'a');
    expect(record?.fingerprint).toBe(textFingerprint(text));
    expect(record?.addedAt).toBe(5);
    expect(await upgraded.getKeyFromIndex('articles', 'by-fingerprint', textFingerprint(text))).toBe('a');
    upgraded.close();
  });

  it('leaves a version 1 library untouched when the upgrade fails', async () => {
    const name = freshName();
    const old = await openMarsadDatabase({ name, version: 1 });
    // A record the upgrade cannot read: no article text to fingerprint.
    await old.put('articles', { id: 'broken', article: null } as never);
    old.close();

    await expect(openMarsadDatabase({ name })).rejects.toBeTruthy();
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.get('articles', 'broken')).toEqual({ id: 'broken', article: null });
    raw.close();
  });

  it('keeps the events a version 2 library saved, now stored as text', async () => {
    const name = freshName();
    const old = await openMarsadDatabase({ name, version: 2 });
    const text = 'A US strike near Murzuq killed eight.';
    await old.put('articles', {
      id: 'a',
      article: article('a', text),
      extraction: extraction('a', [event('e1', 'a')]),
      fingerprint: textFingerprint(text),
      bundled: false,
      addedAt: 5,
    } as never);
    old.close();

    const upgraded = await openMarsadDatabase({ name });
    const stored = await upgraded.get('articles', 'a');
    expect(stored?.extraction.events).toEqual([JSON.stringify(event('e1', 'a'))]);
    upgraded.close();
    const library = await openTestLibrary(name);
    expect(library.service.extractionOf('a')?.events).toEqual([event('e1', 'a')]);
    expect(library.store.getState().events.map((item) => item.id)).toEqual(['e1']);
    library.database.close();
  });
});
