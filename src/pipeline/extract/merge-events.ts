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
 * Speed: a report is compared only with the groups whose days its window reaches (`byDay`) and, unless its reach
 * is wide, whose first report lies in its own or a neighbouring latitude band (`bandOf`); the place relation and
 * containment of two reports are asked once per pair of places (`PlaceContainment`). Neither changes which
 * reports end up together (test/unit/extract/merge-pruning.test.ts compares with the rule read plainly).
 *
 * Contract: the result does not depend on the order of the input; merging each sub-event type on its own and
 * interleaving the results (by date, then id) gives the same events as one call over everything. A user's split
 * and merge decisions (`MergeConstraints`) are applied as cannot-link and must-link constraints.
 */
import type { ConflictEvent } from '../types.ts';
import { combineEvents } from './combine-events.ts';
import { dateWindow } from './dates.ts';
import {
  actorsCompatible,
  allowedRelation,
  compatibleReports,
  datesCompatible,
  NEARBY_KM,
  placeRelation,
  RELATION_RANK,
  type DateWindow,
  type PlaceRelation,
} from './incident-compatibility.ts';
import type { IncidentPlaces, PlaceOfReport } from './place-hierarchy.ts';

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
  /** The report's place for `PlaceContainment` (-1 without a place id). */
  placeKey: number;
  /** Names only a region (geo precision 3). */
  regional: boolean;
  /** The latitude band the report is filed under (`bandOf`), NaN when it must be compared with every report. */
  band: number;
  /** Placed by a user's merge before the machine's grouping. */
  placed: boolean;
}

/** Kilometres per degree of latitude on the sphere `distanceKm` uses, less a rounding margin. */
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180 - 0.001;

/** Above this many distinct places, containment answers are kept in a map rather than a table. */
const TABLE_PLACES = 2048;

/** The place relations in the order of their codes in `PlaceContainment`'s tables. */
const RELATIONS: readonly PlaceRelation[] = ['same-place', 'contained', 'nearby', 'unlocated', 'none'];

/**
 * Whether two reports name the same place id or one's place contains the other's, asked once per pair of distinct
 * places: reports with the same key have the same place id, district and point, which is all
 * `IncidentPlaces.contains` reads. Thousands of reports name the same few hundred places, so the answers are
 * reused across them.
 */
class PlaceContainment {
  /** For each place id, the variants (district and point) seen with it and their keys. */
  private readonly variants = new Map<string, PlaceOfReport & { key: number }>();
  private readonly others = new Map<string, number>();
  private readonly examples: PlaceOfReport[] = [];
  private table: Int8Array | null = null;
  private readonly answers = new Map<number, boolean>();
  /** `placeRelation` of two keys' places (its code in RELATIONS, plus one), without and with a region. */
  private relations: Int8Array | null = null;
  private readonly otherRelations = new Map<number, PlaceRelation>();

  constructor(private readonly places: IncidentPlaces) {}

  /** The key of an event's place; call for every report before `related`. */
  keyOf(event: ConflictEvent): number {
    const id = event.place_id;
    if (id === null) return -1;
    const seen = this.variants.get(id);
    if (
      seen !== undefined &&
      seen.admin1 === event.admin1 &&
      seen.latitude === event.latitude &&
      seen.longitude === event.longitude
    )
      return seen.key;
    const place: PlaceOfReport = {
      place_id: id,
      admin1: event.admin1,
      latitude: event.latitude,
      longitude: event.longitude,
    };
    if (seen === undefined) {
      const key = this.examples.length;
      this.examples.push(place);
      this.variants.set(id, { ...place, key });
      return key;
    }
    const signature = JSON.stringify([id, event.admin1, event.latitude, event.longitude]);
    let key = this.others.get(signature);
    if (key === undefined) {
      key = this.examples.length;
      this.examples.push(place);
      this.others.set(signature, key);
    }
    return key;
  }

