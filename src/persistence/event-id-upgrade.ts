import { eventId, isLegacyEventId, legacyEventId } from '../pipeline/extract/event-id';
import type { ConflictEvent } from '../pipeline/types';
import type { EventCorrection } from '../corrections/correction-types';
import { mergeCorrection, splitCorrection } from '../corrections/incident-corrections';
import type { ArticleRecord } from './schema';

/**
 * Carries a library from the 53-bit event ids of earlier versions to the 128-bit ids the extractor makes now
 * (event-id.ts). A machine event's old id is recomputed from what it was made of (its article, its first evidence
 * span, its type, and for an event split by place or day those too); when it matches, the event gets the new id
 * made of the same parts, which is the id extracting the article again gives. An id that cannot be recomputed
 * (an event the user added, a record from elsewhere) is kept as it is.
 */
export interface EventIdUpgrade {
  records: ArticleRecord[];
  /** Old id to new id, for every event that changed. */
  renamed: Map<string, string>;
}

function newIdOf(event: ConflictEvent): string | null {
  if (!isLegacyEventId(event.id)) return null;
  const first = event.sources[0];
  if (!first) return null;
  const kinds = [
    event.sub_event_type,
    `${event.sub_event_type}\u0000${event.place_id ?? ''}\u0000${event.date ?? ''}`,
    `${event.sub_event_type}\u0000${event.place_id ?? ''}\u0000`,
    `${event.sub_event_type}\u0000\u0000${event.date ?? ''}`,
  ];
  for (const kind of kinds) {
    if (legacyEventId(first.article_id, first.start, first.end, kind) === event.id) {
      return eventId(first.article_id, first.start, first.end, kind);
    }
  }
  return null;
}

/** The records with their events' ids widened (records with no old id come back as they were). */
export function upgradeRecordEventIds(records: readonly ArticleRecord[]): EventIdUpgrade {
  const renamed = new Map<string, string>();
  const upgraded = records.map((record) => {
    let changed = false;
    const events = record.extraction.events.map((event) => {
      const id = newIdOf(event);
      if (id === null) return event;
      changed = true;
      // Two old events that shared an id (the collision this fixes) keep the first one's correction.
      if (!renamed.has(event.id)) renamed.set(event.id, id);
      return { ...event, id };
    });
    return changed ? { ...record, extraction: { ...record.extraction, events } } : record;
  });
  return { records: upgraded, renamed };
}

/**
 * The corrections under the new ids: an edit or a "not an event" follows its event, a split or merge its members
 * (and is keyed again by them). Corrections of events not renamed come back as they were. Returns the corrections
 * to save and the old keys that no longer exist.
 */
export function upgradeCorrectionIds(
  corrections: readonly EventCorrection[],
  renamed: ReadonlyMap<string, string>,
): { save: EventCorrection[]; remove: string[] } {
  const save: EventCorrection[] = [];
  const remove: string[] = [];
  if (renamed.size === 0) return { save, remove };
  for (const correction of corrections) {
    let next: EventCorrection = correction;
    if (correction.kind === 'split' || correction.kind === 'merge') {
      const members = correction.members.map((id) => renamed.get(id) ?? id);
      if (members.some((id, index) => id !== correction.members[index])) {
        const remade = correction.kind === 'split' ? splitCorrection(members) : mergeCorrection(members);
        next = { ...remade, updatedAt: correction.updatedAt };
      }
    } else {
      const id = renamed.get(correction.event_id);
      if (id !== undefined) next = { ...correction, event_id: id };
    }
    if (next === correction) continue;
    save.push(next);
    if (next.event_id !== correction.event_id) remove.push(correction.event_id);
  }
  return { save, remove };
}
