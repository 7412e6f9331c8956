import type { ConflictEvent } from '../pipeline/types';
import { byDateThenId, type MergeConstraints, type MergeOptions } from '../pipeline/extract/merge-events';
import type { IncidentPlaces } from '../pipeline/extract/place-hierarchy';
import { mergedMembers } from '../corrections/apply-corrections';
import { constraintsKey } from '../corrections/incident-corrections';

/** The merged events of the whole library and, for each merged event of several members, its members' ids. */
export interface MergedLibrary {
  merged: ConflictEvent[];
  members: Map<string, string[]>;
}

interface GroupResult {
  merged: ConflictEvent[];
  members: Map<string, string[]>;
}

/** Gives the main thread back (so a merge of a large library is not one long task). */
export type Yield = () => Promise<void>;

/** Cross-article merging of machine events (`mergeEvents` of the pipeline, or a stand-in in tests). */
export type MergeFunction = (events: ConflictEvent[], options?: MergeOptions) => ConflictEvent[];

const NO_CONSTRAINTS: MergeConstraints = { together: [], apart: [] };

/**
 * Cross-article merging done one sub-event type at a time, remembering each type's result. Events of different
 * sub-event types are never merged (`mergeEvents` compares only inside a type), so merging each type on its own
 * and interleaving the sorted results gives exactly what one `mergeEvents` call over everything gives; only the
 * types a change touched are merged again, and the main thread is given back between types.
 */
export class GroupedMerge {
  private readonly results = new Map<string, GroupResult>();
  private readonly stale = new Set<string>();
  private everythingStale = true;
  /** The last merged library, while no change has touched it since. */
  private last: MergedLibrary | null = null;

  private constraints: MergeConstraints = NO_CONSTRAINTS;
  /** Machine event ids whose split or merge decision changed since the last merge. */
  private readonly decided = new Set<string>();
  private places: IncidentPlaces | undefined;

  /**
   * `loadPlaces` gives the gazetteer's place hierarchy (loaded on the first merge that needs it); without it, the
   * merge compares place ids and distances only.
   */
  constructor(
    private readonly mergeEvents: MergeFunction,
    private readonly loadPlaces?: () => Promise<IncidentPlaces | undefined>,
  ) {}

  /** The user's split and merge decisions; the types of the reports whose decision changed are merged again. */
  setConstraints(next: MergeConstraints): void {
    if (constraintsKey(next) === constraintsKey(this.constraints)) return;
    const ids = (constraints: MergeConstraints) => [...constraints.together, ...constraints.apart].flat();
    const before = new Set(ids(this.constraints));
    const after = new Set(ids(next));
    for (const id of before) this.decided.add(id);
    for (const id of after) this.decided.add(id);
    this.constraints = next;
    this.last = null;
  }

  /** The constraints the current result was merged under (saved with it). */
  get constraintsKey(): string {
    return constraintsKey(this.constraints);
  }

  /** Marks the types of these events (added, replaced or removed) to be merged again. */
  touch(events: readonly ConflictEvent[]): void {
    if (events.length > 0) this.last = null;
    for (const event of events) this.stale.add(event.sub_event_type);
  }

  /** Forgets every remembered result (the library was reloaded or cleared). */
  reset(): void {
    this.results.clear();
    this.stale.clear();
    this.everythingStale = true;
    this.last = null;
  }

  /**
   * Takes a saved merge of the whole library (merged events in merged order, with their members) as the result of
   * every type it contains, so nothing is merged again until a change touches a type.
   */
  seed(saved: MergedLibrary, constraints: MergeConstraints = NO_CONSTRAINTS): void {
    this.reset();
    this.constraints = constraints;
    this.decided.clear();
    for (const event of saved.merged) {
      const type = event.sub_event_type;
      let group = this.results.get(type);
      if (!group) {
        group = { merged: [], members: new Map() };
        this.results.set(type, group);
      }
      group.merged.push(event);
      const members = saved.members.get(event.id);
      if (members) group.members.set(event.id, members);
    }
    this.everythingStale = false;
    this.last = saved;
  }

  /**
   * The merged library from every machine event, merging again only the touched types (nothing at all when no
   * change touched the library since the last merge or the saved one it was seeded with).
   */
  async merge(machine: readonly ConflictEvent[], pause: Yield | null): Promise<MergedLibrary> {
    if (this.last && !this.everythingStale && this.stale.size === 0 && this.decided.size === 0)
      return this.last;
    const byType = new Map<string, ConflictEvent[]>();
    for (const event of machine) {
      if (this.decided.has(event.id)) this.stale.add(event.sub_event_type);
      const group = byType.get(event.sub_event_type);
      if (group) group.push(event);
      else byType.set(event.sub_event_type, [event]);
    }
    for (const type of [...this.results.keys()]) if (!byType.has(type)) this.results.delete(type);
    const types = [...byType.keys()].sort((a, b) => a.localeCompare(b));
    for (const type of types) {
      if (!this.everythingStale && !this.stale.has(type) && this.results.has(type)) continue;
      if (this.loadPlaces && this.places === undefined) this.places = await this.loadPlaces();
      const events = byType.get(type) as ConflictEvent[];
      const merged = this.mergeEvents(events, { places: this.places, constraints: this.constraints });
      this.results.set(type, { merged, members: mergedMembers(events, merged) });
      if (pause) await pause();
    }
    this.stale.clear();
    this.decided.clear();
    this.everythingStale = false;
    const groups = types.map((type) => this.results.get(type) as GroupResult);
    const members = new Map<string, string[]>();
    for (const group of groups) for (const [id, ids] of group.members) members.set(id, ids);
    this.last = { merged: interleave(groups.map((group) => group.merged)), members };
    return this.last;
  }
}

/**
 * One list from lists each sorted by date then id, in that order (ties keep the earlier list first, as the stable
 * sort in `mergeEvents` does). The sort finds the sorted runs, so this costs about a merge of them.
 */
function interleave(lists: readonly ConflictEvent[][]): ConflictEvent[] {
  return lists.flat().sort(byDateThenId);
}
