import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { openMarsadDatabase } from '../../../src/persistence/database';
import { MIGRATIONS } from '../../../src/persistence/migrations';
import { encodeRecord } from '../../../src/persistence/record-codec';
import {
  BUNDLED_LOADED_KEY,
  SCHEMA_VERSION,
  UNREADABLE_ARTICLES_KEY,
  type ArticleRecord,
} from '../../../src/persistence/schema';
import { readMeta } from '../../../src/persistence/meta-store';
import { textFingerprint } from '../../../src/library/text-fingerprint';
import { article, event, extraction, freshName, openTestLibrary } from '../library/library-fixtures';
import type { ConflictEvent } from '../../../src/pipeline/types';

/** A database left at an older schema version, written through the plain (untyped) interface. */
async function openOld(name: string, version: number): Promise<IDBPDatabase> {
  (await openMarsadDatabase({ name, version })).close();
  return openDB(name);
}

function record(id: string, text: string, events = [event(`${id}-1`, id)], addedAt = 5): ArticleRecord {
  return {
    id,
    article: article(id, text),
    extraction: extraction(id, events),
    fingerprint: textFingerprint(text),
    bundled: false,
    addedAt,
  };
}

const TARHUNA = 'Clashes in Tarhuna on Sunday left three dead.';
const MURZUQ = 'A US strike near Murzuq killed eight.';
const SIRTE = 'Shelling hit Sirte on Monday, the municipality said.';

