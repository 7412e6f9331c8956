import type { ConflictEvent } from '../pipeline/types';
import { MERGE_RULE, type MergedEventsCache } from '../persistence/schema';
import { decodeEvents, encodeEvents } from '../persistence/event-columns';
import type { MergedLibrary } from './grouped-merge';

/** The merged library as saved for `generation` (made in the library worker; `pause` gives it turns). */
export async function mergedCacheOf(
  merged: MergedLibrary,
  generation: number,
  machine: readonly ConflictEvent[],
  pause: () => Promise<void>,
  constraints: string,
): Promise<MergedEventsCache> {
  // A machine event is named by its id only when no other machine event has that id (two events of one article
  // may share one); any other is saved whole, as combined events are.
  const seen = new Map<string, number>();
  for (const event of machine) seen.set(event.id, (seen.get(event.id) ?? 0) + 1);
  const unchanged = new Set(machine.filter((event) => seen.get(event.id) === 1));
  const order = new Array<string | null>(merged.merged.length);
  const combined: ConflictEvent[] = [];
  for (let index = 0; index < order.length; index += 1) {
    const event = merged.merged[index] as ConflictEvent;
    if (unchanged.has(event)) {
      order[index] = event.id;
    } else {
      order[index] = null;
      combined.push(event);
    }
    if (index % 2000 === 1999) await pause();
  }
  return {
    generation,
    order,
    combined: encodeEvents(combined),
    members: [...merged.members],
    rule: MERGE_RULE,
    constraints,
  };
}

/**
 * The merged library a cache holds, taking the machine events it names from `machine`. Throws when the combined
 * events cannot be read or a named machine event is missing (the cache then does not describe this library).
 */
export function mergedFromCache(cache: MergedEventsCache, machine: readonly ConflictEvent[]): MergedLibrary {
  const byId = new Map<string, ConflictEvent>();
  for (const event of machine) byId.set(event.id, event);
  const combined = decodeEvents(cache.combined);
  let next = 0;
  const merged = new Array<ConflictEvent>(cache.order.length);
  for (let index = 0; index < merged.length; index += 1) {
    const id = cache.order[index];
    const event = id === null || id === undefined ? combined[next++] : byId.get(id);
    if (!event) throw new Error(`the saved merge names an event the library does not have: ${String(id)}`);
    merged[index] = event;
  }
  if (next !== combined.length) throw new Error('the saved merge has combined events it does not place');
  // A merge saved before an article was deleted (by a tab that had not heard of it) names its events as members.
  for (const [, ids] of cache.members) {
    for (const id of ids) if (!byId.has(id)) throw new Error(`the saved merge names a deleted event: ${id}`);
  }
  return { merged, members: new Map(cache.members) };
}