  /** Whether the places of keys `a` and `b` (not -1) have the same id or one contains the other. */
  related(a: number, b: number): boolean {
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    const size = this.examples.length;
    if (size <= TABLE_PLACES) {
      // 0: not asked yet, 1: no, 2: yes.
      let table = this.table;
      if (table === null || table.length !== size * size) table = this.table = new Int8Array(size * size);
      const index = low * size + high;
      const known = table[index] as number;
      if (known !== 0) return known === 2;
      const answer = this.ask(low, high);
      table[index] = answer ? 2 : 1;
      return answer;
    }
    const index = low * size + high;
    let answer = this.answers.get(index);
    if (answer === undefined) this.answers.set(index, (answer = this.ask(low, high)));
    return answer;
  }

  /**
   * `placeRelation` of two reports whose keys are not -1: it reads only what the keys stand for (the point, the
   * place id, the district) and whether either names only a region, and gives the same either way round.
   */
  relation(a: Report, b: Report): PlaceRelation {
    const low = a.placeKey < b.placeKey ? a.placeKey : b.placeKey;
    const high = a.placeKey < b.placeKey ? b.placeKey : a.placeKey;
    const size = this.examples.length;
    const index = (low * size + high) * 2 + (a.regional || b.regional ? 1 : 0);
    if (size <= TABLE_PLACES) {
      let table = this.relations;
      if (table === null || table.length !== 2 * size * size)
        table = this.relations = new Int8Array(2 * size * size);
      const known = table[index] as number;
      if (known !== 0) return RELATIONS[known - 1] as PlaceRelation;
      const relation = placeRelation(a.event, b.event, this.places);
      table[index] = RELATIONS.indexOf(relation) + 1;
      return relation;
    }
    let relation = this.otherRelations.get(index);
    if (relation === undefined)
      this.otherRelations.set(index, (relation = placeRelation(a.event, b.event, this.places)));
    return relation;
  }

  private ask(low: number, high: number): boolean {
    const a = this.examples[low] as PlaceOfReport;
    const b = this.examples[high] as PlaceOfReport;
    return a.place_id === b.place_id || this.places.contains(a, b) || this.places.contains(b, a);
  }
}

/**
 * Whether two located reports surely cannot share a place (`placeRelation` would say `none`), judged by the
 * difference in latitude alone: their places differ, neither contains the other, they lie further apart than
 * NEARBY_KM, and no report naming only a region is compared without the gazetteer's hierarchy.
 */
function surelyApart(a: Report, b: Report, containment: PlaceContainment | undefined): boolean {
  if (!(Math.abs(a.northKm - b.northKm) > NEARBY_KM)) return false;
  if (a.placeKey < 0 || b.placeKey < 0) {
    // No hierarchy, or a report without a place id: only a region keeps them within reach, or the same place id.
    if (a.regional || b.regional) return false;
    return a.event.place_id === null || a.event.place_id !== b.event.place_id;
  }
  return !(containment as PlaceContainment).related(a.placeKey, b.placeKey);
}

/**
 * Reports are filed by latitude bands NEARBY_KM wide, so a report is compared only with the groups in its own and
 * the two neighbouring bands, and with the groups of wide reach. Two reports filed two or more bands apart are
 * surely apart: more than NEARBY_KM apart in latitude, different place ids (a place id is filed only at one
 * latitude, the first it is seen at; a report naming it at another latitude has a wide reach), and neither place
 * contains the other (a place that contains others is an area, and one contained by a parent is borrowed: both
 * have a wide reach, as have unlocated reports and those naming only a region).
 */
function bandOf(
  event: ConflictEvent,
  northKm: number,
  places: IncidentPlaces | undefined,
  filed: Map<string, number>,
): number {
  if (Number.isNaN(northKm) || event.geo_precision === 3) return NaN;
  const id = event.place_id;
  if (id !== null) {
    if (places !== undefined && (places.areas.has(id) || places.borrowed.has(id))) return NaN;
    const first = filed.get(id);
    if (first === undefined) filed.set(id, northKm);
    else if (first !== northKm) return NaN;
  }
  return Math.floor(northKm / NEARBY_KM);
}

