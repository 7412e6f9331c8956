/**
 * The library's batch computations, written to run off the page's main thread (in the library worker,
 * `src/workers/library-merge.worker.ts`): the cross-article merge, the saved form of the merged events (columns)
 * and text fingerprints. The engine keeps its own copy of every article's machine events, merges again only the
 * sub-event types a change touched, and answers with what changed since its last answer, by type: each merged
 * event is named by id when the page already holds it (an article's own event, or a combined event sent before
 * with the same content), and only new combined events travel whole. Plain data in and out (structured-clonable),
 * so the same code serves the worker and, where no worker exists (tests, Node), the page itself.
 */
import type { ConflictEvent } from '../pipeline/types';
import type { MergeConstraints } from '../pipeline/extract/merge-events';
import type { IncidentPlaces } from '../pipeline/extract/place-hierarchy';
import type { MergedEventsCache } from '../persistence/schema';
import { GroupedMerge, type MergedLibrary, type MergeFunction } from './grouped-merge';
import { mergedCacheOf, mergedFromCache } from './merged-cache';
import { textFingerprint } from './text-fingerprint';

/** One article's machine events, as handed to the engine (replacing any it held for that article). */
export interface ArticleEvents {
  id: string;
  events: readonly ConflictEvent[];
}

/** How a merged event travels: the page's own machine event, a combined one it holds, or a new combined one. */
export const MACHINE = 0;
export const KEPT = 1;
export const FRESH = 2;

/** One sub-event type's merged events, in merged order, as the page rebuilds them. */
export interface TypePart {
  type: string;
  /**
   * Per merged event, in merged order: for a MACHINE event the id of its article (event ids are not unique: two
   * events of one article may share one), otherwise the combined event's id.
   */
  ids: string[];
  /** For a MACHINE event, its position among its article's events (0 otherwise). */
  positions: Uint32Array;
  /** MACHINE, KEPT or FRESH per merged event. */
  kinds: Uint8Array;
  /** The FRESH events, in order. */
  fresh: ConflictEvent[];
  /** For each merged event of several machine events, its members' ids. */
  members: [string, string[]][];
}

/** What changed since the engine's last answer. */
export interface MergeDelta {
  /** Types whose merged events changed (or that the page does not hold yet). */
  parts: TypePart[];
  /** Types the page holds that no longer have events. */
  removed: string[];
  /** The merged library in its saved form, when asked for (a generation was given). */
  cache: MergedEventsCache | null;
}

/** Most merged events in one part: a larger type travels in several parts of the same type, in order. */
export const PART_EVENTS = 3000;

function noPause(): Promise<void> {
  return Promise.resolve();
}

export class MergeEngine {
  private readonly byArticle = new Map<string, readonly ConflictEvent[]>();
  private readonly merging: GroupedMerge;
  /** Per type the page holds: its combined events' ids with the content sent (JSON), to name them next time. */
  private readonly sent = new Map<string, Map<string, string>>();
  /** The merged library of the last answer, to tell the types it changed from those it did not. */
  private lastGroups = new Map<string, readonly ConflictEvent[]>();

  constructor(mergeEvents: MergeFunction, loadPlaces?: () => Promise<IncidentPlaces | undefined>) {
    this.merging = new GroupedMerge(mergeEvents, loadPlaces);
  }

  /** Forgets every article and everything the page was sent (the page starts again from nothing). */
  reset(): void {
    this.byArticle.clear();
    this.merging.reset();
    this.sent.clear();
    this.lastGroups = new Map();
  }

  /** Adds or replaces articles' machine events. */
  put(articles: readonly ArticleEvents[]): void {
    for (const { id, events } of articles) {
      this.merging.touch(this.byArticle.get(id) ?? []);
      this.merging.touch(events);
      this.byArticle.set(id, events);
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      this.merging.touch(this.byArticle.get(id) ?? []);
      this.byArticle.delete(id);
    }
  }

