/**
 * Cross-article merge time: `mergeEvents` over 100,000 generated reports (with the gazetteer's place hierarchy),
 * in milliseconds of CPU time, the best of a few passes after a warm-up. The reports are spread over two years and
 * the gazetteer's places, seven sub-event types, a third of the incidents told by two to four outlets (tolls and
 * days differing a little, some naming only the city or the month, some no place), so the grouping meets what a
 * large library holds. Used by scripts/bench/run.ts (the corpus it is given is not used).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeEvents } from '../../src/pipeline/extract/merge-events.ts';
import { buildPlaceHierarchy } from '../../src/pipeline/extract/place-hierarchy.ts';
import { isoFromDayNumber, dayNumber } from '../../src/pipeline/extract/dates.ts';
import type { GazetteerData, Place } from '../../src/pipeline/geo/gazetteer-types.ts';
import type { ConflictEvent, TimePrecision } from '../../src/pipeline/types.ts';
import { SUB_EVENT_TYPES } from '../../src/store/event-index.ts';

const EVENTS = 100_000;
const DAYS = 730;
/** The seven sub-event types, in the app's legend order (the order picks the generated reports' types). */
const TYPES = SUB_EVENT_TYPES;

/** A small deterministic generator (mulberry32), so every run merges the same reports. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedReports(places: readonly Place[], count = EVENTS): ConflictEvent[] {
  const next = random(20190404);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const cities = places.filter((place) => place.kind === 'city');
  const first = dayNumber('2019-01-01');
  const events: ConflictEvent[] = [];
  let article = 0;
  while (events.length < count) {
    const place = pick(places);
    const day = first + Math.floor(next() * DAYS);
    const type = pick(TYPES);
    const toll = next() < 0.5 ? Math.floor(next() * 12) : null;
    const outlets = next() < 0.33 ? 2 + Math.floor(next() * 3) : 1;
    for (let outlet = 0; outlet < outlets && events.length < count; outlet++) {
      article += 1;
      const vague = next();
      const precision: TimePrecision = vague < 0.05 ? 3 : vague < 0.1 ? 2 : 1;
      const cityOnly = next() < 0.08 ? pick(cities) : null;
      const unlocated = next() < 0.03;
      const shown = cityOnly ?? place;
      const reported = precision === 1 ? day + (next() < 0.15 ? 1 : 0) : day + Math.floor(next() * 6);
      events.push({
        id: (article * 2654435761).toString(16).padStart(14, '0').slice(-14),
        event_type:
          type === 'Armed clash' || type.includes('territory') ? 'Battles' : 'Explosions/Remote violence',
        sub_event_type: type,
        date: isoFromDayNumber(reported),
        time_precision: precision,
        location: unlocated ? null : shown.name_en,
        place_id: unlocated ? null : shown.id,
        admin1: unlocated ? null : shown.admin1,
        latitude: unlocated ? null : shown.lat,
        longitude: unlocated ? null : shown.lon,
        geo_precision: unlocated ? null : shown.kind === 'region' || shown.kind === 'district' ? 3 : 1,
        actor1: next() < 0.3 ? pick(['LNA', 'GNA Forces', 'Turkish Forces', 'Wagner Group']) : null,
        actor2: null,
        fatalities: toll === null ? null : toll + (next() < 0.3 ? 1 : 0),
        fatalities_high: null,
        injuries: null,
        notes: '',
        confidence: 0.7,
        confidence_reasons: [],
        sources: [{ article_id: `a${article}`, start: 0, end: 10 }],
        highlights: [],
      });
    }
  }
  return events;
}

export function benchMerge(): { merge_100k_ms: number; merge_100k_incidents: number } {
  const folder = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
  const gazetteer = JSON.parse(readFileSync(join(folder, 'libya.json'), 'utf8')) as GazetteerData;
  const places = buildPlaceHierarchy(gazetteer.places);
  const events = generatedReports(gazetteer.places);
  mergeEvents(events.slice(0, 20_000), { places });
  let best = Infinity;
  let incidents = 0;
  for (let pass = 0; pass < 3; pass++) {
    const started = process.cpuUsage();
    incidents = mergeEvents(events, { places }).length;
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { merge_100k_ms: Math.round(best), merge_100k_incidents: incidents };
}
