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

/** Counting-sort buckets are used while the day range is at most this, or twice the event count. */
const MAX_COUNTING_BUCKETS = 1 << 16;

/** Adds one to a counter and returns its value before (`counters[slot]++` without an unchecked index). */
export function increment(counters: Int32Array, slot: number): number {
  const value = counters[slot] as number;
  counters[slot] = value + 1;
  return value;
}

/**
 * Input positions ordered by day, ties in input order, in linear time: one counting sort over the day range
 * (undated last), or, for a range wider than the buckets allow, a stable two-pass radix sort on 16-bit digits.
 */
export function orderByDay(days: Int32Array, minimumDay: number, maximumDay: number): Int32Array {
  const count = days.length;
  const order = new Int32Array(count);
  if (count === 0) return order;
  // Keys are days from the first one; undated events get the key after the last day.
  const undatedKey = minimumDay <= maximumDay ? maximumDay - minimumDay + 1 : 0;
  const keys = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const day = days[i] as number;
    keys[i] = day === UNDATED_DAY ? undatedKey : day - minimumDay;
  }
  const bucketCount = undatedKey + 1;
  if (bucketCount <= Math.max(MAX_COUNTING_BUCKETS, count * 2)) {
    const starts = new Int32Array(bucketCount + 1);
    for (let i = 0; i < count; i++) increment(starts, (keys[i] as number) + 1);
    for (let b = 1; b <= bucketCount; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
    for (let i = 0; i < count; i++) order[increment(starts, keys[i] as number)] = i;
    return order;
  }
  const scratch = new Int32Array(count);
  const starts = new Int32Array(MAX_COUNTING_BUCKETS + 1);
  for (let i = 0; i < count; i++) increment(starts, ((keys[i] as number) & 0xffff) + 1);
  for (let b = 1; b <= MAX_COUNTING_BUCKETS; b++)
    starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  for (let i = 0; i < count; i++) scratch[increment(starts, (keys[i] as number) & 0xffff)] = i;
  starts.fill(0);
  for (let i = 0; i < count; i++) increment(starts, ((keys[i] as number) >>> 16) + 1);
  for (let b = 1; b <= MAX_COUNTING_BUCKETS; b++)
    starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  for (let k = 0; k < count; k++) {
    const i = scratch[k] as number;
    order[increment(starts, (keys[i] as number) >>> 16)] = i;
  }
  return order;
}

/** Position of each sub-event type in SUB_EVENT_TYPES (a map lookup instead of comparing with each name). */
const TYPE_POSITION: ReadonlyMap<string, number> = new Map(
  SUB_EVENT_TYPES.map((type, position) => [type, position]),
);

/**
 * Day numbers of ISO dates, remembering those already parsed: an archive has far fewer distinct days than events,
 * and events of one day often come together.
 */
class DayParser {
  private readonly known = new Map<string, number>();
  private lastDate: string | null = null;
  private lastDay: number = UNDATED_DAY;

  dayOf(date: string | null | undefined): number {
    if (date === this.lastDate) return this.lastDay;
    if (!date) return UNDATED_DAY;
    let day = this.known.get(date);
    if (day === undefined) {
      day = dayOfIsoDate(date);
      this.known.set(date, day);
    }
    this.lastDate = date;
    this.lastDay = day;
    return day;
  }
}

/** Whether the days are already in index order (ascending, undated last): then nothing needs sorting. */
function inDayOrder(days: Int32Array): boolean {
  for (let i = 1; i < days.length; i++) if ((days[i] as number) < (days[i - 1] as number)) return false;
  return true;
}

/** `output[k] = input[order[k]]`: one compact array put in index order. */
function permuted<T extends Int32Array | Uint8Array | Float64Array>(
  input: T,
  order: Int32Array,
  output: T,
): T {
  for (let k = 0; k < order.length; k++) output[k] = input[order[k] as number] as number;
  return output;
}

function permutedEvents(events: readonly ConflictEvent[], order: Int32Array): ConflictEvent[] {
  const sorted = new Array<ConflictEvent>(order.length);
  for (let k = 0; k < order.length; k++) sorted[k] = events[order[k] as number] as ConflictEvent;
  return sorted;
}

/** Every actor name of the events, sorted (built on first use: only the filter panel needs it). */
function actorNames(events: readonly ConflictEvent[]): string[] {
  const actors = new Set<string>();
  for (const event of events) {
    if (event.actor1) actors.add(event.actor1);
    if (event.actor2) actors.add(event.actor2);
  }
  return [...actors].sort((a, b) => a.localeCompare(b));
}

