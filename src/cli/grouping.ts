/**
 * The cross-article merge of src/pipeline/extract/merge-events.ts (`mergeEvents`), as two sweeps through time, so
 * that a whole archive is merged holding only a few weeks of one sub-event type's reports at a time.
 *
 * `mergeEvents` groups one type's reports by taking them in one order, precise reports first (by day, then id),
 * then coarse ones (a week or month only, a region or an area, no place, no date); each report is compared only
 * with the groups listed on the days its window reaches (one day either side for a precise report), and a group is
 * listed on the days of its members' windows. Hence:
 * - Precise sweep: a precise report of day d sees only groups with a member on d-1 or d (no later report has been
 *   taken yet). Once the sweep reaches day d, a group whose last day is before d-1 can never be joined by a precise
 *   report again: it is handed on (`done`), in the order of its last day. Precise members of one group lie on at
 *   most two consecutive days (each is compatible with every other, one day apart at most).
 * - Coarse sweep: coarse reports come by the last day of their window; a window is at most 31 days, so a report
 *   ending on day l reaches days l-30 to l+1. The precise groups are taken in (by their last day) just before the
 *   first report that can reach them, and a group whose last day is before l-30 is final. Undated reports are
 *   compared only with groups of undated reports: they are kept aside and grouped at the end.
 * Which groups a report is compared with, the rule it joins by (the closest place, then the nearest day, then the
 * group formed first, for a precise report; only the one group that fits, for a coarse one) and the events made
 * of the groups are those of `mergeEvents`, so the events are the same (test/unit/cli/grouping.test.ts compares
 * the two on generated archives and on dense random reports).
 */
import { dateWindow } from '../pipeline/extract/dates.ts';
import {
  actorsCompatible,
  allowedRelation,
  datesCompatible,
  placeRelation,
  RELATION_RANK,
  type DateWindow,
  type PlaceRelation,
} from '../pipeline/extract/incident-compatibility.ts';
import { articlesOf, combineEvents, compareIds, isCoarse } from '../pipeline/extract/merge-events.ts';
import type { IncidentPlaces } from '../pipeline/extract/place-hierarchy.ts';
import type { ConflictEvent } from '../pipeline/types.ts';

/** What is grouped: an event, and its place in the merge's input (the last key of the order). */
export interface Item {
  event: ConflictEvent;
  seq: number;
}

export interface Report<T extends Item> {
  item: T;
  window: DateWindow | null;
  coarse: boolean;
  articles: readonly string[];
  /** The report's place for `Relations` (-1 when its relations are not remembered). */
  placeKey: number;
}

export interface Group<T extends Item> {
  order: number;
  seed: Report<T>;
  members: Report<T>[];
  articles: readonly string[];
  closed: boolean;
  /** The first and last day the group is listed on (members' windows). */
  firstDay: number;
  lastDay: number;
  /** Handed on or made final. */
  done: boolean;
  /** Marks the group as already collected for the report being placed. */
  stamp: number;
}

/** The longest date window (a month: `dateWindow`'s 31 days) less one. */
export const LONGEST_WINDOW_DAYS = 30;

export function windowOf(event: ConflictEvent): DateWindow | null {
  if (event.date === null) return null;
  const [first, last] = dateWindow(event.date, event.time_precision);
  return { first, last, precise: event.time_precision === 1 };
}

/** As `mergeEvents` judges it (the same functions, so the CLI's merge can never drift from the app's). */
export { isCoarse };

/** The merge's order of reports: precise before coarse, then by the window's last day, id, first source; input. */
export function compareReports<T extends Item>(a: Report<T>, b: Report<T>): number {
  if (a.coarse !== b.coarse) return a.coarse ? 1 : -1;
  const dayA = a.window?.last ?? Infinity;
  const dayB = b.window?.last ?? Infinity;
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  const eventA = a.item.event;
  const eventB = b.item.event;
  return (
    compareIds(eventA.id, eventB.id) ||
    compareIds(a.articles[0] ?? '', b.articles[0] ?? '') ||
    (eventA.sources[0]?.start ?? 0) - (eventB.sources[0]?.start ?? 0) ||
    a.item.seq - b.item.seq
  );
}

/** Place keys above this are not remembered in pairs (the pair's key must stay an exact number). */
const KEY_LIMIT = 2 ** 21;
/** Pairs remembered at most: the memory stays bounded whatever the archive's length. */
const PAIR_LIMIT = 1 << 16;

/**
 * The place relation of two reports, remembered per pair of places: `placeRelation` reads only the place id,
 * point and district of each report and whether it names only a region, which the key stands for.
 */
export class Relations {
  private readonly keys = new Map<string, number>();
  private readonly pairs = new Map<number, PlaceRelation>();

  constructor(readonly places: IncidentPlaces | undefined) {}

