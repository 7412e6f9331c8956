import type { ConflictEvent, SourceSpan } from '../pipeline/types';
import { CORRECTABLE_FIELDS, USER_ADDED, type EventCorrection, type EventPatch } from './correction-types';
import { isIncidentCorrection } from './incident-corrections';

/**
 * The events the views show: the machine's events with the user's corrections on top. Edited fields replace the
 * machine's values and are listed in `corrected`; events marked "not an event" are left out; events the user
 * added are appended. The input is not modified.
 */
export function applyCorrections(
  events: readonly ConflictEvent[],
  corrections: Readonly<Record<string, EventCorrection>>,
  members: ReadonlyMap<string, readonly string[]> = new Map(),
): ConflictEvent[] {
  const result: ConflictEvent[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    const correction = correctionFor(event.id, corrections, members);
    seen.add(event.id);
    if (!correction || correction.kind === 'added' || isIncidentCorrection(correction)) {
      result.push(event);
    } else if (correction.kind === 'edit') {
      result.push(patchEvent(event, correction.fields));
    }
  }
  for (const correction of Object.values(corrections)) {
    if (correction.kind === 'added' && !seen.has(correction.event_id)) {
      result.push({ ...correction.event, corrected: [USER_ADDED] });
    }
  }
  return result;
}

/** The correction of a merged event: its own, or else the one made when another member's id represented it. */
function correctionFor(
  id: string,
  corrections: Readonly<Record<string, EventCorrection>>,
  members: ReadonlyMap<string, readonly string[]>,
): EventCorrection | undefined {
  const own = corrections[id];
  if (own) return own;
  for (const member of members.get(id) ?? []) {
    const correction = corrections[member];
    if (correction) return correction;
  }
  return undefined;
}

/**
 * For every merged event made of several machine events, the ids of its members. A merged event takes the lowest
 * member id, which changes when a new article adds a member; a correction made under the old id still applies.
 */
export function mergedMembers(
  machine: readonly ConflictEvent[],
  merged: readonly ConflictEvent[],
): Map<string, string[]> {
  // Two events of one article may share a sentence: a machine event is a member only when every one of its
  // spans is among the merged event's sources (sharing one is not enough).
  const bySpan = new Map<string, string[]>();
  const spanCount = new Map<string, number>();
  for (const event of machine) {
    const keys = new Set(event.sources.map(spanKey));
    spanCount.set(event.id, keys.size);
    for (const key of keys) {
      const ids = bySpan.get(key);
      if (ids) ids.push(event.id);
      else bySpan.set(key, [event.id]);
    }
  }
  const members = new Map<string, string[]>();
  for (const event of merged) {
    if (event.sources.length < 2) continue;
    const found = new Map<string, number>();
    for (const key of new Set(event.sources.map(spanKey))) {
      for (const id of bySpan.get(key) ?? []) if (id !== event.id) found.set(id, (found.get(id) ?? 0) + 1);
    }
    const ids = [...found].filter(([id, count]) => count === spanCount.get(id)).map(([id]) => id);
    if (ids.length > 0) members.set(event.id, ids.sort());
  }
  return members;
}

function spanKey(source: SourceSpan): string {
  return `${source.article_id}\u0000${source.start}\u0000${source.end}`;
}

/** The event with the patch applied; `corrected` lists the fields the patch set. */
export function patchEvent(event: ConflictEvent, patch: EventPatch): ConflictEvent {
  const corrected = CORRECTABLE_FIELDS.filter((field) => field in patch);
  if (corrected.length === 0) return event;
  return { ...event, ...patch, corrected };
}

/**
 * The fields of `edited` that differ from `original`: what an edit correction stores, so that a field the user
 * did not touch keeps following the machine when the article is extracted again.
 */
export function differingFields(original: ConflictEvent, edited: EventPatch): EventPatch {
  const patch: Record<string, unknown> = {};
  for (const field of CORRECTABLE_FIELDS) {
    if (field in edited && edited[field] !== original[field]) patch[field] = edited[field];
  }
  return patch as EventPatch;
}
