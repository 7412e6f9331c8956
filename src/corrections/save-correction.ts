import type { LibraryService } from '../library/library-service';
import type { StorageFailure } from '../persistence/storage-failure';
import type { ConflictEvent } from '../pipeline/types';
import { differingFields } from './apply-corrections';
import type { EventCorrection, EventPatch } from './correction-types';

/**
 * Stores what the user set in the editor. For a machine event only the fields that differ from the machine's
 * values are kept (so the others still follow a re-extraction); setting everything back removes the correction.
 * For an event the user added, the whole event is kept.
 */
export function saveEdit(
  service: LibraryService,
  current: ConflictEvent,
  existing: EventCorrection | undefined,
  patch: EventPatch,
  now = Date.now(),
): Promise<StorageFailure | null> {
  if (existing?.kind === 'added') {
    const event = { ...existing.event, ...patch };
    return service.correct([{ kind: 'added', event_id: existing.event_id, event, updatedAt: now }]);
  }
  const machine = service.machineEvent(current.id) ?? current;
  const fields = differingFields(machine, patch);
  if (Object.keys(fields).length === 0) return service.correct([], [current.id]);
  return service.correct([{ kind: 'edit', event_id: current.id, fields, updatedAt: now }]);
}

/** Marks a machine event as "not an event"; an event the user added is simply removed. */
export function dismissEvent(
  service: LibraryService,
  id: string,
  existing: EventCorrection | undefined,
  now = Date.now(),
): Promise<StorageFailure | null> {
  if (existing?.kind === 'added') return service.correct([], [id]);
  return service.correct([{ kind: 'not-event', event_id: id, updatedAt: now }]);
}