/** The groups whose members' windows cover one day. */
interface DayGroups {
  all: Group[];
  /** Groups whose first report has a wide reach. */
  wide: Group[];
  /** The other groups, and the band of each one's first report. */
  banded: Group[];
  bands: number[];
}

interface Group {
  order: number;
  /** The first member: its place and day stand for the group's in the quick checks. */
  seed: Report;
  members: Report[];
  /** The articles of the members (a group holds a few, so a list). */
  articles: readonly string[];
  /** An ambiguous coarse report on its own: nothing joins it. */
  closed: boolean;
  byUser: boolean;
  /** Marks the group as already collected for the report being placed. */
  stamp: number;
  /** Listed among the undated groups. */
  undated: boolean;
}

function windowOf(event: ConflictEvent): DateWindow | null {
  if (event.date === null) return null;
  const [first, last] = dateWindow(event.date, event.time_precision);
  return { first, last, precise: event.time_precision === 1 };
}

/** `windowOf`, one shared window per date and precision (the windows are not changed). */
class Windows {
  private readonly byPrecision = new Map<number, Map<string, DateWindow>>();

  of(event: ConflictEvent): DateWindow | null {
    if (event.date === null) return null;
    let known = this.byPrecision.get(event.time_precision);
    if (!known) this.byPrecision.set(event.time_precision, (known = new Map()));
    let window = known.get(event.date);
    if (!window) known.set(event.date, (window = windowOf(event) as DateWindow));
    return window;
  }
}

/** A date of a week or a month, no date, no point, a region or an area: compared with more incidents. */
export function isCoarse(event: ConflictEvent, places: IncidentPlaces | undefined): boolean {
  if (event.date === null || event.time_precision !== 1) return true;
  if (event.latitude === null || event.longitude === null || event.geo_precision === 3) return true;
  return places !== undefined && event.place_id !== null && places.areas.has(event.place_id);
}

/** The articles a report comes from, sorted (one without a Set when all its sources share one). */
export function articlesOf(event: ConflictEvent): readonly string[] {
  const first = event.sources[0]?.article_id;
  if (first !== undefined && event.sources.every((source) => source.article_id === first)) return [first];
  return [...new Set(event.sources.map((source) => source.article_id))].sort();
}

