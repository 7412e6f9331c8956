import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLibraryChannel } from '../../../src/persistence/library-channel';
import { article, event, extraction, freshName, openTestLibrary } from './library-fixtures';

const TOBRUK = 'Unidentified warplanes struck a camp near Tobruk on Friday, killing two.';
const DERNA = 'Shelling hit the old city of Derna on Saturday, residents said.';

afterEach(() => vi.restoreAllMocks());

function failPutsWith(name: string) {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', name);
  });
}

describe('nothing is lost', () => {
  it('keeps what was saved when the storage is full, and says so', async () => {
    const name = freshName();
    const { service, store, database } = await openTestLibrary(name);
    await service.commit([
      { article: article('a', TOBRUK), extraction: extraction('a', [event('e1', 'a')]) },
    ]);
    failPutsWith('QuotaExceededError');
    const result = await service.commit([
      { article: article('b', DERNA), extraction: extraction('b', [event('e2', 'b')]) },
    ]);
    vi.restoreAllMocks();
    expect(result.failure?.kind).toBe('quota');
    expect(result.added).toEqual([]);
    expect(store.getState().articleOrder).toEqual(['a']);
    expect(store.getState().events.map((item) => item.id)).toEqual(['e1']);
    database.close();
    const reopened = await openTestLibrary(name);
    expect(reopened.store.getState().articleOrder).toEqual(['a']);
  });

  it('stores a batch whole or not at all', async () => {
    const name = freshName();
    const { service, database } = await openTestLibrary(name);
    let calls = 0;
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls += 1;
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const result = await service.commit([
      { article: article('a', TOBRUK), extraction: extraction('a', []) },
      { article: article('b', DERNA), extraction: extraction('b', []) },
    ]);
    vi.restoreAllMocks();
    expect(result.failure?.kind).toBe('quota');
    database.close();
    const reopened = await openTestLibrary(name);
    expect(reopened.store.getState().articleOrder).toEqual([]);
  });

  it('keeps a correction only once it is saved', async () => {
    const { service, store } = await openTestLibrary(freshName());
    await service.commit([
      { article: article('a', TOBRUK), extraction: extraction('a', [event('e1', 'a')]) },
    ]);
    failPutsWith('QuotaExceededError');
    const failure = await service.correct([{ kind: 'not-event', event_id: 'e1', updatedAt: 1 }]);
    vi.restoreAllMocks();
    expect(failure?.kind).toBe('quota');
    expect(store.getState().events.map((item) => item.id)).toEqual(['e1']);
  });

  it('shows another tab what this tab saved, deleted and corrected', async () => {
    const name = freshName();
    const channelName = `channel-${name}`;
    const first = await openTestLibrary(name, openLibraryChannel(channelName));
    const second = await openTestLibrary(name, openLibraryChannel(channelName));
    const settled = () => new Promise((resolve) => setTimeout(resolve, 60));

    await first.service.commit([
      { article: article('a', TOBRUK), extraction: extraction('a', [event('e1', 'a')]) },
    ]);
    await settled();
    expect(second.store.getState().articleOrder).toEqual(['a']);
    expect(second.store.getState().events.map((item) => item.id)).toEqual(['e1']);

    await first.service.correct([{ kind: 'edit', event_id: 'e1', fields: { fatalities: 3 }, updatedAt: 1 }]);
    await settled();
    expect(second.store.getState().events[0]?.fatalities).toBe(3);

    await second.service.remove(['a']);
    await settled();
    expect(first.store.getState().articleOrder).toEqual([]);
    first.service.dispose();
    second.service.dispose();
  });

  it('keeps the same text once when two tabs save it at the same time', async () => {
    const name = freshName();
    const first = await openTestLibrary(name);
    const second = await openTestLibrary(name);
    const [one, two] = await Promise.all([
      first.service.commit([{ article: article('a', DERNA), extraction: extraction('a', []) }]),
      second.service.commit([{ article: article('b', DERNA), extraction: extraction('b', []) }]),
    ]);
    expect(one.added.length + two.added.length).toBe(1);
    expect(one.duplicates.length + two.duplicates.length).toBe(1);
  });
});
