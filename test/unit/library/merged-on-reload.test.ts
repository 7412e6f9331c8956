import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events';
import { GroupedMerge } from '../../../src/library/grouped-merge';
import { LIBRARY_GENERATION_KEY, MERGED_EVENTS_KEY } from '../../../src/persistence/schema';
import { article, event, extraction, freshName, openTestLibrary } from './library-fixtures';

function countingMerge(): { merge: (events: ConflictEvent[]) => ConflictEvent[]; calls: () => number } {
  let calls = 0;
  return {
    merge: (events) => {
      calls += 1;
      return mergeEvents(events);
    },
    calls: () => calls,
  };
}

const STRIKE_A = article('a', 'A US strike near Murzuq killed eight on Tuesday.');
const STRIKE_B = article('b', 'Eight were killed in an American air strike close to Murzuq.');
const CLASH_C = article('c', 'Clashes in Tarhuna left three fighters dead.');

function clash(id: string, articleId: string): ConflictEvent {
  return event(id, articleId, {
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    location: 'Tarhuna',
    latitude: 32.435,
    longitude: 13.634,
    date: '2019-09-20',
  });
}

describe('the merged events survive a reload', () => {
  it('shows the two reports of the Murzuq strike as one event after a reload, without merging again', async () => {
    const name = freshName();
    const first = await openTestLibrary(name, null, mergeEvents);
    await first.service.commit([
      { article: STRIKE_A, extraction: extraction('a', [event('e1', 'a')]) },
      { article: STRIKE_B, extraction: extraction('b', [event('e2', 'b')]) },
    ]);
    const before = first.store.getState().events;
    expect(before).toHaveLength(1);
    first.database.close();

    const counting = countingMerge();
    const second = await openTestLibrary(name, null, counting.merge);
    expect(second.store.getState().events).toEqual(before);
    expect(counting.calls()).toBe(0);
    second.database.close();
  });

  it('merges again after another writer changed the articles behind the saved merge', async () => {
    const name = freshName();
    const first = await openTestLibrary(name, null, mergeEvents);
    await first.service.commit([{ article: STRIKE_A, extraction: extraction('a', [event('e1', 'a')]) }]);
    // A second library on the same database (another tab) adds the second report.
    const other = await openTestLibrary(name, null, mergeEvents);
    await other.service.commit([{ article: STRIKE_B, extraction: extraction('b', [event('e2', 'b')]) }]);
    // The first tab, not told, saves its own (older) merge: it must not be taken as current.
    await first.service.commit([{ article: CLASH_C, extraction: extraction('c', [clash('e3', 'c')]) }]);
    first.database.close();
    other.database.close();

    const reopened = await openTestLibrary(name, null, mergeEvents);
    const events = reopened.store.getState().events;
    expect(events.map((item) => item.id).sort()).toEqual(['e1', 'e3']);
    expect(events.find((item) => item.id === 'e1')?.sources).toHaveLength(2);
    reopened.database.close();
  });

  it('merges again when the saved merge is in the form an earlier version wrote', async () => {
    const name = freshName();
    const first = await openTestLibrary(name, null, mergeEvents);
    await first.service.commit([
      { article: STRIKE_A, extraction: extraction('a', [event('e1', 'a')]) },
      { article: STRIKE_B, extraction: extraction('b', [event('e2', 'b')]) },
    ]);
    const before = first.store.getState().events;
    const generation = await first.database.get('meta', LIBRARY_GENERATION_KEY);
    // Schema 3 kept every merged event as its JSON text.
    await first.database.put('meta', {
      key: MERGED_EVENTS_KEY,
      value: { generation: generation?.value, events: ['#e1'], members: [] } as never,
    });
    first.database.close();

    const counting = countingMerge();
    const second = await openTestLibrary(name, null, counting.merge);
    expect(second.store.getState().events).toEqual(before);
    expect(counting.calls()).toBeGreaterThan(0);
    second.database.close();
  });

  it('merges only the sub-event type a new article touches', async () => {
    const counting = countingMerge();
    const { service, database } = await openTestLibrary(freshName(), null, counting.merge);
    await service.commit([
      { article: STRIKE_A, extraction: extraction('a', [event('e1', 'a')]) },
      { article: CLASH_C, extraction: extraction('c', [clash('e3', 'c')]) },
    ]);
    const afterFirst = counting.calls();
    await service.commit([{ article: STRIKE_B, extraction: extraction('b', [event('e2', 'b')]) }]);
    expect(counting.calls() - afterFirst).toBe(1);
    database.close();
  });
});

describe('merging type by type', () => {
  it('gives exactly what one merge of everything gives', async () => {
    const events: ConflictEvent[] = [];
    for (let index = 0; index < 60; index += 1) {
      const day = String(1 + (index % 28)).padStart(2, '0');
      const articleId = `article-${index % 9}`;
      const base = { date: `2019-0${1 + (index % 3)}-${day}`, latitude: 25.9 + (index % 4) * 0.05 };
      events.push(
        index % 2 === 0
          ? event(`strike-${index}`, articleId, base)
          : { ...clash(`clash-${index}`, articleId), ...base },
      );
    }
    const grouped = await new GroupedMerge(mergeEvents).merge(events, null);
    expect(grouped.merged).toEqual(mergeEvents(events));
  });
});
