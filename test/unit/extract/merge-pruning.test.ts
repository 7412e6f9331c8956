/**
 * The cross-article merge compares a report only with the groups its day index and latitude bands keep (and asks
 * each pair of places once). These tests check that this pruning never changes which reports end up together:
 * the merge gives exactly the incidents of a plain reading of the rule that compares every report with every
 * group, on reports spread over the real gazetteer (cities and their quarters, districts, regions, bases placed
 * at their town, a place named at a second point, reports naming only a region, no place or no day).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEvents, sameIncident } from '../../../src/pipeline/extract/merge-events.ts';
import { dateWindow } from '../../../src/pipeline/extract/dates.ts';
import { compatibleReports, RELATION_RANK } from '../../../src/pipeline/extract/incident-compatibility.ts';
import {
  buildPlaceHierarchy,
  incidentPlaces,
  type IncidentPlaces,
  type PlaceHierarchyData,
} from '../../../src/pipeline/extract/place-hierarchy.ts';
import type { GazetteerData, Place } from '../../../src/pipeline/geo/gazetteer-types.ts';
import type { ConflictEvent, SubEventType, TimePrecision } from '../../../src/pipeline/types.ts';
import { makeEvent } from './make-event.ts';
import { repositoryRoot } from './resources.ts';

const gazetteer = JSON.parse(
  readFileSync(join(repositoryRoot, 'data', 'gazetteer', 'libya.json'), 'utf8'),
) as GazetteerData;
const hierarchy = buildPlaceHierarchy(gazetteer.places);
const carried = incidentPlaces(
  JSON.parse(
    readFileSync(join(repositoryRoot, 'src', 'pipeline', 'extract', 'place-hierarchy-data.json'), 'utf8'),
  ) as PlaceHierarchyData,
);
const byId = new Map(gazetteer.places.map((place) => [place.id, place]));

/** Tripoli and Benghazi with quarters, bases placed at their town, districts, regions, and a far desert town. */
const PLACE_IDS = [
  'ly-tripoli',
  'ly-tripoli-abu-salim',
  'ly-tripoli-ain-zara',
  'ly-tripoli-janzour',
  'ly-qasr-bin-ghashir',
  'ly-benghazi',
  'ly-benghazi-ganfouda',
  'ly-benghazi-sabri',
  'ly-benghazi-birka',
  'ly-abraq',
  'ly-abraq-airport',
  'ly-brak',
  'ly-base-brak',
  'ly-murzuq',
  'ly-region-fezzan',
  'ly-region-tripolitania',
  'ly-district-63',
  'ly-sirte',
  'ly-sirte-jiza',
];
const PLACES = PLACE_IDS.map((id) => {
  const place = byId.get(id);
  if (!place) throw new Error(`no gazetteer place ${id}`);
  return place;
});
const TYPES: SubEventType[] = ['Armed clash', 'Shelling/artillery/missile attack'];
const DATES = ['2019-10-14', '2019-10-15', '2019-10-16', '2019-10-23', '2019-11-02'];

const report = fc.record({
  type: fc.integer({ min: 0, max: TYPES.length - 1 }),
  date: fc.integer({ min: -1, max: DATES.length - 1 }),
  precision: fc.constantFrom<TimePrecision>(1, 1, 1, 2, 3),
  place: fc.integer({ min: 0, max: PLACES.length - 1 }),
  // 0: the place itself; 1: the same place id at a second point 8 km north; 2: a point with no place id;
  // 3: no place; 4: the place named as a region only.
  how: fc.constantFrom(0, 0, 0, 0, 1, 2, 3, 4),
  actor: fc.constantFrom(null, null, 'LNA', 'GNA Forces'),
  article: fc.integer({ min: 0, max: 14 }),
});
type Report = typeof report extends fc.Arbitrary<infer Value> ? Value : never;

function toEvents(reports: readonly Report[]): ConflictEvent[] {
  return reports.map((r, index) => {
    const place = PLACES[r.place] as Place;
    const located = r.how !== 3;
    return makeEvent({
      id: `e${String(index).padStart(3, '0')}`,
      article: `a${r.article}`,
      sub_event_type: TYPES[r.type] as SubEventType,
      event_type: r.type === 0 ? 'Battles' : 'Explosions/Remote violence',
      date: r.date < 0 ? null : (DATES[r.date] as string),
      time_precision: r.precision,
      location: located ? place.name_en : null,
      place_id: r.how === 2 || !located ? null : place.id,
      admin1: located ? place.admin1 : null,
      latitude: located ? place.lat + (r.how === 1 ? 0.072 : 0) : null,
      longitude: located ? place.lon : null,
      geo_precision: !located ? null : r.how === 4 ? 3 : 1,
      actor1: r.actor,
      sources: [{ article_id: `a${r.article}`, start: index, end: index + 1 }],
    });
  });
}

/**
 * The grouping rule read plainly: reports in order (precise first, then by day and id), each compared with every
 * group; it joins the closest group every member of which fits it (a coarse report only when exactly one fits).
 */
