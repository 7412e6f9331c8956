/**
 * Cross-article deduplication: one incident reported by several outlets becomes one event listing
 * every source. Two events are the same incident when they have the same sub-event type, their date
 * windows overlap (within a day for day-precise dates), their places lie within ~25 km (wider when one
 * is only a region) and their actors do not contradict each other. Events from the same article are
 * never merged here: the extractor already decided they are distinct.
 */
import type { ConflictEvent, SourceSpan } from '../types.ts';
import { dateWindow, dayNumber } from './dates.ts';
import { distanceKm } from './distance.ts';

export const SAME_PLACE_KM = 25;
const REGION_PLACE_KM = 250;

function datesCompatible(a: ConflictEvent, b: ConflictEvent): boolean {
  if (a.date === null || b.date === null) return a.date === b.date;
  const [aStart, aEnd] = dateWindow(a.date, a.time_precision);
  const [bStart, bEnd] = dateWindow(b.date, b.time_precision);
  const slack = a.time_precision === 1 && b.time_precision === 1 ? 1 : 0;
  return aStart <= bEnd + slack && bStart <= aEnd + slack;
}

function sameActor(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function actorsCompatible(a: ConflictEvent, b: ConflictEvent): boolean {
  if (sameActor(a.actor1, b.actor1) && sameActor(a.actor2, b.actor2)) return true;
  // Either side of a clash may be named first.
  return a.event_type === 'Battles' && sameActor(a.actor1, b.actor2) && sameActor(a.actor2, b.actor1);
}

function sharesKnownActor(a: ConflictEvent, b: ConflictEvent): boolean {
  const known = [a.actor1, a.actor2].filter((actor) => actor !== null);
  return known.some((actor) => actor === b.actor1 || actor === b.actor2);
}

function isLocated(event: ConflictEvent): event is ConflictEvent & { latitude: number; longitude: number } {
  return event.latitude !== null && event.longitude !== null;
}

function placesCompatible(a: ConflictEvent, b: ConflictEvent): boolean {
  if (isLocated(a) && isLocated(b)) {
    const limit = a.geo_precision === 3 || b.geo_precision === 3 ? REGION_PLACE_KM : SAME_PLACE_KM;
    return distanceKm(a.latitude, a.longitude, b.latitude, b.longitude) <= limit;
  }
  // Without a place on one side, only a day-precise date and a shared named actor make it the same incident.
  return a.time_precision === 1 && b.time_precision === 1 && a.date === b.date && sharesKnownActor(a, b);
}

function articleIds(event: ConflictEvent): Set<string> {
  return new Set(event.sources.map((source) => source.article_id));
}

export function sameIncident(a: ConflictEvent, b: ConflictEvent): boolean {
  if (a.sub_event_type !== b.sub_event_type) return false;
  const aArticles = articleIds(a);
  if (b.sources.some((source) => aArticles.has(source.article_id))) return false;
  return datesCompatible(a, b) && placesCompatible(a, b) && actorsCompatible(a, b);
}

function geoRank(event: ConflictEvent): number {
  return event.latitude === null ? 9 : (event.geo_precision ?? 4);
}

/** The member whose place and date are the most precise represents the merged event. */
function representative(members: readonly ConflictEvent[]): ConflictEvent {
  let best = members[0] as ConflictEvent;
  for (const member of members) {
    const better =
      geoRank(member) < geoRank(best) ||
      (geoRank(member) === geoRank(best) && member.time_precision < best.time_precision) ||
      (geoRank(member) === geoRank(best) &&
        member.time_precision === best.time_precision &&
        member.confidence > best.confidence);
    if (better) best = member;
  }
  return best;
}

function uniqueSources(members: readonly ConflictEvent[]): SourceSpan[] {
  const seen = new Set<string>();
  const sources: SourceSpan[] = [];
  for (const member of members) {
    for (const source of member.sources) {
      const key = `${source.article_id}\u0000${source.start}\u0000${source.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push(source);
    }
  }
  return sources;
}

/** Combines events judged to be one incident into one event (lowest id kept, so ids stay stable). */
export function combineEvents(members: readonly ConflictEvent[]): ConflictEvent {
  const base = representative(members);
  if (members.length === 1) return base;
  const lows = members.map((member) => member.fatalities).filter((value) => value !== null);
  const highs = members
    .flatMap((member) => [member.fatalities, member.fatalities_high])
    .filter((value) => value !== null);
  const low = lows.length > 0 ? Math.min(...lows) : null;
  const high = highs.length > 0 ? Math.max(...highs) : null;
  const injuries = members.map((member) => member.injuries).filter((value) => value !== null);
  const bestDate = [...members].sort((a, b) => a.time_precision - b.time_precision)[0] as ConflictEvent;
  const sources = uniqueSources(members);
  const articleCount = new Set(sources.map((source) => source.article_id)).size;
  const missed = members.reduce((product, member) => product * (1 - member.confidence), 1);
  const reasons = [...base.confidence_reasons];
  if (articleCount > 1) reasons.push(`reported by ${articleCount} articles`);
  if (low !== null && high !== null && high > low)
    reasons.push(`sources disagree on the dead (${low}–${high})`);
  return {
    ...base,
    id: members.map((member) => member.id).sort()[0] as string,
    date: bestDate.date,
    time_precision: bestDate.time_precision,
    actor1: base.actor1 ?? members.find((member) => member.actor1 !== null)?.actor1 ?? null,
    actor2: base.actor2 ?? members.find((member) => member.actor2 !== null)?.actor2 ?? null,
    fatalities: low,
    fatalities_high: high !== null && low !== null && high > low ? high : null,
    injuries: injuries.length > 0 ? Math.max(...injuries) : null,
    confidence: Math.min(0.99, Math.round((1 - missed) * 100) / 100),
    confidence_reasons: reasons,
    sources,
    highlights: members.flatMap((member) => member.highlights),
  };
}

/** One collator for every comparison: the same order as `localeCompare`, without building one per call. */
const collator = new Intl.Collator();

/**
 * Each value's rank in collation order (equal ranks for values the collator holds equal), so a sort
 * compares numbers where it compared strings: the same order, with the collator run on the distinct
 * values only.
 */
function collationRanks(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, index) => {
    if (index > 0 && collator.compare(distinct[index - 1] as string, value) !== 0) rank++;
    ranks.set(value, rank);
  });
  return ranks;
}

const HASH_ID = /^[0-9a-f]{14}$/;

/** Sorts by the ranked keys (the first deciding), then by id in collation order. */
function sortByRanks(
  events: readonly ConflictEvent[],
  keys: readonly ((event: ConflictEvent) => string)[],
): ConflictEvent[] {
  // One number per event: the ranks of its keys, the first the most significant.
  const order = new Float64Array(events.length);
  for (const key of keys) {
    const ranks = collationRanks(events.map(key));
    const scale = ranks.size + 1;
    events.forEach((event, index) => {
      order[index] = (order[index] as number) * scale + (ranks.get(key(event)) ?? 0);
    });
  }
  const hashIds = events.map((event) => HASH_ID.test(event.id));
  const indices = events.map((_, index) => index);
  indices.sort((a, b) => {
    const difference = (order[a] as number) - (order[b] as number);
    if (difference !== 0) return difference;
    const idA = (events[a] as ConflictEvent).id;
    const idB = (events[b] as ConflictEvent).id;
    // Two ids of `eventId` (14 lowercase hex digits) collate as their code units compare.
    if (hashIds[a] === true && hashIds[b] === true) return idA < idB ? -1 : idA > idB ? 1 : 0;
    return collator.compare(idA, idB);
  });
  return indices.map((index) => events[index] as ConflictEvent);
}

const typeOf = (event: ConflictEvent): string => event.sub_event_type;
const dateOf = (event: ConflictEvent): string => event.date ?? '';

/** `sameIncident` for two events of the same type whose dates are compatible, articles and sources aside. */
function sameIncidentElsewhere(
  a: ConflictEvent,
  b: ConflictEvent,
  articlesOfA: ReadonlySet<string>,
): boolean {
  for (const source of b.sources) if (articlesOfA.has(source.article_id)) return false;
  return placesCompatible(a, b) && actorsCompatible(a, b);
}

const RADIANS = Math.PI / 180;
/** The radius `distanceKm` uses: a great-circle distance is at least this times the difference in latitude. */
const EARTH_RADIUS_KM = 6371.0088;
/** Rounding room for that bound, so the shortcut never rejects a pair `distanceKm` would accept. */
const LATITUDE_MARGIN_KM = 0.001;

/** Merges events from different articles that report the same incident. Order: by date, then id. */
export function mergeEvents(events: readonly ConflictEvent[]): ConflictEvent[] {
  // Candidates are only ever of the same type and within about a month: compare inside those runs.
  const sorted = sortByRanks(events, [typeOf, dateOf]);
  const count = sorted.length;
  // What the pairwise test reads, once per event: type, day, date window (datesCompatible), articles.
  const typeIds = new Map<string, number>();
  const type = new Int32Array(count);
  const day = new Float64Array(count);
  const windowFirst = new Float64Array(count);
  const windowLast = new Float64Array(count);
  const dayPrecise = new Uint8Array(count);
  // Latitude in radians (NaN when not located) and whether the place is only a region.
  const latitude = new Float64Array(count);
  const regional = new Uint8Array(count);
  const articles: Set<string>[] = [];
  sorted.forEach((event, index) => {
    latitude[index] = isLocated(event) ? event.latitude * RADIANS : NaN;
    regional[index] = event.geo_precision === 3 ? 1 : 0;
    let typeId = typeIds.get(event.sub_event_type);
    if (typeId === undefined) typeIds.set(event.sub_event_type, (typeId = typeIds.size));
    type[index] = typeId;
    articles.push(articleIds(event));
    if (event.date === null) {
      day[index] = NaN;
      return;
    }
    day[index] = dayNumber(event.date);
    const [first, last] = dateWindow(event.date, event.time_precision);
    windowFirst[index] = first;
    windowLast[index] = last;
    dayPrecise[index] = event.time_precision === 1 ? 1 : 0;
  });
  const parent = sorted.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[index] !== root) {
      const next = parent[index] as number;
      parent[index] = root;
      index = next;
    }
    return root;
  };
  // Members of one cluster must all come from different articles, so clusters grow one event at a time.
  const clusterArticles = new Map<number, Set<string>>();
  articles.forEach((ids, index) => clusterArticles.set(index, new Set(ids)));
  for (let i = 0; i < count; i++) {
    const a = sorted[i] as ConflictEvent;
    const typeA = type[i] as number;
    const dayA = day[i] as number;
    const datedA = !Number.isNaN(dayA);
    const firstA = windowFirst[i] as number;
    const lastA = windowLast[i] as number;
    const preciseA = dayPrecise[i] === 1;
    const latitudeA = latitude[i] as number;
    const regionalA = regional[i] === 1;
    for (let j = i + 1; j < count; j++) {
      if (type[j] !== typeA) break;
      const dayB = day[j] as number;
      const datedB = !Number.isNaN(dayB);
      // Sorted by date: once b is more than a month and a day later, no later event can overlap a.
      if (datedA && datedB && dayB > dayA + 32) break;
      // datesCompatible: no date on one side matches only no date on the other.
      if (datedA !== datedB) continue;
      if (datedA) {
        const slack = preciseA && dayPrecise[j] === 1 ? 1 : 0;
        if (firstA > (windowLast[j] as number) + slack || (windowFirst[j] as number) > lastA + slack)
          continue;
      }
      // placesCompatible: two located places differing in latitude by more than the limit are too far apart.
      const limit = regionalA || regional[j] === 1 ? REGION_PLACE_KM : SAME_PLACE_KM;
      if (Math.abs(latitudeA - (latitude[j] as number)) * EARTH_RADIUS_KM > limit + LATITUDE_MARGIN_KM)
        continue;
      const b = sorted[j] as ConflictEvent;
      if (!sameIncidentElsewhere(a, b, articles[i] as Set<string>)) continue;
      const rootA = find(i);
      const rootB = find(j);
      if (rootA === rootB) continue;
      const articlesA = clusterArticles.get(rootA) as Set<string>;
      const articlesB = clusterArticles.get(rootB) as Set<string>;
      if ([...articlesB].some((id) => articlesA.has(id))) continue;
      parent[rootB] = rootA;
      for (const id of articlesB) articlesA.add(id);
    }
  }
  const clusters = new Map<number, ConflictEvent[]>();
  sorted.forEach((event, index) => {
    const root = find(index);
    const members = clusters.get(root) ?? [];
    members.push(event);
    clusters.set(root, members);
  });
  return sortByRanks([...clusters.values()].map(combineEvents), [dateOf]);
}
