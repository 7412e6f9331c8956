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

/** Merges events from different articles that report the same incident. Order: by date, then id. */
export function mergeEvents(events: readonly ConflictEvent[]): ConflictEvent[] {
  // Candidates are only ever of the same type and within about a month: compare inside those runs.
  const sorted = [...events].sort(
    (a, b) =>
      a.sub_event_type.localeCompare(b.sub_event_type) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.id.localeCompare(b.id),
  );
  const days = sorted.map((event) => (event.date === null ? null : dayNumber(event.date)));
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
  sorted.forEach((event, index) => clusterArticles.set(index, articleIds(event)));
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as ConflictEvent;
    const dayA = days[i] ?? null;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as ConflictEvent;
      if (b.sub_event_type !== a.sub_event_type) break;
      const dayB = days[j] ?? null;
      // Sorted by date: once b is more than a month and a day later, no later event can overlap a.
      if (dayA !== null && dayB !== null && dayB > dayA + 32) break;
      if (!sameIncident(a, b)) continue;
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
  return [...clusters.values()]
    .map(combineEvents)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
}