function groupsByThePlainRule(events: readonly ConflictEvent[], places: IncidentPlaces): string[][] {
  const windowOf = (event: ConflictEvent) => {
    if (event.date === null) return null;
    const [first, last] = dateWindow(event.date, event.time_precision);
    return { first, last, precise: event.time_precision === 1 };
  };
  const coarse = (event: ConflictEvent) =>
    event.date === null ||
    event.time_precision !== 1 ||
    event.latitude === null ||
    event.geo_precision === 3 ||
    (event.place_id !== null && places.areas.has(event.place_id));
  const ordered = [...events].sort(
    (a, b) =>
      Number(coarse(a)) - Number(coarse(b)) ||
      (windowOf(a)?.last ?? Infinity) - (windowOf(b)?.last ?? Infinity) ||
      (a.id < b.id ? -1 : 1),
  );
  const groups: { members: ConflictEvent[]; closed: boolean }[] = [];
  for (const event of ordered) {
    const fits: { group: (typeof groups)[number]; rank: number; days: number; order: number }[] = [];
    groups.forEach((group, order) => {
      if (group.closed || group.members.some((member) => member.sub_event_type !== event.sub_event_type))
        return;
      let rank = 0;
      for (const member of group.members) {
        if (member.sources[0]?.article_id === event.sources[0]?.article_id) return;
        const relation = compatibleReports(event, windowOf(event), member, windowOf(member), places);
        if (relation === null) return;
        rank = Math.max(rank, RELATION_RANK[relation]);
      }
      const here = windowOf(event);
      const seed = windowOf(group.members[0] as ConflictEvent);
      fits.push({ group, rank, days: here && seed ? Math.abs(here.last - seed.last) : Infinity, order });
    });
    if (coarse(event)) {
      if (fits.length === 1) (fits[0] as (typeof fits)[number]).group.members.push(event);
      else groups.push({ members: [event], closed: fits.length > 1 });
      continue;
    }
    fits.sort((a, b) => a.rank - b.rank || a.days - b.days || a.order - b.order);
    if (fits[0]) fits[0].group.members.push(event);
    else groups.push({ members: [event], closed: false });
  }
  return groups.map((group) => group.members.map((member) => member.id).sort()).sort();
}

function mergedGroups(events: readonly ConflictEvent[], places: IncidentPlaces): string[][] {
  const byStart = new Map(events.map((event) => [event.sources[0]?.start, event.id]));
  return mergeEvents(events, { places })
    .map((merged) => merged.sources.map((source) => byStart.get(source.start) as string).sort())
    .sort();
}

describe('the merge over the gazetteer', () => {
  it('puts together exactly the reports the plain rule does (no candidate incident is skipped)', () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 60 }), (reports) => {
        const events = toEvents(reports);
        expect(mergedGroups(events, hierarchy)).toEqual(groupsByThePlainRule(events, hierarchy));
        expect(mergedGroups(events, carried)).toEqual(groupsByThePlainRule(events, carried));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps two reports of a Tripoli quarter and one naming only the city together, and far towns apart', () => {
    const at = (id: string, article: string, fields: Partial<ConflictEvent> = {}) => {
      const place = byId.get(id) as Place;
      return makeEvent({
        id: `${id}-${article}`,
        article,
        sub_event_type: 'Shelling/artillery/missile attack',
        date: '2019-10-15',
        location: place.name_en,
        place_id: place.id,
        admin1: place.admin1,
        latitude: place.lat,
        longitude: place.lon,
        ...fields,
      });
    };
    const merged = mergeEvents(
      [
        at('ly-tripoli-abu-salim', 'a1'),
        at('ly-tripoli-abu-salim', 'a2', { fatalities: 3 }),
        at('ly-tripoli', 'a3'),
        at('ly-murzuq', 'a4'),
        at('ly-benghazi-sabri', 'a5'),
      ],
      { places: hierarchy },
    );
    expect(merged.map((event) => event.sources.map((source) => source.article_id).sort())).toEqual([
      ['a5'],
      ['a4'],
      ['a1', 'a2', 'a3'],
    ]);
  });

  it('gives the same incidents whatever the order of the reports, and each pair in one could be one incident', () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 50 }), fc.nat(), (reports, seed) => {
        const events = toEvents(reports);
        const shuffled = fc.sample(fc.shuffledSubarray(events, { minLength: events.length }), {
          numRuns: 1,
          seed,
        })[0] as ConflictEvent[];
        const merged = mergeEvents(events, { places: hierarchy });
        expect(mergeEvents(shuffled, { places: hierarchy })).toEqual(merged);
        const byStart = new Map(events.map((event) => [event.sources[0]?.start, event]));
        for (const event of merged) {
          const members = event.sources.map((source) => byStart.get(source.start) as ConflictEvent);
          if (event.incident?.by_user) continue;
          for (const a of members)
            for (const b of members) if (a !== b) expect(sameIncident(a, b, hierarchy)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('which places can contain others', () => {
  it('only a city, district or region, or the place a base or landmark is placed at, contains another', () => {
    const at = (place: Place) => ({
      place_id: place.id,
      admin1: place.admin1,
      latitude: place.lat,
      longitude: place.lon,
    });
    for (const places of [hierarchy, carried]) {
      let contained = 0;
      for (const outer of gazetteer.places) {
        const outside = at(outer);
        for (const inner of gazetteer.places) {
          if (!places.contains(outside, at(inner))) continue;
          contained += 1;
          expect(places.areas.has(outer.id) || places.borrowed.has(inner.id)).toBe(true);
        }
      }
      expect(contained).toBeGreaterThan(100);
    }
  });
});
