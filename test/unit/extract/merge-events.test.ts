import { describe, it, expect } from 'vitest';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events.ts';
import { makeEvent } from './make-event.ts';

describe('one incident reported by several outlets', () => {
  it('merges the same strike from two articles into one event listing both sources', () => {
    const merged = mergeEvents([
      makeEvent({ id: 'b', article: 'reuters', place_id: 'ly-murzuq', fatalities: 11, actor1: 'US Forces' }),
      makeEvent({
        id: 'a',
        article: 'alwasat',
        // "near Murzuq": the same gazetteer place, its point ~9 km off.
        place_id: 'ly-murzuq',
        latitude: 25.95,
        longitude: 14.0,
        geo_precision: 2,
        fatalities: 11,
      }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.id).toBe('a');
    expect(merged[0]?.sources.map((source) => source.article_id).sort()).toEqual(['alwasat', 'reuters']);
    expect(merged[0]?.actor1).toBe('US Forces');
    expect(merged[0]?.fatalities).toBe(11);
    expect(merged[0]?.fatalities_high).toBeNull();
  });

  it('keeps the disagreement on the dead as a low/high range', () => {
    const merged = mergeEvents([
      makeEvent({ id: 'a', article: 'one', fatalities: 7 }),
      makeEvent({ id: 'b', article: 'two', fatalities: 9 }),
      makeEvent({ id: 'c', article: 'three', fatalities: null }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.fatalities).toBe(7);
    expect(merged[0]?.fatalities_high).toBe(9);
    expect(merged[0]?.confidence_reasons.join(' ')).toContain('3 articles');
  });

  it('raises the confidence when several outlets report the incident', () => {
    const merged = mergeEvents([
      makeEvent({ id: 'a', article: 'one', confidence: 0.6 }),
      makeEvent({ id: 'b', article: 'two', confidence: 0.6 }),
    ]);
    expect(merged[0]?.confidence).toBeGreaterThan(0.6);
  });

  it('accepts dates a day apart', () => {
    const merged = mergeEvents([
      makeEvent({ id: 'a', article: 'one', date: '2020-03-28' }),
      makeEvent({ id: 'b', article: 'two', date: '2020-03-27' }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources).toHaveLength(2);
  });

  it('matches a day-precise date with a week-precise report that covers it', () => {
    const merged = mergeEvents([
      makeEvent({ id: 'a', article: 'one', date: '2020-03-24' }),
      makeEvent({ id: 'b', article: 'two', date: '2020-03-28', time_precision: 2 }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.date).toBe('2020-03-24');
    expect(merged[0]?.time_precision).toBe(1);
  });
});

describe('distinct incidents stay apart', () => {
  it('does not merge strikes three days apart', () => {
    expect(
      mergeEvents([
        makeEvent({ id: 'a', article: 'one', date: '2019-09-19' }),
        makeEvent({ id: 'b', article: 'two', date: '2019-09-24' }),
      ]),
    ).toHaveLength(2);
  });

  it('does not merge strikes in towns ~90 km apart', () => {
    const sirte = makeEvent({ id: 'a', article: 'one', latitude: 31.2, longitude: 16.59 });
    const washka = makeEvent({ id: 'b', article: 'two', latitude: 31.3, longitude: 15.6 });
    expect(mergeEvents([sirte, washka])).toHaveLength(2);
  });

  it('does not merge a shelling with an airstrike at the same place and day', () => {
    const shelling = makeEvent({
      id: 'a',
      article: 'one',
      sub_event_type: 'Shelling/artillery/missile attack',
    });
    expect(mergeEvents([shelling, makeEvent({ id: 'b', article: 'two' })])).toHaveLength(2);
  });

  it('does not merge when the attackers contradict each other', () => {
    const turkish = makeEvent({ id: 'a', article: 'one', actor1: 'Turkish Forces' });
    const emirati = makeEvent({ id: 'b', article: 'two', actor1: 'UAE Forces' });
    expect(mergeEvents([turkish, emirati])).toHaveLength(2);
  });

  it('never merges two events of the same article', () => {
    expect(
      mergeEvents([
        makeEvent({ id: 'a', article: 'one' }),
        makeEvent({ id: 'b', article: 'one', sources: [{ article_id: 'one', start: 20, end: 30 }] }),
      ]),
    ).toHaveLength(2);
  });

  it('does not merge an unlocated event into a located one without a shared actor', () => {
    const unlocated = makeEvent({
      id: 'a',
      article: 'one',
      latitude: null,
      longitude: null,
      geo_precision: null,
      location: null,
    });
    expect(mergeEvents([unlocated, makeEvent({ id: 'b', article: 'two' })])).toHaveLength(2);
  });

  it('accepts a clash whose sides are named in the other order', () => {
    const clash = { event_type: 'Battles' as const, sub_event_type: 'Armed clash' as const };
    const merged = mergeEvents([
      makeEvent({ id: 'a', article: 'one', ...clash, actor1: 'LNA', actor2: 'GNA Forces' }),
      makeEvent({ id: 'b', article: 'two', ...clash, actor1: 'GNA Forces', actor2: 'LNA' }),
    ]);
    expect(merged).toHaveLength(1);
  });
});
