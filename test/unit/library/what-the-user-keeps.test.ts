import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openLibraryChannel } from '../../../src/persistence/library-channel';
import { saveArticleRecords } from '../../../src/persistence/article-records';
import { openMarsadDatabase } from '../../../src/persistence/database';
import type { ArticleRecord } from '../../../src/persistence/schema';
import { textFingerprint } from '../../../src/library/text-fingerprint';
import type { ConflictEvent } from '../../../src/pipeline/types';
import { article, event, extraction, freshName, openTestLibrary } from './library-fixtures';

/** Every IndexedDB put throws as on a full disk (deletes still work, as they do in the browser). */
function fillTheDisk(): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 80));

function report(index: number): {
  article: ReturnType<typeof article>;
  extraction: ReturnType<typeof extraction>;
} {
  const id = `r${index}`;
  return {
    article: article(id, `Report ${index}: shelling hit Sirte on Monday, killing ${index} people.`),
    extraction: extraction(id, [event(`${id}-e`, id, { fatalities: index })]),
  };
}

describe('what the user keeps', () => {
  it('deletes an article when the storage is full, and it stays deleted after a reload', async () => {
    const name = freshName();
    const first = await openTestLibrary(name);
    await first.service.commit([report(1), report(2), report(3)]);
    fillTheDisk();
    const failure = await first.service.remove(['r2']);
    vi.restoreAllMocks();
    expect(failure).toBeNull();
    expect(first.store.getState().articleOrder).toEqual(['r1', 'r3']);
    first.database.close();
    const reopened = await openTestLibrary(name);
    expect(reopened.store.getState().articleOrder).toEqual(['r1', 'r3']);
    expect(
      reopened.store
        .getState()
        .events.map((item) => item.fatalities)
        .sort(),
    ).toEqual([1, 3]);
    reopened.database.close();
  });

  it('keeps a deleted article deleted while another tab adds articles to the same library', async () => {
    const name = freshName();
    const channel = `channel-${name}`;
    const one = await openTestLibrary(name, openLibraryChannel(channel));
    const two = await openTestLibrary(name, openLibraryChannel(channel));
    await one.service.commit([report(1), report(2)]);
    await settled();
    // Tab one deletes while tab two's upload is on its way, batch after batch.
    const upload = (async () => {
      for (let batch = 0; batch < 5; batch += 1) {
        await two.service.commit([report(10 + batch * 2), report(11 + batch * 2)]);
      }
    })();
    await one.service.remove(['r1']);
    await upload;
    await settled();
    for (const tab of [one, two]) expect(tab.store.getState().articleOrder).not.toContain('r1');
    one.database.close();
    two.database.close();
    const reopened = await openTestLibrary(name);
    const order = reopened.store.getState().articleOrder;
    expect(order).not.toContain('r1');
    expect(order).toHaveLength(11);
    reopened.database.close();
    one.service.dispose();
    two.service.dispose();
  });

  it('keeps a stored article when an upload brings another text under the same id, storing the new one apart', async () => {
    const { service, store, database } = await openTestLibrary(freshName());
    await service.commit([report(1)]);
    const clash = {
      article: article('r1', 'A drone strike hit a farm near Tobruk on Friday, killing two people.'),
      extraction: extraction('r1', [event('other', 'r1', { location: 'Tobruk', fatalities: 2 })]),
    };
    const result = await service.commit([clash]);
    expect(result.updated).toEqual([]);
    expect(result.renamed).toEqual([{ id: 'r1', storedAs: 'r1~2' }]);
    expect(result.added).toEqual(['r1~2']);
    const state = store.getState();
    expect(state.articleOrder).toEqual(['r1', 'r1~2']);
    expect(state.articles['r1']?.text).toMatch(/^Report 1/);
    expect(state.articles['r1~2']?.text).toMatch(/Tobruk/);
    expect(state.events.map((item) => item.sources[0]?.article_id).sort()).toEqual(['r1', 'r1~2']);
    expect(state.notices.map((notice) => notice.text).join('\n')).toMatch(/r1 → r1~2/);
    // The same text under the same id is the same article: stored again, not renamed.
    const again = await service.commit([report(1)]);
    expect(again.updated).toEqual(['r1']);
    database.close();
  });

  it('lists articles whose ids are __proto__, constructor and toString', async () => {
    const name = freshName();
    const { service, store, database } = await openTestLibrary(name);
    const ids = ['__proto__', 'constructor', 'toString'];
    await service.commit(
      ids.map((id, index) => ({
        article: article(id, `Clashes ${index} broke out in Zawiya on Monday, killing ${index + 2}.`),
        extraction: extraction(id, [event(`${id}-event`, id)]),
      })),
    );
    expect(store.getState().articleOrder).toEqual(ids);
    for (const id of ids) expect(store.getState().articles[id]?.id).toBe(id);
    expect(
      await service.correct([{ kind: 'not-event', event_id: '__proto__-event', updatedAt: 1 }]),
    ).toBeNull();
    expect(
      store
        .getState()
        .events.map((item) => item.id)
        .sort(),
    ).toEqual(['constructor-event', 'toString-event']);
    database.close();
    const reopened = await openTestLibrary(name);
    expect(reopened.store.getState().articleOrder).toEqual(ids);
    reopened.database.close();
  });

  it('loses no article of a shelf when one of its events lacks its location key', async () => {
    const name = freshName();
    const database = await openMarsadDatabase({ name });
    const records: ArticleRecord[] = [];
    for (let index = 0; index < 200; index += 1) {
      const id = `a${index}`;
      const text = `Shelling hit Sirte, report ${index}.`;
      const events: ConflictEvent[] = [event(`${id}-e`, id)];
      if (index === 100) {
        const { location: _location, ...placeless } = event(`${id}-odd`, id);
        events.push(placeless as ConflictEvent);
      }
      records.push({
        id,
        article: article(id, text),
        extraction: extraction(id, events),
        fingerprint: textFingerprint(text),
        bundled: false,
        addedAt: index,
      });
    }
    await saveArticleRecords(database, records);
    database.close();
    const library = await openTestLibrary(name);
    expect(library.store.getState().articleOrder).toHaveLength(200);
    expect(library.service.extractionOf('a100')?.events.map((item) => item.location)).toEqual([
      'Murzuq',
      null,
    ]);
    library.database.close();
  });
});
