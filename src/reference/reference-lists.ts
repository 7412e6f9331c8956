/**
 * The three lists of a comparison as CSV files: the pairs (Marsad's and the reference's fields side by side), the
 * events only Marsad has (Marsad's ACLED CSV, so they can be added to the reference as they are), and the events
 * only the reference has.
 */
import { eventsToCsv } from '../pipeline/export/csv';
import type { ExportContext } from '../pipeline/export/acled-record';
import type { MatchedPair, ReferenceComparison } from './match-reference';
import type { ReferenceEvent } from './reference-types';

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = value !== '' && FORMULA_START.has(value[0] as string) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function table(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return '\uFEFF' + [header.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}

export const REFERENCE_COLUMNS = [
  'dataset',
  'reference_id',
  'first_day',
  'last_day',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location',
  'admin1',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'fatalities_high',
  'source',
  'notes',
] as const;

function referenceCells(event: ReferenceEvent): (string | number | null)[] {
  return [
    event.dataset,
    event.id,
    event.first,
    event.last,
    event.event_type,
    event.sub_event_type,
    event.actor1,
    event.actor2,
    event.location,
    event.admin1,
    event.latitude,
    event.longitude,
    event.geo_precision,
    event.fatalities,
    event.fatalities_high,
    event.source,
    event.notes,
  ];
}

export function onlyReferenceCsv(events: readonly ReferenceEvent[]): string {
  return table(REFERENCE_COLUMNS, events.map(referenceCells));
}

export function onlyMarsadCsv(comparison: ReferenceComparison, context: ExportContext = {}): string {
  return eventsToCsv(comparison.onlyMarsad, context, { bom: true });
}

export const PAIR_COLUMNS = [
  'marsad_id',
  'marsad_date',
  'marsad_sub_event_type',
  'marsad_location',
  'marsad_fatalities',
  'day_gap',
  'distance_km',
  ...REFERENCE_COLUMNS,
] as const;

export function pairsCsv(pairs: readonly MatchedPair[]): string {
  return table(
    PAIR_COLUMNS,
    pairs.map((pair) => [
      pair.marsad.id,
      pair.marsad.date,
      pair.marsad.sub_event_type,
      pair.marsad.location,
      pair.marsad.fatalities,
      pair.dayGap,
      pair.distanceKm,
      ...referenceCells(pair.reference),
    ]),
  );
}