  keyOf(event: ConflictEvent): number {
    if (event.place_id === null || this.keys.size >= KEY_LIMIT) return -1;
    const signature = `${event.place_id}\u0000${event.admin1}\u0000${event.latitude}\u0000${event.longitude}\u0000${event.geo_precision === 3 ? 1 : 0}`;
    let key = this.keys.get(signature);
    if (key === undefined) this.keys.set(signature, (key = this.keys.size));
    return key;
  }

  of<T extends Item>(a: Report<T>, b: Report<T>): PlaceRelation {
    if (a.placeKey < 0 || b.placeKey < 0) return placeRelation(a.item.event, b.item.event, this.places);
    const pair = a.placeKey * KEY_LIMIT + b.placeKey;
    let relation = this.pairs.get(pair);
    if (relation === undefined) {
      if (this.pairs.size >= PAIR_LIMIT) this.pairs.clear();
      this.pairs.set(pair, (relation = placeRelation(a.item.event, b.item.event, this.places)));
    }
    return relation;
  }
}

export function reportOf<T extends Item>(item: T, relations: Relations): Report<T> {
  return {
    item,
    window: windowOf(item.event),
    coarse: isCoarse(item.event, relations.places),
    articles: articlesOf(item.event),
    placeKey: relations.keyOf(item.event),
  };
}

/**
 * The loosest place relation between `report` and the members of `group`, as RELATION_RANK's rank, or -1 when the
 * report cannot join it (a closed group, an article in common, a member it is not compatible with).
 */
function fit<T extends Item>(report: Report<T>, group: Group<T>, relations: Relations): number {
  if (group.closed) return -1;
  for (const article of report.articles) if (group.articles.includes(article)) return -1;
  let loosest = RELATION_RANK['same-place'];
  const event = report.item.event;
  for (const member of group.members) {
    const other = member.item.event;
    if (!datesCompatible(report.window, member.window) || !actorsCompatible(event, other)) return -1;
    const relation = allowedRelation(event, other, relations.of(report, member));
    if (relation === null) return -1;
    if (RELATION_RANK[relation] > loosest) loosest = RELATION_RANK[relation];
  }
  return loosest;
}

function join<T extends Item>(group: Group<T>, report: Report<T>): void {
  group.members.push(report);
  const added = report.articles.filter((article) => !group.articles.includes(article));
  if (added.length > 0) group.articles = [...group.articles, ...added];
  if (report.window !== null) {
    if (report.window.first < group.firstDay) group.firstDay = report.window.first;
    if (report.window.last > group.lastDay) group.lastDay = report.window.last;
  }
}

function newGroup<T extends Item>(report: Report<T>, order: number): Group<T> {
  return {
    order,
    seed: report,
    members: [report],
    articles: report.articles,
    closed: false,
    firstDay: report.window?.first ?? Infinity,
    lastDay: report.window?.last ?? -Infinity,
    done: false,
    stamp: -1,
  };
}

/** Groups listed by day, with each day's list of groups whose members' windows cover it. */
class Days<T extends Item> {
  private readonly byDay = new Map<number, Group<T>[]>();
  private stamp = 0;

  list(group: Group<T>, window: DateWindow): void {
    for (let day = window.first; day <= window.last; day++) {
      let groups = this.byDay.get(day);
      if (groups === undefined) this.byDay.set(day, (groups = []));
      if (groups[groups.length - 1] !== group) groups.push(group);
    }
  }

  /** The distinct groups listed on days `first` to `last`. */
  between(first: number, last: number, into: Group<T>[]): void {
    into.length = 0;
    const stamp = ++this.stamp;
    for (let day = first; day <= last; day++) {
      const groups = this.byDay.get(day);
      if (groups === undefined) continue;
      for (const group of groups) {
        if (group.stamp === stamp) continue;
        group.stamp = stamp;
        into.push(group);
      }
    }
  }

  /** Forgets the days before `limit`, and gives the groups listed there whose last day is before it. */
  forgetBefore(limit: number): Group<T>[] {
    const finished: Group<T>[] = [];
    for (const [day, groups] of this.byDay) {
      if (day >= limit) continue;
      for (const group of groups) {
        if (group.done || group.lastDay >= limit) continue;
        group.done = true;
        finished.push(group);
      }
      this.byDay.delete(day);
    }
    return finished.sort((a, b) => a.lastDay - b.lastDay || a.order - b.order);
  }
}

/**
 * The precise reports of one type, taken in `compareReports`' order; groups no later precise report can join are
 * handed to `done` by their last day.
 */
export class PreciseSweep<T extends Item> {
  private readonly days = new Days<T>();
  private day = -Infinity;
  private order = 0;
  private readonly candidates: Group<T>[] = [];

  constructor(
    private readonly relations: Relations,
    private readonly done: (group: Group<T>) => void,
  ) {}

