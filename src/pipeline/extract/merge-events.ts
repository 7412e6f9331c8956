/**
 * Cross-article deduplication: one incident reported by several outlets becomes one event listing every source.
 *
 * Grouping is by incident, not by links. Reports are taken in a fixed order (precise reports first, then by day and
 * id) and each joins the group every member of which it is compatible with (`compatibleReports`: same sub-event
 * type, overlapping dates, the same place or one inside the other or points ≤ 3 km apart, actors not
 * contradicting), so two reports that are each close to a third but far from each other never end up together.
 * Coarse reports (a week or month only, a region or a whole city, no place, no date) are taken last and join only
 * when exactly one group fits; otherwise they stay on their own. Events of one article are never merged here (the
 * extractor already decided they are distinct), and different sub-event types never.
 *
 * Contract: the result does not depend on the order of the input; merging each sub-event type on its own and
 * interleaving the results (by date, then id) gives the same events as one call over everything. A user's split
 * and merge decisions (`MergeConstraints`) are applied as cannot-link and must-link constraints.
 */
import type { ConflictEvent } from '../types.ts';
import { combineEvents } from './combine-events.ts';
import { dateWindow } from './dates.ts';
import {
  compatibleReports,
  NEARBY_KM,
  RELATION_RANK,
  type DateWindow,
  type PlaceRelation,
} from './incident-compatibility.ts';
import type { IncidentPlaces } from './place-hierarchy.ts';

export { combineEvents } from './combine-events.ts';

/** The radius within which the extractor treats places of one article as one (used inside an article only). */
export const SAME_PLACE_KM = 25;

/** A user's decisions about what is one incident, by the machine event ids of the reports. */
export interface MergeConstraints {
  /** Each list is one incident: its reports are merged whatever the machine judged (same sub-event type only). */
  together: readonly (readonly string[])[];
  /** No two reports of one list are ever in the same event. */
  apart: readonly (readonly string[])[];
}

export interface MergeOptions {
  /** Which gazetteer places contain which; without it only place ids and distances are compared. */
  places?: IncidentPlaces | undefined;
  constraints?: MergeConstraints | undefined;
}

interface Report {
  event: ConflictEvent;
  window: DateWindow | null;
  coarse: boolean;
  articles: readonly string[];
  /** Latitude in km north of the equator (NaN when unlocated): a quick bound on the distance between two reports. */
  northKm: number;
}

/** Kilometres per degree of latitude on the sphere `distanceKm` uses, less a rounding margin. */
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180 - 0.001;

/**
 * Whether two located reports surely cannot share a place (`placeRelation` would say `none`), judged by the
 * difference in latitude alone: their places differ, neither contains the other, they lie further apart than
 * NEARBY_KM, and no report naming only a region is compared without the gazetteer's hierarchy.
 */
function surelyApart(a: Report, b: Report, places: IncidentPlaces | undefined): boolean {
  if (!(Math.abs(a.northKm - b.northKm) > NEARBY_KM)) return false;
  const aPlace = a.event.place_id;
  const bPlace = b.event.place_id;
  const regional = a.event.geo_precision === 3 || b.event.geo_precision === 3;
  if (regional && (places === undefined || aPlace === null || bPlace === null)) return false;
  if (aPlace !== null && aPlace === bPlace) return false;
  return places === undefined || !(places.contains(a.event, b.event) || places.contains(b.event, a.event));
}

interface Group {
  order: number;
  members: Report[];
  articles: Set<string>;
  /** An ambiguous coarse report on its own: nothing joins it. */
  closed: boolean;
  byUser: boolean;
  /** Marks the group as already collected for the report being placed. */
  stamp: number;
}

function windowOf(event: ConflictEvent): DateWindow | null {
  if (event.date === null) return null;
  const [first, last] = dateWindow(event.date, event.time_precision);
  return { first, last, precise: event.time_precision === 1 };
}

