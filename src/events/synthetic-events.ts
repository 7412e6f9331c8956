import type { ConflictEvent, GeoPrecision, TimePrecision } from '../pipeline/types';
import { isoFromDay } from '../store/days';
import { SUB_EVENT_TYPES } from '../store/event-index';

/** A small deterministic generator (mulberry32), so benchmark runs are repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ACTORS = ['LNA', 'GNA Forces', 'US Forces', 'Islamic State', 'Wagner Group', 'Civilians'];
const FIRST_DAY = 15_000; // 2011-01-25
const SPAN_DAYS = 5_000;

/** Shared by every synthetic event (frozen: nothing may edit them), so a large load allocates less. */
const REASONS = Object.freeze(['synthetic benchmark data']) as string[];
const NO_SOURCES = Object.freeze([]) as unknown as ConflictEvent['sources'];
const NO_HIGHLIGHTS = Object.freeze([]) as unknown as ConflictEvent['highlights'];
const NOTES = 'Synthetic benchmark event (not extracted from any article).';
const PLACE_NAMES = Array.from({ length: 500 }, (_, i) => `Synthetic place ${i}`);

/** ISO dates of the synthetic span, formatted once per day rather than once per event. */
let isoDates: string[] | null = null;

function isoDateAt(offset: number): string {
  isoDates ??= Array.from({ length: SPAN_DAYS }, (_, day) => isoFromDay(FIRST_DAY + day));
  return isoDates[offset] ?? isoFromDay(FIRST_DAY + offset);
}

/**
 * Synthetic events for benchmarks only (reached through the documented `window.__marsadBench` hook): ids start
 * with "synthetic-" and the notes say so, so they can never pass for extracted events.
 */
export function syntheticEvents(count: number, seed = 1): ConflictEvent[] {
  const next = random(seed);
  const events: ConflictEvent[] = new Array<ConflictEvent>(count);
  for (let i = 0; i < count; i++) {
    const located = next() > 0.02;
    const geoPrecision: GeoPrecision = next() < 0.1 ? 3 : next() < 0.3 ? 2 : 1;
    const timeRoll = next();
    const timePrecision: TimePrecision = timeRoll < 0.05 ? 3 : timeRoll < 0.15 ? 2 : 1;
    const type = SUB_EVENT_TYPES[Math.floor(next() * SUB_EVENT_TYPES.length)] ?? 'Armed clash';
    const fatalities = next() < 0.4 ? null : Math.floor(next() ** 3 * 60);
    events[i] = {
      id: `synthetic-${i}`,
      event_type:
        type === 'Armed clash' || type.includes('territory') ? 'Battles' : 'Explosions/Remote violence',
      sub_event_type: type,
      date: next() < 0.01 ? null : isoDateAt(Math.floor(next() * SPAN_DAYS)),
      time_precision: timePrecision,
      location: located ? (PLACE_NAMES[i % 500] ?? null) : null,
      place_id: null,
      admin1: null,
      latitude: located ? 20 + next() * 13 : null,
      longitude: located ? 10 + next() * 15 : null,
      geo_precision: located ? geoPrecision : null,
      actor1: ACTORS[Math.floor(next() * ACTORS.length)] ?? null,
      actor2: ACTORS[Math.floor(next() * ACTORS.length)] ?? null,
      fatalities,
      fatalities_high: null,
      injuries: null,
      notes: NOTES,
      confidence: 0,
      confidence_reasons: REASONS,
      sources: NO_SOURCES,
      highlights: NO_HIGHLIGHTS,
    };
  }
  return events;
}