describe('schema migrations', () => {
  it('has one step for every version up to the current one', () => {
    expect(MIGRATIONS.map((migration) => migration.to)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, index) => index + 1),
    );
  });

  it('creates the current schema in an empty browser', async () => {
    const database = await openMarsadDatabase({ name: freshName() });
    expect(database.version).toBe(SCHEMA_VERSION);
    expect([...database.objectStoreNames].sort()).toEqual([
      'catalog',
      'corrections',
      'meta',
      'shelves',
      'texts',
    ]);
    database.close();
  });

  it('fingerprints the articles a version 1 library saved, keeping them and their events', async () => {
    const name = freshName();
    const old = await openOld(name, 1);
    await old.put('articles', {
      id: 'a',
      article: article('a', TARHUNA),
      extraction: extraction('a', [event('e1', 'a')]),
      bundled: false,
      addedAt: 5,
    });
    old.close();

    const library = await openTestLibrary(name);
    const [stored] = library.service.records();
    expect(stored?.fingerprint).toBe(textFingerprint(TARHUNA));
    expect(stored?.addedAt).toBe(5);
    expect(library.store.getState().events.map((item) => item.id)).toEqual(['e1']);
    const again = await library.service.commit([
      { article: article('b', TARHUNA), extraction: extraction('b', []) },
    ]);
    expect(again.duplicates).toEqual([{ id: 'b', existingId: 'a' }]);
    library.database.close();
  });

  it('sets aside a malformed record of a version 1 library and opens with the others', async () => {
    const name = freshName();
    const old = await openOld(name, 1);
    // A record the upgrade cannot read: no article text to fingerprint.
    await old.put('articles', { id: 'broken', article: null });
    await old.put('articles', {
      id: 'a',
      article: article('a', TARHUNA),
      extraction: extraction('a', [event('e1', 'a')]),
      bundled: false,
      addedAt: 5,
    });
    old.close();

    const library = await openTestLibrary(name);
    expect(library.database.version).toBe(SCHEMA_VERSION);
    expect(library.store.getState().articleOrder).toEqual(['a']);
    expect(library.store.getState().events.map((item) => item.id)).toEqual(['e1']);
    expect(await readMeta(library.database, UNREADABLE_ARTICLES_KEY)).toEqual({
      records: [{ id: 'broken', article: null }],
    });
    library.database.close();
  });

  it('keeps every article of a version 3 library in which one event lacks its location key', async () => {
    const name = freshName();
    const old = await openOld(name, 3);
    const { location: _location, ...placeless } = event('e9', 'b');
    for (let index = 0; index < 250; index += 1) {
      const id = `n${String(index).padStart(3, '0')}`;
      await old.put(
        'articles',
        encodeRecord(record(id, `${index}: ${SIRTE}`, [event(`x${index}`, id)], index)),
      );
    }
    await old.put(
      'articles',
      encodeRecord(record('b', MURZUQ, [placeless as ConflictEvent, event('e10', 'b')], 300)),
    );
    old.close();

    const library = await openTestLibrary(name);
    const state = library.store.getState();
    expect(state.articleOrder).toHaveLength(251);
    expect(library.service.extractionOf('b')?.events.map((item) => [item.id, item.location])).toEqual([
      ['e9', null],
      ['e10', 'Murzuq'],
    ]);
    library.database.close();
    const reopened = await openTestLibrary(name);
    expect(reopened.store.getState().articleOrder).toHaveLength(251);
    reopened.database.close();
  });

  it('keeps the events a version 2 library saved as objects', async () => {
    const name = freshName();
    const old = await openOld(name, 2);
    await old.put('articles', record('a', MURZUQ, [event('e1', 'a')]));
    old.close();

    const library = await openTestLibrary(name);
    expect(library.service.extractionOf('a')?.events).toEqual([event('e1', 'a')]);
    expect(library.store.getState().events.map((item) => item.id)).toEqual(['e1']);
    library.database.close();
  });

  it('opens a version 3 library with its articles, texts, events, corrections and flags intact', async () => {
    const name = freshName();
    const old = await openOld(name, 3);
    const sirte = { ...record('c', SIRTE, [event('e3', 'c', { location: 'Sirte' })], 7), bundled: true };
    for (const item of [record('b', MURZUQ, [event('e2', 'b')], 6), record('a', TARHUNA, [], 5), sirte]) {
      await old.put('articles', encodeRecord(item));
    }
    await old.put('corrections', { kind: 'not-event', event_id: 'e2', updatedAt: 9 });
    await old.put('meta', { key: BUNDLED_LOADED_KEY, value: true });
    await old.put('meta', { key: 'library-generation', value: 4 });
    old.close();

    const library = await openTestLibrary(name);
    const state = library.store.getState();
    expect(state.articleOrder).toEqual(['a', 'b', 'c']);
    expect(state.articles['b']?.text).toBe(MURZUQ);
    expect(state.articles['c']).toEqual(article('c', SIRTE));
    expect(state.articleStatus['c']?.bundled).toBe(true);
    expect(state.articleStatus['b']?.eventCount).toBe(1);
    expect(library.service.extractionOf('c')?.events).toEqual([event('e3', 'c', { location: 'Sirte' })]);
    expect(Object.keys(state.corrections)).toEqual(['e2']);
    expect(state.events.map((item) => item.id)).toEqual(['e3']);
    expect(await readMeta(library.database, BUNDLED_LOADED_KEY)).toBe(true);
    expect(await library.service.remove(['a'])).toBeNull();
    library.database.close();

    const reopened = await openTestLibrary(name);
    expect(reopened.store.getState().articleOrder).toEqual(['b', 'c']);
    expect(reopened.store.getState().articles['b']?.text).toBe(MURZUQ);
    reopened.database.close();
  });

  it('sets aside an article a version 3 library could not read, and opens with the others', async () => {
    const name = freshName();
    const old = await openOld(name, 3);
    const damaged = { ...encodeRecord(record('bad', SIRTE)), extraction: { events: ['{not json'] } };
    await old.put('articles', damaged);
    await old.put('articles', encodeRecord(record('a', MURZUQ)));
    old.close();

    const library = await openTestLibrary(name);
    expect(library.store.getState().articleOrder).toEqual(['a']);
    expect(await readMeta(library.database, UNREADABLE_ARTICLES_KEY)).toEqual({ records: [damaged] });
    library.database.close();
  });
});
