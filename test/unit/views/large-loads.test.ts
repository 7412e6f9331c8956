import { describe, it, expect } from 'vitest';
import { buildEventIndex, orderByDay, UNDATED_DAY } from '../../../src/store/event-index';
import { EMPTY_FILTERS } from '../../../src/store/filters-slice';
import { filterEvents, sortedSpanStartsOf } from '../../../src/store/selectors/filtered-events';
import { countInWindow, isShown, positionAt, windowView } from '../../../src/store/selectors/window-view';
import { unlocatedCount } from '../../../src/map/UnlocatedEvents';
import { countDrawn, rewriteMask, vertexData, VERTEX_BYTES } from '../../../src/map/event-points-layer';
import { syntheticEvents } from '../../../src/events/synthetic-events';
import { makeEvent } from '../../fixtures/events/gold-events';

describe('ordering events by day in one linear pass', () => {
  it('orders days spread over a few years, keeping same-day events in input order', () => {
    const days = Int32Array.of(18_000, 17_000, 18_000, 17_500, 17_000);
    expect([...orderByDay(days, 17_000, 18_000)]).toEqual([1, 4, 3, 0, 2]);
  });

  it('orders days centuries apart (a mistyped year) without a bucket per day', () => {
    const days = Int32Array.of(2_900_000, -700_000, 18_000, UNDATED_DAY, 18_000, -700_000);
    expect([...orderByDay(days, -700_000, 2_900_000)]).toEqual([1, 5, 2, 4, 0, 3]);
  });

  it('puts every undated event after the dated ones when nothing is dated', () => {
    const days = Int32Array.of(UNDATED_DAY, UNDATED_DAY);
    expect([...orderByDay(days, UNDATED_DAY, -UNDATED_DAY)]).toEqual([0, 1]);
  });

  it('gives the same order as a comparison sort on generated events', () => {
    const events = syntheticEvents(5_000, 7);
    const index = buildEventIndex(events);
    const days = events.map((event) => index.day[index.positionById.get(event.id) ?? -1]);
    expect([...index.day]).toEqual([...Int32Array.from(days as number[]).sort()]);
    expect(new Set(index.events).size).toBe(events.length);
  });

  it('finds the actors only when the filter panel asks, with the same names', () => {
    const index = buildEventIndex([
      makeEvent({ actor1: 'LNA', actor2: 'GNA Forces' }),
      makeEvent({ actor1: 'LNA', actor2: null }),
    ]);
    expect(index.actors).toEqual(['GNA Forces', 'LNA']);
  });
});

describe('counting events in a window without sorting span starts', () => {
  it('sorts the span starts of mixed day, week and month precision events', () => {
    const index = buildEventIndex(syntheticEvents(3_000, 3));
    const all = Int32Array.from({ length: index.count }, (_, i) => i);
    const expected = Int32Array.from(index.spanStart).sort();
    expect([...sortedSpanStartsOf(index, all)]).toEqual([...expected]);
  });

  it('counts the same events with and without filters set to let everything through', () => {
    const index = buildEventIndex(syntheticEvents(2_000, 5));
    const open = filterEvents(index, EMPTY_FILTERS);
    const everyType = filterEvents(index, { ...EMPTY_FILTERS, precisions: [1, 2, 3] });
    const window = { start: 16_000, end: 16_200 };
    expect(countInWindow(open, window)).toBe(countInWindow(everyType, window));
    expect([...open.sortedSpanStarts]).toEqual([...everyType.sortedSpanStarts]);
  });
});

describe('the events drawn by the map layer', () => {
  const filtered = filterEvents(buildEventIndex(syntheticEvents(4_000, 2)), EMPTY_FILTERS);

  it('draws as many events as are shown and located in the window', () => {
    const window = { start: 17_000, end: 17_400 };
    let expected = 0;
    for (let i = 0; i < filtered.index.count; i++) {
      if (filtered.index.geoPrecision[i] && isShown(filtered, window, i)) expected++;
    }
    expect(expected).toBeGreaterThan(0);
    expect(countDrawn(filtered, [window.start, window.end])).toBe(expected);
  });

  it('draws no unlocated event even without a window', () => {
    const located = filtered.index.count - filtered.index.unlocatedCount;
    expect(countDrawn(filtered, [-1e9, 4e9])).toBe(located);
  });

  it('packs each event into one interleaved vertex with its day and filter mask', () => {
    const data = vertexData(filtered);
    expect(data.byteLength).toBe(filtered.index.count * VERTEX_BYTES);
    const floats = new Float32Array(data);
    const bytes = new Uint8Array(data);
    expect(floats[3]).toBe(filtered.index.day[0]);
    expect(bytes[16]).toBe(filtered.index.type[0]);
    const mask = new Uint8Array(filtered.index.count);
    mask[1] = 1;
    rewriteMask(data, mask);
    expect([bytes[19], bytes[19 + VERTEX_BYTES]]).toEqual([0, 1]);
  });
});

describe('counting the events without a place', () => {
  it('counts the unlocated events in a window, including imprecise ones reaching back into it', () => {
    const filtered = filterEvents(buildEventIndex(syntheticEvents(6_000, 9)), EMPTY_FILTERS);
    for (const window of [null, { start: 16_000, end: 16_030 }, { start: 19_000, end: 19_400 }]) {
      const view = windowView(filtered, window);
      let expected = 0;
      for (let k = 0; k < view.count; k++) if (!filtered.index.geoPrecision[positionAt(view, k)]) expected++;
      expect(unlocatedCount(view)).toBe(expected);
    }
  });
});

describe('indexing events that are already in date order', () => {
  it('gives the same index as the same events in shuffled order', () => {
    const shuffled = syntheticEvents(3_000, 11);
    const fromShuffled = buildEventIndex(shuffled);
    const fromOrdered = buildEventIndex([...fromShuffled.events]);
    expect(fromOrdered.events).toEqual(fromShuffled.events);
    for (const field of ['day', 'spanStart', 'type', 'fatalities', 'geoPrecision', 'mercatorX'] as const) {
      expect([...fromOrdered[field]]).toEqual([...fromShuffled[field]]);
    }
    expect([fromOrdered.firstDay, fromOrdered.lastDay, fromOrdered.undatedCount]).toEqual([
      fromShuffled.firstDay,
      fromShuffled.lastDay,
      fromShuffled.undatedCount,
    ]);
  });

  it('keeps undated events last and same-day events in input order', () => {
    const events = [
      makeEvent({ id: 'a', date: '2019-04-05' }),
      makeEvent({ id: 'b', date: '2019-04-05' }),
      makeEvent({ id: 'c', date: '2019-04-06' }),
      makeEvent({ id: 'd', date: null }),
    ];
    expect(buildEventIndex(events).events.map((event) => event.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(buildEventIndex([events[3]!, events[2]!, events[0]!, events[1]!]).events.map((e) => e.id)).toEqual(
      ['a', 'b', 'c', 'd'],
    );
  });

  it('reads a date repeated by many events the same as each on its own', () => {
    const events = ['2011-02-17', '2011-02-17', '2014-05-16', '2011-02-17', 'not a date'].map((date, i) =>
      makeEvent({ id: `e${i}`, date }),
    );
    const index = buildEventIndex(events);
    expect([...index.day]).toEqual([15_022, 15_022, 15_022, 16_206, UNDATED_DAY]);
  });
});
