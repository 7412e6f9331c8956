import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byDateThenId, mergeEvents, sameIncident } from '../../../src/pipeline/extract/merge-events.ts';
import type { ConflictEvent, SubEventType, TimePrecision } from '../../../src/pipeline/types.ts';
import { makeEvent } from './make-event.ts';

/** Points around Tripoli: two at the same gazetteer place, one 2 km off, others 5–25 km apart, one unlocated. */
const PLACES = [
  { place_id: 'abu-salim', location: 'Abu Salim', latitude: 32.8496, longitude: 13.1712 },
  { place_id: 'abu-salim', location: 'Abu Salim', latitude: 32.8431, longitude: 13.1716 },
  { place_id: null, location: 'near Abu Salim', latitude: 32.862, longitude: 13.18 },
  { place_id: 'salah-al-din', location: 'Salah al-Din', latitude: 32.8241, longitude: 13.2201 },
  { place_id: 'ain-zara', location: 'Ain Zara', latitude: 32.7952, longitude: 13.2869 },
  { place_id: 'tajoura', location: 'Tajoura', latitude: 32.8817, longitude: 13.3506 },
  { place_id: null, location: null, latitude: null, longitude: null },
] as const;
const TYPES: SubEventType[] = ['Shelling/artillery/missile attack', 'Air/drone strike'];
const DATES = ['2019-10-14', '2019-10-15', '2019-10-16', '2019-10-31'];
const ACTORS = [null, null, 'LNA', 'GNA Forces'];

const report = fc.record({
  type: fc.integer({ min: 0, max: TYPES.length - 1 }),
  date: fc.integer({ min: -1, max: DATES.length - 1 }),
  precision: fc.constantFrom<TimePrecision>(1, 1, 1, 2, 3),
  place: fc.integer({ min: 0, max: PLACES.length - 1 }),
  actor: fc.integer({ min: 0, max: ACTORS.length - 1 }),
  article: fc.integer({ min: 0, max: 12 }),
  fatalities: fc.option(fc.integer({ min: 0, max: 9 })),
});

type Report = typeof report extends fc.Arbitrary<infer Value> ? Value : never;

function toEvents(reports: readonly Report[]): ConflictEvent[] {
  return reports.map((r, index) => {
    const place = PLACES[r.place] as (typeof PLACES)[number];
    return makeEvent({
      id: `e${String(index).padStart(3, '0')}`,
      article: `article-${r.article}`,
      sub_event_type: TYPES[r.type] as SubEventType,
      date: r.date < 0 ? null : (DATES[r.date] as string),
      time_precision: r.precision,
      ...place,
      admin1: 'Tripoli',
      geo_precision: place.latitude === null ? null : 1,
      actor1: ACTORS[r.actor] ?? null,
      fatalities: r.fatalities,
      sources: [{ article_id: `article-${r.article}`, start: index * 10, end: index * 10 + 5 }],
    });
  });
}

const reportLists = fc.array(report, { maxLength: 40 });

describe('the merge as a whole', () => {
  it('gives the same events, ids and members whatever the order of its input', () => {
    fc.assert(
      fc.property(reportLists, fc.nat(), (reports, seed) => {
        const events = toEvents(reports);
        const shuffled = fc.sample(
          fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
          {
            numRuns: 1,
            seed,
          },
        )[0] as ConflictEvent[];
        expect(mergeEvents(shuffled)).toEqual(mergeEvents(events));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same events when each sub-event type is merged on its own (what the library does)', () => {
    fc.assert(
      fc.property(reportLists, (reports) => {
        const events = toEvents(reports);
        const byType = TYPES.flatMap((type) =>
          mergeEvents(events.filter((event) => event.sub_event_type === type)),
        );
        expect(byType.sort(byDateThenId)).toEqual(mergeEvents(events));
      }),
      { numRuns: 150 },
    );
  });

  it('never puts two reports in one event unless every pair of them could be the same incident', () => {
    fc.assert(
      fc.property(reportLists, (reports) => {
        const events = toEvents(reports);
        const bySpan = new Map(events.map((event) => [event.sources[0]?.start, event]));
        for (const merged of mergeEvents(events)) {
          const members = merged.sources.map((source) => bySpan.get(source.start) as ConflictEvent);
          for (const a of members)
            for (const b of members) if (a !== b) expect(sameIncident(a, b)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every report: the sources of the merged events are exactly those of the input', () => {
    fc.assert(
      fc.property(reportLists, (reports) => {
        const events = toEvents(reports);
        const starts = mergeEvents(events).flatMap((event) => event.sources.map((source) => source.start));
        expect(starts.sort((a, b) => a - b)).toEqual(events.map((event) => event.sources[0]?.start));
      }),
      { numRuns: 100 },
    );
  });
});
