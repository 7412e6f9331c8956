/**
 * An event as the exports may read it, whatever path it came by: an imported workspace, a stored correction or an
 * edit can carry a field of the wrong shape (an actor that is an object, `sources: [null]`, a year that is text).
 * Each field is kept when it has its type, else blanked (null, an empty list, an empty text), so one odd event
 * never stops a whole export.
 */
import type { ConflictEvent, Highlight, SourceSpan } from '../types.ts';

type Loose = Record<string, unknown>;

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function within(value: unknown, low: number, high: number): number | null {
  const number = finite(value);
  return number !== null && number >= low && number <= high ? number : null;
}

function precision(value: unknown): 1 | 2 | 3 | null {
  return value === 1 || value === 2 || value === 3 ? value : null;
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null;
}

function spans(value: unknown): SourceSpan[] {
  if (!Array.isArray(value)) return [];
  const kept: SourceSpan[] = [];
  for (const item of value as unknown[]) {
    if (!isObject(item) || typeof item['article_id'] !== 'string') continue;
    kept.push({
      article_id: item['article_id'],
      start: finite(item['start']) ?? 0,
      end: finite(item['end']) ?? 0,
    });
  }
  return kept;
}

function highlights(value: unknown): Highlight[] {
  const kept: Highlight[] = [];
  if (!Array.isArray(value)) return kept;
  for (const item of value as unknown[]) {
    if (!isObject(item) || typeof item['kind'] !== 'string') continue;
    const [span] = spans([item]);
    if (span) kept.push({ ...span, kind: item['kind'] as Highlight['kind'] });
  }
  return kept;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? (value as unknown[]).filter((item) => typeof item === 'string') : [];
}

/** A copy of the event with every field of its type (see above); a well-formed event keeps every value. */
export function exportableEvent(value: ConflictEvent): ConflictEvent {
  const event = value as unknown as Loose;
  const latitude = within(event['latitude'], -90, 90);
  const longitude = within(event['longitude'], -180, 180);
  const located = latitude !== null && longitude !== null;
  const date = text(event['date']);
  const safe: ConflictEvent = {
    id: text(event['id']) ?? '',
    event_type: (text(event['event_type']) ?? '') as ConflictEvent['event_type'],
    sub_event_type: (text(event['sub_event_type']) ?? '') as ConflictEvent['sub_event_type'],
    date: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    time_precision: precision(event['time_precision']) ?? 3,
    location: text(event['location']),
    place_id: text(event['place_id']),
    admin1: text(event['admin1']),
    latitude: located ? latitude : null,
    longitude: located ? longitude : null,
    geo_precision: precision(event['geo_precision']),
    actor1: text(event['actor1']),
    actor2: text(event['actor2']),
    fatalities: within(event['fatalities'], 0, Number.MAX_SAFE_INTEGER),
    fatalities_high: within(event['fatalities_high'], 0, Number.MAX_SAFE_INTEGER),
    injuries: within(event['injuries'], 0, Number.MAX_SAFE_INTEGER),
    notes: text(event['notes']) ?? '',
    confidence: within(event['confidence'], 0, 1) ?? 0,
    confidence_reasons: strings(event['confidence_reasons']),
    sources: spans(event['sources']),
    highlights: highlights(event['highlights']),
  };
  if (event['corrected'] !== undefined) safe.corrected = strings(event['corrected']);
  const incident = event['incident'];
  if (isObject(incident)) {
    safe.incident = {
      reports: finite(incident['reports']) ?? 0,
      place: (text(incident['place']) ?? 'unlocated') as NonNullable<ConflictEvent['incident']>['place'],
      place_name: text(incident['place_name']),
      day_span: finite(incident['day_span']) ?? 0,
      ...(incident['by_user'] === true ? { by_user: true as const } : {}),
    };
  }
  return safe;
}
