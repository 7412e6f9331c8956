/**
 * One event from the reports of one incident: the most precise place, the agreed day, the lowest and highest
 * toll, every source, and a summary of how the reports relate (`incident`).
 */
import type { ConflictEvent, IncidentSummary, SourceSpan } from '../types.ts';
import { dayNumber } from './dates.ts';
import { placeRelation, RELATION_RANK, type PlaceRelation } from './incident-compatibility.ts';
import type { IncidentPlaces } from './place-hierarchy.ts';

/** Lower is more precise: the place itself before near it before a region; a city, district or region last. */
function geoRank(event: ConflictEvent, places: IncidentPlaces | undefined): number {
  if (event.latitude === null) return 9;
  const area = places !== undefined && event.place_id !== null && places.areas.has(event.place_id);
  return (event.geo_precision ?? 4) + (area ? 0.5 : 0);
}

function byId(a: ConflictEvent, b: ConflictEvent): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The member whose place is the most precise (then date, confidence, id) gives the merged event its place. */
function representative(
  members: readonly ConflictEvent[],
  places: IncidentPlaces | undefined,
): ConflictEvent {
  let best = members[0] as ConflictEvent;
  for (const member of members) {
    const difference =
      geoRank(member, places) - geoRank(best, places) ||
      member.time_precision - best.time_precision ||
      best.confidence - member.confidence ||
      byId(member, best);
    if (difference < 0) best = member;
  }
  return best;
}

/**
 * The merged date. The most precise reports decide (a day beats a week or a month); among them the day most of
 * them give, and on a tie the earliest: a report dated a day late usually took the publication day for the day of
 * the attack, while no report can date an incident before it happened. Not simply the earliest date, which lets
 * one outlet's slip move an incident every other source dates alike.
 */
function mergedDate(members: readonly ConflictEvent[]): Pick<ConflictEvent, 'date' | 'time_precision'> {
  const dated = members.filter((member) => member.date !== null);
  if (dated.length === 0) return { date: null, time_precision: (members[0] as ConflictEvent).time_precision };
  const precision = dated.reduce((least, member) => Math.min(least, member.time_precision), Infinity);
  const counts = new Map<string, number>();
  for (const member of dated)
    if (member.time_precision === precision)
      counts.set(member.date as string, (counts.get(member.date as string) ?? 0) + 1);
  let best: string | null = null;
  for (const [date, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) as number);
    if (count > bestCount || (count === bestCount && best !== null && date < best)) best = date;
  }
  return { date: best, time_precision: precision as ConflictEvent['time_precision'] };
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

function incidentOf(
  base: ConflictEvent,
  members: readonly ConflictEvent[],
  articles: number,
  places: IncidentPlaces | undefined,
  byUser: boolean,
): IncidentSummary {
  let loosest: PlaceRelation = 'same-place';
  for (const member of members) {
    if (member === base) continue;
    const relation = placeRelation(base, member, places);
    if (RELATION_RANK[relation] > RELATION_RANK[loosest]) loosest = relation;
  }
  // Days between the reports that give a day; a week or month report's date is only the end of its window.
  const precise = members.filter((member) => member.date !== null && member.time_precision === 1);
  const dated = precise.length > 0 ? precise : members.filter((member) => member.date !== null);
  const days = dated.map((member) => dayNumber(member.date as string));
  const summary: IncidentSummary = {
    reports: articles,
    place: loosest === 'none' ? 'apart' : loosest,
    place_name: base.latitude === null ? null : base.location,
    day_span: days.length > 0 ? maxOf(days) - minOf(days) : 0,
  };
  if (byUser) summary.by_user = true;
  return summary;
}

/**
 * Combines the reports of one incident into one event (the lowest member id is kept, so ids stay stable).
 * `fatalities` is the lowest count any report gives (ACLED's conservative rule), `fatalities_high` the highest
 * when they differ; injuries take the highest; the confidence rises with every independent report.
 */
export function combineEvents(
  members: readonly ConflictEvent[],
  places?: IncidentPlaces,
  byUser = false,
): ConflictEvent {
  const base = representative(members, places);
  if (members.length === 1) return base;
  const lows = members.map((member) => member.fatalities).filter((value) => value !== null);
  const highs = members
    .flatMap((member) => [member.fatalities, member.fatalities_high])
    .filter((value) => value !== null);
  const low = lows.length > 0 ? minOf(lows) : null;
  const high = highs.length > 0 ? maxOf(highs) : null;
  const injuries = members.map((member) => member.injuries).filter((value) => value !== null);
  const sorted = [...members].sort(byId);
  const sources = uniqueSources(sorted);
  const articleCount = new Set(sources.map((source) => source.article_id)).size;
  const missed = sorted.reduce((product, member) => product * (1 - member.confidence), 1);
  const reasons = [...base.confidence_reasons];
  if (articleCount > 1) reasons.push(`reported by ${articleCount} articles`);
  if (low !== null && high !== null && high > low)
    reasons.push(`sources disagree on the dead (${low}–${high})`);
  const merged: ConflictEvent = {
    ...base,
    id: (sorted[0] as ConflictEvent).id,
    ...mergedDate(sorted),
    actor1: base.actor1 ?? sorted.find((member) => member.actor1 !== null)?.actor1 ?? null,
    actor2: base.actor2 ?? sorted.find((member) => member.actor2 !== null)?.actor2 ?? null,
    fatalities: low,
    fatalities_high: high !== null && low !== null && high > low ? high : null,
    injuries: injuries.length > 0 ? maxOf(injuries) : null,
    confidence: Math.min(0.99, Math.round((1 - missed) * 100) / 100),
    confidence_reasons: reasons,
    sources,
    highlights: sorted.flatMap((member) => member.highlights),
  };
  if (articleCount > 1 || byUser) merged.incident = incidentOf(base, sorted, articleCount, places, byUser);
  return merged;
}

/** Largest and smallest of a list without spreading it into one call (a list may be long). */
function maxOf(values: readonly number[]): number {
  return values.reduce((largest, value) => Math.max(largest, value), -Infinity);
}

function minOf(values: readonly number[]): number {
  return values.reduce((least, value) => Math.min(least, value), Infinity);
}
