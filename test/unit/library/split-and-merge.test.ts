import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types';
import { mergeEvents, type MergeOptions } from '../../../src/pipeline/extract/merge-events';
import { mergeCorrection, splitCorrection } from '../../../src/corrections/incident-corrections';
import { buildWorkspace } from '../../../src/export/workspace-file';
import { parseWorkspace } from '../../../src/export/read-workspace';
import { article, event, extraction, freshName, openTestLibrary } from './library-fixtures';

function countingMerge() {
  let calls = 0;
  return {
    merge: (events: ConflictEvent[], options?: MergeOptions) => {
      calls += 1;
      return mergeEvents(events, options);
    },
    calls: () => calls,
  };
}

const STRIKE_A = article('a', 'A US strike near Murzuq killed eight on Tuesday.');
const STRIKE_B = article('b', 'Eight were killed in an American air strike close to Murzuq.');
const STRIKE_C = article('c', 'An air strike hit a farm outside Ubari on Tuesday.');

const ubari = {
  location: 'Ubari',
  place_id: 'ubari',
  admin1: 'Wadi al Hayaa',
  latitude: 26.59,
  longitude: 12.77,
};

describe('a user splits a merged event into its reports', () => {
  it('shows the two reports as two events, and still after a reload, without merging again', async () => {
    const name = freshName();
    const first = await openTestLibrary(name, null, mergeEvents);
    await first.service.commit([
      { article: STRIKE_A, extraction: extraction('a', [event('e1', 'a', { fatalities: 8 })]) },
      { article: STRIKE_B, extraction: extraction('b', [event('e2', 'b', { fatalities: 6 })]) },
    ]);
    const merged = first.store.getState().events;
    expect(merged).toHaveLength(1);
    expect(merged[0]?.incident?.reports).toBe(2);

    expect(await first.service.correct([splitCorrection(['e2', 'e1'])])).toBeNull();
    const split = first.store.getState().events;
    expect(split.map((item) => [item.id, item.fatalities, item.sources.length]).sort()).toEqual([
      ['e1', 8, 1],
      ['e2', 6, 1],
    ]);
    first.database.close();

    const counting = countingMerge();
    const second = await openTestLibrary(name, null, counting.merge);
    expect(second.store.getState().events).toEqual(split);
    expect(counting.calls()).toBe(0);
    second.database.close();
  });

  it('keeps the reports apart when a third report of the same incident arrives later', async () => {
    const name = freshName();
    const library = await openTestLibrary(name, null, mergeEvents);
    await library.service.commit([
      { article: STRIKE_A, extraction: extraction('a', [event('e1', 'a')]) },
      { article: STRIKE_B, extraction: extraction('b', [event('e2', 'b')]) },
    ]);
    await library.service.correct([splitCorrection(['e1', 'e2'])]);
    const third = article('d', 'The strike near Murzuq on Tuesday killed eight, a mayor said.');
    await library.service.commit([{ article: third, extraction: extraction('d', [event('e4', 'd')]) }]);
    const events = library.store.getState().events;
    // The new report joins one of them; the two split reports never share an event again.
    expect(events).toHaveLength(2);
    for (const item of events) {
      const articles = item.sources.map((source) => source.article_id);
      expect(articles.includes('a') && articles.includes('b')).toBe(false);
    }
    library.database.close();
  });

  it('merges them again when the split is undone', async () => {
    const name = freshName();
    const library = await openTestLibrary(name, null, mergeEvents);
    await library.service.commit([
      { article: STRIKE_A, extraction: extraction('a', [event('e1', 'a')]) },
      { article: STRIKE_B, extraction: extraction('b', [event('e2', 'b')]) },
    ]);
    const correction = splitCorrection(['e1', 'e2']);
    await library.service.correct([correction]);
    expect(library.store.getState().events).toHaveLength(2);
    await library.service.correct([], [correction.event_id]);
    expect(library.store.getState().events).toHaveLength(1);
    library.database.close();
  });
});

describe('a user merges two events the machine kept apart', () => {
  it('shows one event marked as merged by the user, and still after a reload', async () => {
    const name = freshName();
    const first = await openTestLibrary(name, null, mergeEvents);
    await first.service.commit([
      { article: STRIKE_A, extraction: extraction('a', [event('e1', 'a', { fatalities: 8 })]) },
      { article: STRIKE_C, extraction: extraction('c', [event('e3', 'c', { ...ubari, fatalities: 2 })]) },
    ]);
    expect(first.store.getState().events).toHaveLength(2);
    await first.service.correct([mergeCorrection(['e3', 'e1'])]);
    const merged = first.store.getState().events;
    expect(merged).toHaveLength(1);
    expect(merged[0]?.id).toBe('e1');
    expect(merged[0]?.fatalities).toBe(2);
    expect(merged[0]?.fatalities_high).toBe(8);
    expect(merged[0]?.incident).toMatchObject({ reports: 2, place: 'apart', by_user: true });
    first.database.close();

    const second = await openTestLibrary(name, null, mergeEvents);
    expect(second.store.getState().events).toEqual(merged);
    second.database.close();
  });
});

describe('split and merge decisions as merge constraints', () => {
  const a = event('e1', 'a');
  const b = event('e2', 'b');
  const c = event('e3', 'c', ubari);

  it('never puts reports a user split into one event', () => {
    expect(mergeEvents([a, b])).toHaveLength(1);
    expect(mergeEvents([a, b], { constraints: { together: [], apart: [['e1', 'e2']] } })).toHaveLength(2);
  });

  it('puts reports a user merged into one event whatever their places; others join only if they fit all', () => {
    const merged = mergeEvents([a, b, c], { constraints: { together: [['e1', 'e3']], apart: [] } });
    expect(merged.map((item) => item.sources.map((source) => source.article_id).sort())).toEqual([
      ['a', 'c'],
      ['b'],
    ]);
  });

  it('ignores decisions naming reports of another type or no longer in the library', () => {
    const merged = mergeEvents([a, b], {
      constraints: { together: [['e1', 'gone']], apart: [['e2', 'gone']] },
    });
    expect(merged).toHaveLength(1);
    expect(merged[0]?.incident?.by_user).toBeUndefined();
  });
});

describe('split and merge decisions in a workspace file', () => {
  it('are exported and read back', () => {
    const corrections = [splitCorrection(['e1', 'e2'], 5), mergeCorrection(['e3', 'e4'], 6)];
    const parsed = parseWorkspace(JSON.stringify(buildWorkspace([], corrections)));
    expect(parsed).toEqual({ ok: true, records: [], corrections, setAside: [] });
  });

  it('sets aside a split naming fewer than two reports', () => {
    const broken = { ...splitCorrection(['e1', 'e2'], 5), members: ['e1'] };
    const parsed = parseWorkspace(JSON.stringify(buildWorkspace([], [broken])));
    expect(parsed.ok && parsed.corrections).toEqual([]);
    expect(parsed.ok && parsed.setAside[0]?.record).toBe('correction 1 (event split:e1)');
  });
});
