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
  const bySpan = new Map<string, string>();
  for (const event of machine) {
    for (const source of event.sources) bySpan.set(spanKey(source), event.id);
  }
  const members = new Map<string, string[]>();
  for (const event of merged) {
    if (event.sources.length < 2) continue;
    const ids = new Set<string>();
    for (const source of event.sources) {
      const id = bySpan.get(spanKey(source));
      if (id !== undefined && id !== event.id) ids.add(id);
    }
    if (ids.size > 0) members.set(event.id, [...ids].sort());
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
