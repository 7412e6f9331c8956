import type { ConflictEvent, SubEventType } from '../pipeline/types';
import type { DayNumber } from './days';

/** Every sub-event type, in legend order; an event's type index is its position here. */
export const SUB_EVENT_TYPES: readonly SubEventType[] = [
  'Air/drone strike',
  'Shelling/artillery/missile attack',
  'Remote explosive/landmine/IED',
  'Suicide bomb',
  'Armed clash',
  'Government regains territory',
  'Non-state actor overtakes territory',
];

/** Sorts after every real day: undated events sit at the end of the index and inside no time window. */
export const UNDATED_DAY = 2_147_483_647;

/** How many days an event of each time precision may cover, ending on its stated (latest) day. */
export const SPAN_DAYS: Record<1 | 2 | 3, number> = { 1: 1, 2: 7, 3: 31 };

/** The longest span, in days: a window query looks this far past its end for spans reaching back into it. */
export const MAX_SPAN_DAYS = SPAN_DAYS[3];

/**
 * The events in typed arrays sorted by day, for the views' hot paths (map shader, list window, counts).
 * A memoised derivation of `events`, never stored state. Position `i` in every array is the same event.
 */
export interface EventIndex {
  count: number;
  /** The events in index order (by latest day, ties in input order). */
  events: readonly ConflictEvent[];
  /** Latest day the event can be on (its `date`), or UNDATED_DAY. Ascending. */
  day: Int32Array;
  /** First day of its precision span (day itself for day precision), or UNDATED_DAY. */
  spanStart: Int32Array;
  /** Degrees; NaN when unlocated. */
  longitude: Float64Array;
  latitude: Float64Array;
  /** Web Mercator in [0, 1] (MapLibre's world units); NaN when unlocated. */
  mercatorX: Float32Array;
  mercatorY: Float32Array;
  /** Position in SUB_EVENT_TYPES. */
  type: Uint8Array;
  /** Known fatalities; -1 when unknown. */
  fatalities: Int32Array;
  /** 1..3; 0 when unlocated. */
  geoPrecision: Uint8Array;
  /** 1..3. */
  timePrecision: Uint8Array;
  /** Index position of each event id (built on first use). */
  readonly positionById: ReadonlyMap<string, number>;
  /** First and last dated day (inclusive), or null when nothing is dated. */
  firstDay: DayNumber | null;
  lastDay: DayNumber | null;
  /** Every actor name, sorted. */
  actors: readonly string[];
  undatedCount: number;
  unlocatedCount: number;
}

/** Sort keys pack the input position below the day: room for 2 million events with exact doubles. */
const POSITION_RANGE = 2 ** 21;

/**
 * "YYYY-MM-DD…" → day number without allocating (no Date, no substrings): the index parses every event's date.
 * Same result as `dayFromIso` for real days; anything that is not an ISO day gives UNDATED_DAY.
 */
export function dayOfIsoDate(iso: string | null | undefined): DayNumber {
  if (!iso || iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return UNDATED_DAY;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = iso.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return UNDATED_DAY;
    year = year * 10 + digit;
  }
  const m1 = iso.charCodeAt(5) - 48;
  const m2 = iso.charCodeAt(6) - 48;
  const d1 = iso.charCodeAt(8) - 48;
  const d2 = iso.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return UNDATED_DAY;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > 31) return UNDATED_DAY;
  // Days from the civil date (proleptic Gregorian), counted from 1970-01-01.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function mercatorXFromLongitude(longitude: number): number {
  return (180 + longitude) / 360;
}

export function mercatorYFromLatitude(latitude: number): number {
  const radians = (latitude * Math.PI) / 180;
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + radians / 2))) / 360;
}

function isLocated(event: ConflictEvent): boolean {
  return (
    event.latitude !== null &&
    event.longitude !== null &&
    Number.isFinite(event.latitude) &&
    Number.isFinite(event.longitude)
  );
}

/** Builds the index in O(n log n): one numeric sort of day keys, then one pass filling every array. Ties keep input order. */
export function buildEventIndex(events: readonly ConflictEvent[]): EventIndex {
  const count = events.length;
  // Sort keys as doubles (day * 2^21 + input position): a numeric typed-array sort, no comparator, stable.
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = dayOfIsoDate(events[i]?.date) * POSITION_RANGE + i;
  keys.sort();

  const sorted: ConflictEvent[] = new Array<ConflictEvent>(count);
  const day = new Int32Array(count);
  const spanStart = new Int32Array(count);
  const longitude = new Float64Array(count);
  const latitude = new Float64Array(count);
  const mercatorX = new Float32Array(count);
  const mercatorY = new Float32Array(count);
  const type = new Uint8Array(count);
  const fatalities = new Int32Array(count);
  const geoPrecision = new Uint8Array(count);
  const timePrecision = new Uint8Array(count);
  const actors = new Set<string>();
  let firstDay: DayNumber | null = null;
  let lastDay: DayNumber | null = null;
  let undatedCount = 0;
  let unlocatedCount = 0;

  for (let position = 0; position < count; position++) {
    const key = keys[position] ?? 0;
    const source = ((key % POSITION_RANGE) + POSITION_RANGE) % POSITION_RANGE;
    const event = events[source] as ConflictEvent;
    sorted[position] = event;
    const eventDay = (key - source) / POSITION_RANGE;
    day[position] = eventDay;
    timePrecision[position] = event.time_precision;
    if (eventDay === UNDATED_DAY) {
      spanStart[position] = UNDATED_DAY;
      undatedCount++;
    } else {
      const start = eventDay - SPAN_DAYS[event.time_precision] + 1;
      spanStart[position] = start;
      if (firstDay === null || start < firstDay) firstDay = start;
      if (lastDay === null || eventDay > lastDay) lastDay = eventDay;
    }
    if (isLocated(event)) {
      const lon = event.longitude as number;
      const lat = event.latitude as number;
      longitude[position] = lon;
      latitude[position] = lat;
      mercatorX[position] = mercatorXFromLongitude(lon);
      mercatorY[position] = mercatorYFromLatitude(lat);
      geoPrecision[position] = event.geo_precision ?? 1;
    } else {
      longitude[position] = NaN;
      latitude[position] = NaN;
      mercatorX[position] = NaN;
      mercatorY[position] = NaN;
      geoPrecision[position] = 0;
      unlocatedCount++;
    }
    const typeIndex = SUB_EVENT_TYPES.indexOf(event.sub_event_type);
    type[position] = typeIndex < 0 ? 0 : typeIndex;
    fatalities[position] = event.fatalities ?? -1;
    if (event.actor1) actors.add(event.actor1);
    if (event.actor2) actors.add(event.actor2);
  }

  let positionById: Map<string, number> | null = null;
  return {
    count,
    events: sorted,
    // Built on first use (selection, list scrolling): most loads never need it.
    get positionById() {
      if (!positionById) {
        positionById = new Map();
        for (let position = 0; position < count; position++)
          positionById.set(sorted[position]?.id ?? '', position);
      }
      return positionById;
    },
    day,
    spanStart,
    longitude,
    latitude,
    mercatorX,
    mercatorY,
    type,
    fatalities,
    geoPrecision,
    timePrecision,
    firstDay,
    lastDay,
    actors: [...actors].sort((a, b) => a.localeCompare(b)),
    undatedCount,
    unlocatedCount,
  };
}