  /**
   * Takes a saved merge as the result of every type it holds (nothing is merged again until a change touches a
   * type). False when the saved merge does not describe the articles the engine holds.
   */
  seed(cache: MergedEventsCache, constraints: MergeConstraints): boolean {
    const machine = this.machineEvents();
    let saved: MergedLibrary;
    try {
      saved = mergedFromCache(cache, machine);
    } catch {
      return false;
    }
    this.merging.seed(saved, constraints);
    // Articles added since the merge was saved: their types are merged again.
    const named = new Set<string>();
    for (const event of saved.merged) named.add(event.id);
    for (const [id, members] of saved.members) {
      named.add(id);
      for (const member of members) named.add(member);
    }
    this.merging.touch(machine.filter((event) => !named.has(event.id)));
    return true;
  }

  /**
   * Merges the touched types under `constraints` and says what changed since the last answer; with a generation,
   * also the merged library in its saved form for that generation.
   */
  async merge(constraints: MergeConstraints, generation: number | null): Promise<MergeDelta> {
    const machine = this.machineEvents();
    this.merging.setConstraints(constraints);
    const library = await this.merging.merge(machine, null);
    const delta: MergeDelta = { parts: [], removed: [], cache: null };
    const groups = groupsOf(library.merged);
    const own = this.positions();
    for (const [type, events] of groups) {
      if (sameList(this.lastGroups.get(type), events) && this.sent.has(type)) continue;
      this.describe(type, events, library, own, delta.parts);
    }
    for (const type of this.lastGroups.keys()) {
      if (!groups.has(type)) {
        delta.removed.push(type);
        this.sent.delete(type);
      }
    }
    this.lastGroups = groups;
    if (generation !== null)
      delta.cache = await mergedCacheOf(library, generation, machine, noPause, this.merging.constraintsKey);
    return delta;
  }

  /** Fingerprints of texts (see `textFingerprint`). */
  fingerprints(texts: readonly string[]): string[] {
    return texts.map(textFingerprint);
  }

  private describe(
    type: string,
    events: readonly ConflictEvent[],
    library: MergedLibrary,
    own: ReadonlyMap<ConflictEvent, [string, number]>,
    parts: TypePart[],
  ): void {
    const before = this.sent.get(type) ?? new Map<string, string>();
    const now = new Map<string, string>();
    for (let start = 0; start < events.length; start += PART_EVENTS) {
      const slice = events.slice(start, start + PART_EVENTS);
      const part: TypePart = {
        type,
        ids: new Array<string>(slice.length),
        positions: new Uint32Array(slice.length),
        kinds: new Uint8Array(slice.length),
        fresh: [],
        members: [],
      };
      slice.forEach((event, index) => {
        const members = library.members.get(event.id);
        if (members) part.members.push([event.id, members]);
        const found = own.get(event);
        if (found) {
          part.kinds[index] = MACHINE;
          part.ids[index] = found[0];
          part.positions[index] = found[1];
          return;
        }
        part.ids[index] = event.id;
        const content = JSON.stringify(event);
        // An id seen twice in one type is sent whole both times (the page keeps one event per id and type).
        if (before.get(event.id) === content && !now.has(event.id)) part.kinds[index] = KEPT;
        else {
          part.kinds[index] = FRESH;
          part.fresh.push(event);
        }
        now.set(event.id, content);
      });
      parts.push(part);
    }
    this.sent.set(type, now);
  }

  /** Every machine event with its article's id and its position among the article's events. */
  private positions(): Map<ConflictEvent, [string, number]> {
    const positions = new Map<ConflictEvent, [string, number]>();
    for (const [id, list] of this.byArticle)
      list.forEach((event, index) => positions.set(event, [id, index]));
    return positions;
  }

  private machineEvents(): ConflictEvent[] {
    const events: ConflictEvent[] = [];
    for (const list of this.byArticle.values()) for (const event of list) events.push(event);
    return events;
  }
}

/** The merged events by sub-event type, each in merged order. */
function groupsOf(merged: readonly ConflictEvent[]): Map<string, ConflictEvent[]> {
  const groups = new Map<string, ConflictEvent[]>();
  for (const event of merged) {
    const group = groups.get(event.sub_event_type);
    if (group) group.push(event);
    else groups.set(event.sub_event_type, [event]);
  }
  return groups;
}

function sameList(a: readonly ConflictEvent[] | undefined, b: readonly ConflictEvent[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}
