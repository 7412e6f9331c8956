import { describe, it, expect } from 'vitest';
import { buildEventIndex, dayOfIsoDate, UNDATED_DAY, SUB_EVENT_TYPES } from '../../../src/store/event-index';
import { dayFromIso } from '../../../src/store/days';
import { goldEvents, makeEvent } from '../../fixtures/events/gold-events';

describe('the event index', () => {
  it('orders events by day, oldest first', () => {
    const index = buildEventIndex([
      makeEvent({ id: 'late', date: '2020-03-28' }),
      makeEvent({ id: 'early', date: '2019-09-19' }),
    ]);
    expect(index.events.map((event) => event.id)).toEqual(['early', 'late']);
    expect([...index.day]).toEqual([dayFromIso('2019-09-19'), dayFromIso('2020-03-28')]);
  });

  it('keeps events of the same day in the order they came', () => {
    const index = buildEventIndex([makeEvent({ id: 'b' }), makeEvent({ id: 'a' }), makeEvent({ id: 'c' })]);
    expect(index.events.map((event) => event.id)).toEqual(['b', 'a', 'c']);
  });

  it('puts undated events last, inside no window', () => {
    const index = buildEventIndex([makeEvent({ id: 'undated', date: null }), makeEvent({ id: 'dated' })]);
    expect(index.events.map((event) => event.id)).toEqual(['dated', 'undated']);
    expect(index.day[1]).toBe(UNDATED_DAY);
    expect(index.undatedCount).toBe(1);
  });

  it('lets a week-precision event span the seven days ending on its date', () => {
    const index = buildEventIndex([makeEvent({ date: '2019-10-02', time_precision: 2 })]);
    expect(index.spanStart[0]).toBe((dayFromIso('2019-10-02') ?? 0) - 6);
    expect(index.firstDay).toBe((dayFromIso('2019-10-02') ?? 0) - 6);
  });

  it('marks an event without coordinates as unlocated, not at a made-up point', () => {
    const index = buildEventIndex([makeEvent({ latitude: null, longitude: null, geo_precision: null })]);
    expect(index.geoPrecision[0]).toBe(0);
    expect(Number.isNaN(index.mercatorX[0])).toBe(true);
    expect(index.unlocatedCount).toBe(1);
  });

  it('records unknown fatalities as unknown, not as zero', () => {
    const index = buildEventIndex([
      makeEvent({ fatalities: null }),
      makeEvent({ fatalities: 0, date: '2021-01-01' }),
    ]);
    expect([...index.fatalities]).toEqual([-1, 0]);
  });

  it('indexes the gold events of the seed articles with their types and actors', () => {
    const index = buildEventIndex(goldEvents());
    expect(index.count).toBe(8);
    expect(index.events[0]?.id).toBe('gold-A2');
    expect(index.type[index.positionById.get('gold-C3') ?? -1]).toBe(SUB_EVENT_TYPES.indexOf('Armed clash'));
    expect(index.actors).toContain('Wagner Group');
  });

  it('places Murzuq south of Tripoli in Mercator units', () => {
    const index = buildEventIndex([
      makeEvent({ id: 'murzuq', latitude: 25.92, longitude: 13.92 }),
      makeEvent({ id: 'tripoli', latitude: 32.89, longitude: 13.19 }),
    ]);
    expect(index.mercatorY[0]).toBeGreaterThan(index.mercatorY[1] ?? 1);
    expect(index.mercatorX[0]).toBeCloseTo((180 + 13.92) / 360, 6);
  });
});

describe('reading event dates for the index', () => {
  it('gives the same day numbers as the store for real days, leap days and far years', () => {
    for (const iso of ['1970-01-01', '2019-09-24', '2020-02-29', '2000-03-01', '1969-12-31', '2100-12-31']) {
      expect(dayOfIsoDate(iso)).toBe(dayFromIso(iso));
    }
  });

  it('treats anything that is not an ISO day as undated', () => {
    for (const text of ['', '2019/09/24', '2019-13-01', '2019-09-00', 'yesterday', '19-09-2019']) {
      expect(dayOfIsoDate(text)).toBe(UNDATED_DAY);
    }
    expect(dayOfIsoDate(null)).toBe(UNDATED_DAY);
  });
});
