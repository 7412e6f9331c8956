import type { ConflictEvent } from '../pipeline/types';
import type { MergedEventsCache } from '../persistence/schema';
import type { MergedLibrary } from './grouped-merge';
import { eventFromText, eventText } from '../persistence/record-codec';

/**
 * Marks an entry that names a machine event by id instead of holding its text: an event reported by one article
 * only is merged into itself, and its text is already stored with its article.
 */
const MACHINE_EVENT = '#';

/** The merged library as saved for `generation`, giving the page a turn now and then on a large library. */
export async function mergedCacheOf(
  merged: MergedLibrary,
  generation: number,
  machine: readonly ConflictEvent[],
  pause: () => Promise<void>,
): Promise<MergedEventsCache> {
  const unchanged = new Set(machine);
  const events = new Array<string>(merged.merged.length);
  for (let index = 0; index < events.length; index += 1) {
    const event = merged.merged[index] as ConflictEvent;
    events[index] = unchanged.has(event) ? MACHINE_EVENT + event.id : eventText(event);
    if (index % 500 === 499) await pause();
  }
  return { generation, events, members: [...merged.members] };
}

/**
 * The merged library a cache holds, taking the machine events it names from `machine`. Throws when an event's
 * text is not JSON or a named machine event is missing (the cache then does not describe this library).
 */
export function mergedFromCache(cache: MergedEventsCache, machine: readonly ConflictEvent[]): MergedLibrary {
  const byId = new Map<string, ConflictEvent>();
  for (const event of machine) byId.set(event.id, event);
  const merged = new Array<ConflictEvent>(cache.events.length);
  for (let index = 0; index < merged.length; index += 1) {
    const entry = cache.events[index] as string;
    if (entry.startsWith(MACHINE_EVENT)) {
      const event = byId.get(entry.slice(MACHINE_EVENT.length));
      if (!event) throw new Error(`the saved merge names an event the library does not have: ${entry}`);
      merged[index] = event;
    } else {
      merged[index] = eventFromText(entry);
    }
  }
  return { merged, members: new Map(cache.members) };
}
