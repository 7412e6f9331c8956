import type { ConflictEvent, GeoPrecision, SubEventType, TimePrecision } from '../pipeline/types';
import type { EventPatch } from './correction-types';
import { eventTypeOf } from './event-kinds';

/** The editor's fields as the inputs hold them (text), so a half-typed value is never lost or coerced. */
export interface EditorForm {
  sub_event_type: SubEventType;
  date: string;
  time_precision: TimePrecision;
  location: string;
  place_id: string | null;
  admin1: string | null;
  latitude: string;
  longitude: string;
  geo_precision: GeoPrecision | null;
  actor1: string;
  actor2: string;
  fatalities: string;
  fatalities_high: string;
}

export function formFromEvent(event: ConflictEvent): EditorForm {
  return {
    sub_event_type: event.sub_event_type,
    date: event.date ?? '',
    time_precision: event.time_precision,
    location: event.location ?? '',
    place_id: event.place_id,
    admin1: event.admin1,
    latitude: event.latitude === null ? '' : String(event.latitude),
    longitude: event.longitude === null ? '' : String(event.longitude),
    geo_precision: event.geo_precision,
    actor1: event.actor1 ?? '',
    actor2: event.actor2 ?? '',
    fatalities: event.fatalities === null ? '' : String(event.fatalities),
    fatalities_high: event.fatalities_high === null ? '' : String(event.fatalities_high),
  };
}

export type FormProblem = 'date' | 'latitude' | 'longitude' | 'fatalities' | 'fatalities_high';

/** Every field of the form as event values, or the fields that do not hold a valid value. */
export function patchFromForm(form: EditorForm): { patch: EventPatch; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const date = form.date.trim();
  if (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push('date');
  const latitude = optionalNumber(form.latitude, -90, 90);
  const longitude = optionalNumber(form.longitude, -180, 180);
  if (latitude === undefined) problems.push('latitude');
  if (longitude === undefined) problems.push('longitude');
  const fatalities = optionalCount(form.fatalities);
  const fatalitiesHigh = optionalCount(form.fatalities_high);
  if (fatalities === undefined) problems.push('fatalities');
  if (
    fatalitiesHigh === undefined ||
    (fatalitiesHigh !== null && fatalities != null && fatalitiesHigh < fatalities)
  ) {
    problems.push('fatalities_high');
  }
  const located = latitude != null && longitude != null;
  const patch: EventPatch = {
    event_type: eventTypeOf(form.sub_event_type),
    sub_event_type: form.sub_event_type,
    date: date === '' ? null : date,
    time_precision: form.time_precision,
    location: emptyToNull(form.location),
    place_id: form.place_id,
    admin1: form.admin1,
    latitude: located ? latitude : null,
    longitude: located ? longitude : null,
    geo_precision: located ? (form.geo_precision ?? 1) : null,
    actor1: emptyToNull(form.actor1),
    actor2: emptyToNull(form.actor2),
    fatalities: fatalities ?? null,
    fatalities_high: fatalitiesHigh ?? null,
  };
  return { patch, problems };
}

function emptyToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** null for an empty field, undefined for an invalid one. */
function optionalNumber(value: string, min: number, max: number): number | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) && number >= min && number <= max ? number : undefined;
}

function optionalCount(value: string): number | null | undefined {
  const number = optionalNumber(value, 0, 1_000_000);
  if (number === null || number === undefined) return number;
  return Number.isInteger(number) ? number : undefined;
}