function isCoarse(event: ConflictEvent, places: IncidentPlaces | undefined): boolean {
  if (event.date === null || event.time_precision !== 1) return true;
  if (event.latitude === null || event.longitude === null || event.geo_precision === 3) return true;
  return places !== undefined && event.place_id !== null && places.areas.has(event.place_id);
}

function articlesOf(event: ConflictEvent): readonly string[] {
  const first = event.sources[0]?.article_id;
  if (first !== undefined && event.sources.every((source) => source.article_id === first)) return [first];
  return [...new Set(event.sources.map((source) => source.article_id))].sort();
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A total order that does not depend on the input's: precise before coarse, then by day, id and first source. */
function compareReports(a: Report, b: Report): number {
  if (a.coarse !== b.coarse) return a.coarse ? 1 : -1;
  const dayA = a.window?.last ?? Infinity;
  const dayB = b.window?.last ?? Infinity;
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  return (
    compareIds(a.event.id, b.event.id) ||
    compareIds(a.articles[0] ?? '', b.articles[0] ?? '') ||
    (a.event.sources[0]?.start ?? 0) - (b.event.sources[0]?.start ?? 0)
  );
}

function pairsOf(lists: readonly (readonly string[])[] | undefined): Map<string, Set<string>> {
  const apart = new Map<string, Set<string>>();
  for (const list of lists ?? []) {
    for (const id of list) {
      let set = apart.get(id);
      if (!set) apart.set(id, (set = new Set()));
      for (const other of list) if (other !== id) set.add(other);
    }
  }
  return apart;
}

/** Groups the reports of one sub-event type into incidents. */
function groupType(events: readonly ConflictEvent[], options: MergeOptions): Group[] {
  const { places, constraints } = options;
  const reports: Report[] = events.map((event) => ({
    event,
    window: windowOf(event),
    coarse: isCoarse(event, places),
    articles: articlesOf(event),
    northKm: event.latitude === null || event.longitude === null ? NaN : event.latitude * KM_PER_DEGREE,
  }));
  reports.sort(compareReports);
  const apart = pairsOf(constraints?.apart);
  const groups: Group[] = [];
  // Groups by every day their members' windows cover, and the undated groups.
  const byDay = new Map<number, Group[]>();
  const undated: Group[] = [];
  const register = (group: Group, report: Report) => {
    if (report.window === null) {
      if (!undated.includes(group)) undated.push(group);
      return;
    }
    for (let day = report.window.first; day <= report.window.last; day++) {
      const list = byDay.get(day);
      if (!list) byDay.set(day, [group]);
      else if (list[list.length - 1] !== group) list.push(group);
    }
  };
  const newGroup = (report: Report, byUser: boolean): Group => {
    const group: Group = {
      order: groups.length,
      members: [report],
      articles: new Set(report.articles),
      closed: false,
      byUser,
      stamp: -1,
    };
    groups.push(group);
    register(group, report);
    return group;
  };
  const join = (group: Group, report: Report) => {
    group.members.push(report);
    for (const article of report.articles) group.articles.add(article);
    register(group, report);
  };

  // The user's merges first: each list present here is one group.
  const placed = new Set<Report>();
  const byEventId = new Map(reports.map((report) => [report.event.id, report]));
  const together = (constraints?.together ?? [])
    .map((ids) => ids.flatMap((id) => byEventId.get(id) ?? []).sort(compareReports))
    .filter((members) => members.length > 1)
    .sort((a, b) => compareReports(a[0] as Report, b[0] as Report));
  for (const members of together) {
    const free = members.filter((report) => !placed.has(report));
    if (free.length < 2) continue;
    const group = newGroup(free[0] as Report, true);
    placed.add(free[0] as Report);
    for (const report of free.slice(1)) {
      join(group, report);
      placed.add(report);
    }
  }

  reports.forEach((report, index) => {
    if (placed.has(report)) return;
    const candidates: { group: Group; rank: number; days: number }[] = [];
    const consider = (group: Group) => {
      if (group.stamp === index) return;
      group.stamp = index;
      if (group.closed) return;
      const seed = group.members[0] as Report;
      if (surelyApart(report, seed, places)) return;
      for (const article of report.articles) if (group.articles.has(article)) return;
      const cannot = apart.get(report.event.id);
      let loosest: PlaceRelation = 'same-place';
      for (const member of group.members) {
        if (cannot?.has(member.event.id)) return;
        const relation = compatibleReports(report.event, report.window, member.event, member.window, places);
        if (relation === null) return;
        if (RELATION_RANK[relation] > RELATION_RANK[loosest]) loosest = relation;
      }
      const days =
        report.window && seed.window ? Math.abs(report.window.last - seed.window.last) : Number.MAX_VALUE;
      candidates.push({ group, rank: RELATION_RANK[loosest], days });
    };
    if (report.window === null) {
      for (const group of undated) consider(group);
    } else {
      const slack = report.window.precise ? 1 : 0;
      for (let day = report.window.first - slack; day <= report.window.last + slack; day++)
        for (const group of byDay.get(day) ?? []) consider(group);
    }
    if (report.coarse) {
      // A vague report joins an incident only when it can be no other.
      if (candidates.length === 1) join((candidates[0] as (typeof candidates)[number]).group, report);
      else newGroup(report, false).closed = candidates.length > 1;
      return;
    }
    let best: (typeof candidates)[number] | undefined;
    for (const candidate of candidates) {
      // The closest place, then the nearest day, then the group formed first.
      const difference = best
        ? candidate.rank - best.rank || candidate.days - best.days || candidate.group.order - best.group.order
        : -1;
      if (difference < 0) best = candidate;
    }
    if (best) join(best.group, report);
    else newGroup(report, false);
  });
  return groups;
}

/** The order of merged events: by date (undated first), then id by code units. */
export function byDateThenId(a: ConflictEvent, b: ConflictEvent): number {
  const dateA = a.date ?? '';
  const dateB = b.date ?? '';
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return compareIds(a.id, b.id);
}

/** Merges events from different articles that report the same incident. Order: by date (undated first), then id. */
export function mergeEvents(events: readonly ConflictEvent[], options: MergeOptions = {}): ConflictEvent[] {
  const byType = new Map<string, ConflictEvent[]>();
  for (const event of events) {
    const list = byType.get(event.sub_event_type);
    if (list) list.push(event);
    else byType.set(event.sub_event_type, [event]);
  }
  const merged: ConflictEvent[] = [];
  for (const list of byType.values()) {
    for (const group of groupType(list, options)) {
      const members = group.members.map((report) => report.event);
      merged.push(
        group.byUser || members.length > 1
          ? combineEvents(members, options.places, group.byUser)
          : (members[0] as ConflictEvent),
      );
    }
  }
  return sortByDateThenId(merged);
}

/** `byDateThenId` without comparing the date strings again for every pair. */
function sortByDateThenId(events: readonly ConflictEvent[]): ConflictEvent[] {
  const days = new Map<string, number>();
  const keys = events.map((event) => {
    if (event.date === null) return -1e9;
    let day = days.get(event.date);
    if (day === undefined) days.set(event.date, (day = dateWindow(event.date, 1)[0]));
    return day;
  });
  const order = events.map((_, index) => index);
  order.sort((a, b) => {
    const difference = (keys[a] as number) - (keys[b] as number);
    if (difference !== 0) return difference;
    return compareIds((events[a] as ConflictEvent).id, (events[b] as ConflictEvent).id);
  });
  return order.map((index) => events[index] as ConflictEvent);
}

/** Whether two events (of any articles) could be reports of one incident, compared on their own. */
export function sameIncident(a: ConflictEvent, b: ConflictEvent, places?: IncidentPlaces): boolean {
  if (a.sub_event_type !== b.sub_event_type) return false;
  const articles = new Set(a.sources.map((source) => source.article_id));
  if (b.sources.some((source) => articles.has(source.article_id))) return false;
  return compatibleReports(a, windowOf(a), b, windowOf(b), places) !== null;
}