export function compareIds(a: string, b: string): number {
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

/** `compareReports`'s first two keys as one number (coarse reports after every precise one). */
function reportKey(report: Report): number {
  const day = report.window?.last ?? Infinity;
  return report.coarse ? COARSE_OFFSET + day : day;
}
/** Larger than any day number a date can give (year 9999 is day ~2.9 million). */
const COARSE_OFFSET = 1e9;

/**
 * `items` sorted by `key`, then by `tie` among equal keys, exactly as a stable sort by (key, tie) would: the items
 * are dealt into one bucket per key, and only each bucket is sorted by `tie` (most buckets are a day's few items).
 * With a key that is not a number (a malformed date), the whole list is sorted by `fallback` as before.
 */
function sortByKey<T>(
  items: readonly T[],
  key: (item: T) => number,
  tie: (a: T, b: T) => number,
  fallback: (a: T, b: T) => number,
): T[] {
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    const value = key(item);
    if (Number.isNaN(value)) return [...items].sort(fallback);
    const bucket = buckets.get(value);
    if (bucket) bucket.push(item);
    else buckets.set(value, [item]);
  }
  const sorted: T[] = [];
  for (const value of [...buckets.keys()].sort((a, b) => a - b)) {
    const bucket = buckets.get(value) as T[];
    if (bucket.length > 1) bucket.sort(tie);
    for (const item of bucket) sorted.push(item);
  }
  return sorted;
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
function groupType(
  unsorted: readonly Report[],
  options: MergeOptions,
  containment: PlaceContainment | undefined,
): Group[] {
  const { places, constraints } = options;
  const reports = sortByKey(unsorted, reportKey, compareReports, compareReports);
  const apart = pairsOf(constraints?.apart);
  const groups: Group[] = [];
  // Groups by every day their members' windows cover, and the undated groups.
  const byDay = new Map<number, DayGroups>();
  const undated: Group[] = [];
  const register = (group: Group, report: Report) => {
    if (report.window === null) {
      if (!group.undated) {
        group.undated = true;
        undated.push(group);
      }
      return;
    }
    const band = group.seed.band;
    for (let day = report.window.first; day <= report.window.last; day++) {
      let lists = byDay.get(day);
      if (!lists) byDay.set(day, (lists = { all: [], wide: [], banded: [], bands: [] }));
      // A group is listed once: the last group listed is the only one that can be listed again.
      if (lists.all[lists.all.length - 1] === group) continue;
      lists.all.push(group);
      if (Number.isNaN(band)) lists.wide.push(group);
      else {
        lists.banded.push(group);
        lists.bands.push(band);
      }
    }
  };
  const newGroup = (report: Report, byUser: boolean): Group => {
    const group: Group = {
      order: groups.length,
      seed: report,
      members: [report],
      articles: report.articles,
      closed: false,
      byUser,
      stamp: -1,
      undated: false,
    };
    groups.push(group);
    register(group, report);
    return group;
  };
  const join = (group: Group, report: Report) => {
    group.members.push(report);
    const added = report.articles.filter((article) => !group.articles.includes(article));
    if (added.length > 0) group.articles = [...group.articles, ...added];
    register(group, report);
  };

  // The user's merges first: each list present here is one group.
  const wanted = constraints?.together ?? [];
  const byEventId = new Map(wanted.length === 0 ? [] : reports.map((report) => [report.event.id, report]));
  const together = wanted
    .map((ids) => ids.flatMap((id) => byEventId.get(id) ?? []).sort(compareReports))
    .filter((members) => members.length > 1)
    .sort((a, b) => compareReports(a[0] as Report, b[0] as Report));
  for (const members of together) {
    const free = members.filter((report) => !report.placed);
    if (free.length < 2) continue;
    const group = newGroup(free[0] as Report, true);
    for (let member = 0; member < free.length; member++) {
      const report = free[member] as Report;
      if (member > 0) join(group, report);
      report.placed = true;
    }
  }

  // The groups the report being placed fits (every member compatible with it), with their rank and day distance.
  const fitting: Group[] = [];
  const ranks: number[] = [];
  const distances: number[] = [];
  const consider = (report: Report, index: number, cannot: Set<string> | undefined, group: Group) => {
    if (group.stamp === index) return;
    group.stamp = index;
    if (group.closed) return;
    const seed = group.seed;
    if (surelyApart(report, seed, containment)) return;
    for (const article of report.articles) if (group.articles.includes(article)) return;
    let loosest: PlaceRelation = 'same-place';
    for (const member of group.members) {
      if (cannot?.has(member.event.id)) return;
      // `compatibleReports`, with the place relation asked once per pair of places.
      if (!datesCompatible(report.window, member.window) || !actorsCompatible(report.event, member.event))
        return;
      const relation = allowedRelation(
        report.event,
        member.event,
        containment !== undefined && report.placeKey >= 0 && member.placeKey >= 0
          ? containment.relation(report, member)
          : placeRelation(report.event, member.event, places),
      );
      if (relation === null) return;
      if (RELATION_RANK[relation] > RELATION_RANK[loosest]) loosest = relation;
    }
    fitting.push(group);
    ranks.push(RELATION_RANK[loosest]);
    distances.push(
      report.window && seed.window ? Math.abs(report.window.last - seed.window.last) : Number.MAX_VALUE,
    );
  };

  for (let index = 0; index < reports.length; index++) {
    const report = reports[index] as Report;
    if (report.placed) continue;
    fitting.length = 0;
    ranks.length = 0;
    distances.length = 0;
    const cannot = apart.size === 0 ? undefined : apart.get(report.event.id);
    if (report.window === null) {
      for (const group of undated) consider(report, index, cannot, group);
    } else {
      // The order groups are considered in does not matter: the choice below is by rank, days and group order.
      const slack = report.window.precise ? 1 : 0;
      const band = report.band;
      const wide = Number.isNaN(band);
      for (let day = report.window.first - slack; day <= report.window.last + slack; day++) {
        const lists = byDay.get(day);
        if (!lists) continue;
        if (wide) {
          for (const group of lists.all) consider(report, index, cannot, group);
          continue;
        }
        for (const group of lists.wide) consider(report, index, cannot, group);
        const { banded, bands } = lists;
        for (let at = 0; at < banded.length; at++) {
          const difference = (bands[at] as number) - band;
          if (difference <= 1 && difference >= -1) consider(report, index, cannot, banded[at] as Group);
        }
      }
    }
    if (report.coarse) {
      // A vague report joins an incident only when it can be no other.
      if (fitting.length === 1) join(fitting[0] as Group, report);
      else newGroup(report, false).closed = fitting.length > 1;
      continue;
    }
    // The closest place, then the nearest day, then the group formed first.
    let best = -1;
    for (let candidate = 0; candidate < fitting.length; candidate++) {
      const difference =
        best < 0
          ? -1
          : (ranks[candidate] as number) - (ranks[best] as number) ||
            (distances[candidate] as number) - (distances[best] as number) ||
            (fitting[candidate] as Group).order - (fitting[best] as Group).order;
      if (difference < 0) best = candidate;
    }
    if (best >= 0) join(fitting[best] as Group, report);
    else newGroup(report, false);
  }
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
  const { places } = options;
  const containment = places === undefined ? undefined : new PlaceContainment(places);
  const filed = new Map<string, number>();
  const windows = new Windows();
  const byType = new Map<string, Report[]>();
  for (const event of events) {
    const northKm =
      event.latitude === null || event.longitude === null ? NaN : event.latitude * KM_PER_DEGREE;
    const report: Report = {
      event,
      window: windows.of(event),
      coarse: isCoarse(event, places),
      articles: articlesOf(event),
      northKm,
      placeKey: containment === undefined ? -1 : containment.keyOf(event),
      regional: event.geo_precision === 3,
      band: bandOf(event, northKm, places, filed),
      placed: false,
    };
    const list = byType.get(event.sub_event_type);
    if (list) list.push(report);
    else byType.set(event.sub_event_type, [report]);
  }
  const merged: ConflictEvent[] = [];
  for (const list of byType.values()) {
    for (const group of groupType(list, options, containment)) {
      if (!group.byUser && group.members.length === 1) merged.push(group.seed.event);
      else
        merged.push(
          combineEvents(
            group.members.map((report) => report.event),
            places,
            group.byUser,
          ),
        );
    }
  }
  return sortByDateThenId(merged);
}

/** `byDateThenId` without comparing the date strings again for every pair. */
function sortByDateThenId(events: readonly ConflictEvent[]): ConflictEvent[] {
  const days = new Map<string, number>();
  const dayOf = (event: ConflictEvent): number => {
    if (event.date === null) return -1e9;
    let day = days.get(event.date);
    if (day === undefined) days.set(event.date, (day = dateWindow(event.date, 1)[0]));
    return day;
  };
  const byId = (a: ConflictEvent, b: ConflictEvent) => compareIds(a.id, b.id);
  return sortByKey(events, dayOf, byId, byDateThenId);
}

/** Whether two events (of any articles) could be reports of one incident, compared on their own. */
export function sameIncident(a: ConflictEvent, b: ConflictEvent, places?: IncidentPlaces): boolean {
  if (a.sub_event_type !== b.sub_event_type) return false;
  const articles = new Set(a.sources.map((source) => source.article_id));
  if (b.sources.some((source) => articles.has(source.article_id))) return false;
  return compatibleReports(a, windowOf(a), b, windowOf(b), places) !== null;
}
