import type { ConflictEvent } from '../pipeline/types';

/** The fields of an event a user can correct. */
export const CORRECTABLE_FIELDS = [
  'event_type',
  'sub_event_type',
  'date',
  'time_precision',
  'location',
  'place_id',
  'admin1',
  'latitude',
  'longitude',
  'geo_precision',
  'actor1',
  'actor2',
  'fatalities',
  'fatalities_high',
] as const satisfies readonly (keyof ConflictEvent)[];

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export type EventPatch = Partial<Pick<ConflictEvent, CorrectableField>>;

/**
 * A user's correction, keyed by the event id (ids are deterministic, so a correction survives re-extraction).
 * - `edit`: the listed fields replace the machine's values;
 * - `not-event`: the machine's event is not an event and is hidden everywhere;
 * - `added`: an event the user made from a sentence, carried whole in `event`;
 * - `split`: the reports (machine event ids in `members`) the machine merged into one event are separate incidents
 *   (no two of them are merged again); keyed `split:<lowest member id>`;
 * - `merge`: the reports in `members` are one incident, whatever the machine judged; keyed `merge:<member ids>`.
 * Split and merge name the machine's own per-article events, whose ids survive re-extraction.
 */
export type EventCorrection =
  | { kind: 'edit'; event_id: string; fields: EventPatch; updatedAt: number }
  | { kind: 'not-event'; event_id: string; updatedAt: number }
  | { kind: 'added'; event_id: string; event: ConflictEvent; updatedAt: number }
  | IncidentCorrection;

export interface IncidentCorrection {
  kind: 'split' | 'merge';
  event_id: string;
  members: string[];
  updatedAt: number;
}

/** The marker in `ConflictEvent.corrected` for an event the user added. */
export const USER_ADDED = 'added';
