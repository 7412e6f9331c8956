import type { ConflictEvent } from '../pipeline/types';
import { CORRECTABLE_FIELDS, USER_ADDED, type EventCorrection, type EventPatch } from './correction-types';

/**
 * The events the views show: the machine's events with the user's corrections on top. Edited fields replace the
 * machine's values and are listed in `corrected`; events marked "not an event" are left out; events the user
 * added are appended. The input is not modified.
 */
export function applyCorrections(
  events: readonly ConflictEvent[],
  corrections: Readonly<Record<string, EventCorrection>>,
): ConflictEvent[] {
  const result: ConflictEvent[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    const correction = corrections[event.id];
    seen.add(event.id);
    if (!correction || correction.kind === 'added') {
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