  add(report: Report<T>): void {
    const window = report.window as DateWindow;
    const day = window.last;
    if (day !== this.day) {
      for (const group of this.days.forgetBefore(day - 1)) this.done(group);
      this.day = day;
    }
    this.days.between(window.first - 1, window.last + 1, this.candidates);
    let best: Group<T> | null = null;
    let bestRank = 0;
    let bestDistance = 0;
    for (const group of this.candidates) {
      const rank = fit(report, group, this.relations);
      if (rank < 0) continue;
      const seed = group.seed.window as DateWindow;
      const distance = Math.abs(window.last - seed.last);
      if (
        best === null ||
        rank - bestRank < 0 ||
        (rank === bestRank &&
          (distance < bestDistance || (distance === bestDistance && group.order < best.order)))
      ) {
        best = group;
        bestRank = rank;
        bestDistance = distance;
      }
    }
    if (best !== null) {
      join(best, report);
      this.days.list(best, window);
    } else {
      const group = newGroup(report, this.order++);
      this.days.list(group, window);
    }
  }

  /** Hands on the groups no precise report from `day` on can join (none before it is to come). */
  advanceTo(day: number): void {
    if (day <= this.day) return;
    for (const group of this.days.forgetBefore(day - 1)) this.done(group);
    this.day = day;
  }

  /** Hands on every group left. */
  finish(): void {
    for (const group of this.days.forgetBefore(Infinity)) this.done(group);
  }
}

/**
 * The coarse reports of one type, taken in `compareReports`' order (dated, then undated), with the precise sweep's
 * groups given to `take` before any report reaches their days (`wants`); final groups go to `final`.
 */
export class CoarseSweep<T extends Item> {
  private readonly days = new Days<T>();
  private readonly undated: Group<T>[] = [];
  private readonly candidates: Group<T>[] = [];
  /** The last day a report has reached so far: a group taken in must start after it. */
  private reached = -Infinity;
  private day = -Infinity;
  private datedEnded = false;
  /** Groups formed here come after every precise group (`mergeEvents` forms those first). */
  private order = 2 ** 40;

  constructor(
    private readonly relations: Relations,
    private readonly final: (group: Group<T>) => void,
  ) {}

  /** Whether a precise group ending on `lastDay` must be taken in before the dated report `report`. */
  wants(lastDay: number, report: Report<T>): boolean {
    // A precise group spans two days at most: one ending on lastDay starts on lastDay - 1 or later.
    return lastDay - 1 <= (report.window as DateWindow).last + 1;
  }

  /**
   * Takes in a group of the precise sweep. After `endDated`, no report can join it any more: it is final.
   */
  take(group: Group<T>): void {
    if (group.firstDay <= this.reached)
      throw new Error('the merge took a group in after a report reached its days (this is a bug)');
    if (this.datedEnded || group.lastDay < this.day - LONGEST_WINDOW_DAYS) {
      group.done = true;
      this.final(group);
      return;
    }
    group.done = false;
    group.stamp = -1;
    for (const member of group.members) this.days.list(group, member.window as DateWindow);
  }

  add(report: Report<T>): void {
    const window = report.window;
    let candidates: readonly Group<T>[];
    if (window === null) candidates = this.undated;
    else {
      if (this.datedEnded) throw new Error('a dated report came after the undated ones (this is a bug)');
      if (window.last !== this.day) {
        this.day = window.last;
        for (const group of this.days.forgetBefore(window.last - LONGEST_WINDOW_DAYS)) this.final(group);
      }
      const slack = window.precise ? 1 : 0;
      this.days.between(window.first - slack, window.last + slack, this.candidates);
      if (window.last + slack > this.reached) this.reached = window.last + slack;
      candidates = this.candidates;
    }
    let fitting: Group<T> | null = null;
    let count = 0;
    for (const group of candidates) {
      if (fit(report, group, this.relations) < 0) continue;
      count += 1;
      fitting = group;
    }
    if (count === 1) {
      const group = fitting as Group<T>;
      join(group, report);
      if (window !== null) this.days.list(group, window);
      return;
    }
    const group = newGroup(report, this.order++);
    group.closed = count > 1;
    if (window === null) this.undated.push(group);
    else this.days.list(group, window);
  }

  /**
   * Called after the last dated report (the undated ones are compared only with each other's groups): every dated
   * group is final, and so will be the precise groups taken in from now on.
   */
  endDated(): void {
    for (const group of this.days.forgetBefore(Infinity)) this.final(group);
    this.datedEnded = true;
    this.reached = -Infinity;
  }

  /** Makes every group left final. */
  finish(): void {
    this.endDated();
    for (const group of this.undated) this.final(group);
    this.undated.length = 0;
  }
}

/** The event a group stands for, as `mergeEvents` makes it. */
export function eventOf<T extends Item>(group: Group<T>, places: IncidentPlaces | undefined): ConflictEvent {
  if (group.members.length === 1) return group.seed.item.event;
  return combineEvents(
    group.members.map((member) => member.item.event),
    places,
  );
}