/**
 * Builds the index in linear time: one sequential pass over the events copies what the views need into
 * typed arrays (in input order, so each event object is visited once, in memory order), a counting sort
 * orders them by day (ties keep input order) unless they already are, the compact arrays are permuted into day
 * order, and one last pass derives span starts and Mercator positions.
 * The id map and the actor list are built on first use.
 */
export function buildEventIndex(events: readonly ConflictEvent[]): EventIndex {
  const count = events.length;
  const inputDay = new Int32Array(count);
  const inputTimePrecision = new Uint8Array(count);
  const inputLongitude = new Float64Array(count);
  const inputLatitude = new Float64Array(count);
  const inputGeoPrecision = new Uint8Array(count);
  const inputType = new Uint8Array(count);
  const inputFatalities = new Int32Array(count);
  let minimumDay = UNDATED_DAY;
  let maximumDay = -UNDATED_DAY;
  let unlocatedCount = 0;
  const days = new DayParser();
  for (let i = 0; i < count; i++) {
    const event = events[i] as ConflictEvent;
    const eventDay = days.dayOf(event.date);
    inputDay[i] = eventDay;
    if (eventDay !== UNDATED_DAY) {
      if (eventDay < minimumDay) minimumDay = eventDay;
      if (eventDay > maximumDay) maximumDay = eventDay;
    }
    inputTimePrecision[i] = event.time_precision;
    const lon = event.longitude;
    const lat = event.latitude;
    if (lon !== null && lat !== null && Number.isFinite(lon) && Number.isFinite(lat)) {
      inputLongitude[i] = lon;
      inputLatitude[i] = lat;
      inputGeoPrecision[i] = event.geo_precision ?? 1;
    } else {
      inputLongitude[i] = NaN;
      inputLatitude[i] = NaN;
      unlocatedCount++;
    }
    inputType[i] = TYPE_POSITION.get(event.sub_event_type) ?? 0;
    inputFatalities[i] = event.fatalities ?? -1;
  }
  // Already in day order (a library kept by date, a reload): the input arrays are the index's arrays.
  const order = inDayOrder(inputDay) ? null : orderByDay(inputDay, minimumDay, maximumDay);
  const sorted: readonly ConflictEvent[] = order ? permutedEvents(events, order) : events;
  const day = order ? permuted(inputDay, order, new Int32Array(count)) : inputDay;
  const timePrecision = order
    ? permuted(inputTimePrecision, order, new Uint8Array(count))
    : inputTimePrecision;
  const longitude = order ? permuted(inputLongitude, order, new Float64Array(count)) : inputLongitude;
  const latitude = order ? permuted(inputLatitude, order, new Float64Array(count)) : inputLatitude;
  const geoPrecision = order ? permuted(inputGeoPrecision, order, new Uint8Array(count)) : inputGeoPrecision;
  const type = order ? permuted(inputType, order, new Uint8Array(count)) : inputType;
  const fatalities = order ? permuted(inputFatalities, order, new Int32Array(count)) : inputFatalities;

  const spanStart = new Int32Array(count);
  const mercatorX = new Float32Array(count);
  const mercatorY = new Float32Array(count);
  let firstDay = UNDATED_DAY;
  let undatedCount = 0;
  for (let position = 0; position < count; position++) {
    const eventDay = day[position] as number;
    if (eventDay === UNDATED_DAY) {
      spanStart[position] = UNDATED_DAY;
      undatedCount++;
    } else {
      const start = eventDay - SPAN_DAYS[timePrecision[position] as 1 | 2 | 3] + 1;
      spanStart[position] = start;
      if (start < firstDay) firstDay = start;
    }
    mercatorX[position] = mercatorXFromLongitude(longitude[position] as number);
    mercatorY[position] = mercatorYFromLatitude(latitude[position] as number);
  }

  let positionById: Map<string, number> | null = null;
  let actors: string[] | null = null;
  const dated = undatedCount < count;
  return {
    count,
    events: sorted,
    // Built on first use (selection, list scrolling): most loads never need it.
    get positionById() {
      if (!positionById) {
        positionById = new Map();
        for (let position = 0; position < count; position++)
          positionById.set((sorted[position] as ConflictEvent).id, position);
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
    firstDay: dated ? firstDay : null,
    lastDay: dated ? maximumDay : null,
    // Read in input order (memory order), not day order.
    get actors() {
      actors ??= actorNames(events);
      return actors;
    },
    undatedCount,
    unlocatedCount,
  };
}
