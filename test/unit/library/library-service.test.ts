import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { article, event, extraction, freshName, openTestLibrary } from './library-fixtures';

const MURZUQ = 'A US airstrike near Murzuq killed eight fighters on Tuesday.';
const SIRTE = 'Clashes broke out in Sirte on Monday between rival forces.';

describe('the library', () => {
  it('keeps committed articles and their events after a reload', async () => {
    const name = freshName();
    const first = await openTestLibrary(name);
    const result = await first.service.commit([
      { article: article('a', MURZUQ), extraction: extraction('a', [event('e1', 'a')]) },
    ]);
    expect(result).toEqual({ added: ['a'], updated: [], duplicates: [], failure: null });
    first.database.close();

    const second = await openTestLibrary(name);
    expect(second.store.getState().articleOrder).toEqual(['a']);
    expect(second.store.getState().events.map((item) => item.id)).toEqual(['e1']);
    expect(second.store.getState().articleStatus['a']?.eventCount).toBe(1);
  });

  it('keeps the same text uploaded twice only once', async () => {
    const { service, store } = await openTestLibrary(freshName());
    await service.commit([{ article: article('a', MURZUQ), extraction: extraction('a', []) }]);
    const again = await service.commit([
      { article: article('b', `  ${MURZUQ.replace(/ /g, '   ')}\n`), extraction: extraction('b', []) },
    ]);
    expect(again.duplicates).toEqual([{ id: 'b', existingId: 'a' }]);
    expect(again.added).toEqual([]);
    expect(store.getState().articleOrder).toEqual(['a']);
  });

  it('recognises a duplicate inside one batch', async () => {
    const { service, store } = await openTestLibrary(freshName());
    const result = await service.commit([
      { article: article('a', SIRTE), extraction: extraction('a', []) },
      { article: article('b', SIRTE), extraction: extraction('b', []) },
    ]);
    expect(result.added).toEqual(['a']);
    expect(result.duplicates).toEqual([{ id: 'b', existingId: 'a' }]);
    expect(store.getState().articleOrder).toEqual(['a']);
  });

  it('replaces the events of an article that is extracted again', async () => {
    const { service, store } = await openTestLibrary(freshName());
    await service.commit([
      { article: article('a', MURZUQ), extraction: extraction('a', [event('e1', 'a')]) },
    ]);
    const rerun = await service.commit([
      { article: article('a', MURZUQ), extraction: extraction('a', [event('e1', 'a'), event('e2', 'a')]) },
    ]);
    expect(rerun.updated).toEqual(['a']);
    expect(store.getState().events.map((item) => item.id)).toEqual(['e1', 'e2']);
    expect(store.getState().articleOrder).toEqual(['a']);
  });

  it('deletes an article with its events, also after a reload', async () => {
    const name = freshName();
    const { service, store, database } = await openTestLibrary(name);
    await service.commit([
      { article: article('a', MURZUQ), extraction: extraction('a', [event('e1', 'a')]) },
      { article: article('b', SIRTE), extraction: extraction('b', [event('e2', 'b')]) },
    ]);
    expect(await service.remove(['a'])).toBeNull();
    expect(store.getState().events.map((item) => item.id)).toEqual(['e2']);
    database.close();
    const reopened = await openTestLibrary(name);
    expect(reopened.store.getState().articleOrder).toEqual(['b']);
  });

  it('accepts the same text again once the first copy is deleted', async () => {
    const { service } = await openTestLibrary(freshName());
    await service.commit([{ article: article('a', MURZUQ), extraction: extraction('a', []) }]);
    await service.remove(['a']);
    const result = await service.commit([{ article: article('b', MURZUQ), extraction: extraction('b', []) }]);
    expect(result.added).toEqual(['b']);
  });

  it('empties the library and its corrections when cleared', async () => {
    const name = freshName();
    const { service, store, database } = await openTestLibrary(name);
    await service.commit([
      { article: article('a', MURZUQ), extraction: extraction('a', [event('e1', 'a')]) },
    ]);
    await service.correct([{ kind: 'not-event', event_id: 'e1', updatedAt: 1 }]);
    expect(await service.clear()).toBeNull();
    expect(store.getState().articleOrder).toEqual([]);
    expect(store.getState().events).toEqual([]);
    database.close();
    const reopened = await openTestLibrary(name);
    expect(reopened.store.getState().articleOrder).toEqual([]);
    expect(reopened.store.getState().corrections).toEqual({});
  });

  it('keeps bundled samples marked as samples', async () => {
    const { service, store } = await openTestLibrary(freshName());
    await service.commit([{ article: article('a', MURZUQ), extraction: extraction('a', []) }], {
      bundled: true,
    });
    expect(store.getState().articleStatus['a']?.bundled).toBe(true);
  });
});
