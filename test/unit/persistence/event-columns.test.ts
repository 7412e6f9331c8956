import { describe, expect, it } from 'vitest';
import { decodeEvents, encodeEvents } from '../../../src/persistence/event-columns';
import { event } from '../library/library-fixtures';

describe('events stored column by column', () => {
  it('reads back every field of a strike, its sources and highlights', () => {
    const strike = event('e1', 'a', {
      confidence_reasons: ['date stated for the event', 'the dead are counted'],
      highlights: [
        { kind: 'trigger', article_id: 'a', start: 2, end: 8 },
        { kind: 'place', article_id: 'a', start: 14, end: 20 },
      ],
      sources: [
        { article_id: 'a', start: 0, end: 40 },
        { article_id: 'b', start: 5, end: 60 },
      ],
    });
    expect(decodeEvents(encodeEvents([strike]))).toEqual([strike]);
  });

  it('keeps unknown places, dates and counts as null, not as zero or an empty text', () => {
    const vague = event('e2', 'a', {
      date: null,
      location: null,
      place_id: null,
      admin1: null,
      latitude: null,
      longitude: null,
      geo_precision: null,
      actor1: null,
      actor2: null,
      fatalities: null,
      injuries: 0,
    });
    const [back] = decodeEvents(encodeEvents([vague]));
    expect(back).toEqual(vague);
    expect(back?.injuries).toBe(0);
    expect(back?.fatalities).toBeNull();
  });

  it('keeps a field it has no column for, such as what a user corrected', () => {
    const corrected = { ...event('e3', 'a'), corrected: ['fatalities'] };
    expect(decodeEvents(encodeEvents([corrected]))).toEqual([corrected]);
  });

  it('keeps offsets and coordinates exactly, including fractions', () => {
    const precise = event('e4', 'a', {
      latitude: 32.887209,
      longitude: 13.191338,
      confidence: 0.8125,
      sources: [{ article_id: 'a', start: 1.5, end: 2 ** 40 }],
    });
    expect(decodeEvents(encodeEvents([precise]))).toEqual([precise]);
  });

  it('writes a place named by many events once', () => {
    const events = Array.from({ length: 50 }, (_, index) => event(`e${index}`, 'a'));
    const columns = encodeEvents(events);
    expect(columns.words.filter((word) => word === 'Murzuq')).toHaveLength(1);
    expect(decodeEvents(columns)).toEqual(events);
  });

  it('refuses columns cut short instead of inventing events', () => {
    const columns = encodeEvents([event('e1', 'a'), event('e2', 'a')]);
    expect(() => decodeEvents({ ...columns, parts: columns.parts.slice(0, 5) })).toThrow();
    expect(() => decodeEvents({ ...columns, ids: ['e1'] })).toThrow();
  });
});
