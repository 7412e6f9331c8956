/**
 * The page's copy of the merged library, rebuilt from the merge engine's answers (`MergeDelta`): only the types
 * an answer names are rebuilt, each from the page's own machine events (by id), the combined events it already
 * holds (by id) and the new ones the answer carries.
 */
import type { ConflictEvent } from '../pipeline/types';
import { byDateThenId } from '../pipeline/extract/merge-events';
import type { MergedLibrary } from './grouped-merge';
import { FRESH, KEPT, type MergeDelta } from './merge-engine';

interface TypeView {
  events: ConflictEvent[];
  combined: Map<string, ConflictEvent>;
  members: [string, string[]][];
}

/** The answer names an event the page does not hold: the page and the engine must start again together. */
export class MergedViewMismatch extends Error {}

export class MergedView {
  private types = new Map<string, TypeView>();
  private library: MergedLibrary = { merged: [], members: new Map() };

  clear(): void {
    this.types = new Map();
    this.library = { merged: [], members: new Map() };
  }

  /**
   * The merged library after `delta`, taking machine events from `machine` (an article's events, by its id);
   * throws MergedViewMismatch when the delta names an event the page does not hold.
   */
  apply(
    delta: MergeDelta,
    machine: (articleId: string) => readonly ConflictEvent[] | undefined,
  ): MergedLibrary {
    if (delta.parts.length === 0 && delta.removed.length === 0) return this.library;
    const next = new Map(this.types);
    for (const type of delta.removed) next.delete(type);
    const rebuilt = new Set<string>();
    for (const part of delta.parts) {
      const before = this.types.get(part.type);
      let view = next.get(part.type);
      if (!view || !rebuilt.has(part.type)) {
        view = { events: [], combined: new Map(), members: [] };
        next.set(part.type, view);
        rebuilt.add(part.type);
      }
      let fresh = 0;
      for (let index = 0; index < part.ids.length; index += 1) {
        const id = part.ids[index] as string;
        const kind = part.kinds[index];
        let event: ConflictEvent | undefined;
        if (kind === FRESH) event = part.fresh[fresh++];
        else if (kind === KEPT) event = before?.combined.get(id);
        else event = machine(id)?.[part.positions[index] as number];
        if (!event) throw new MergedViewMismatch(`the merge names an event this page does not hold: ${id}`);
        if (kind === FRESH || kind === KEPT) view.combined.set(id, event);
        view.events.push(event);
      }
      for (const entry of part.members) view.members.push(entry);
    }
    this.types = next;
    // Types in the order the merge takes them; each list is sorted by date then id, so the sort merges runs.
    const order = [...next.keys()].sort((a, b) => a.localeCompare(b));
    const lists: ConflictEvent[][] = [];
    const members = new Map<string, string[]>();
    for (const type of order) {
      const view = next.get(type) as TypeView;
      lists.push(view.events);
      for (const [id, ids] of view.members) members.set(id, ids);
    }
    this.library = { merged: lists.flat().sort(byDateThenId), members };
    return this.library;
  }
}
