/**
 * Reads a reference dataset from CSV text: an ACLED export (recognised by `event_id_cnty` and `sub_event_type`)
 * or a UCDP GED file (`date_start`, `type_of_violence`, `best`). Columns are found by name, so older and newer
 * exports with other column sets read alike. ACLED rows of types Marsad does not code (protests, riots, strategic
 * developments, violence against civilians) are counted and left out: they could never match a Marsad event.
 */
import Papa from 'papaparse';
import type { ReferenceDataset, ReferenceEvent, ReferenceParse } from './reference-types';

/** A row's field by column name (lower case). */
type Row = (name: string) => string | undefined;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (value: number): string => String(value).padStart(2, '0');

function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2020-07-05", "2020-07-05 00:00:00.000", "05 July 2020", "5-July-2020", "05/07/2020", "05-07-2020". */
export function readDay(text: string | undefined): string | null {
  const value = (text ?? '').trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value);
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(value);
  if (match) {
    const month = MONTHS.findIndex((name) => name.startsWith((match?.[2] ?? '').toLowerCase().slice(0, 3)));
    return month < 0 ? null : isoDay(Number(match[3]), month + 1, Number(match[1]));
  }
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return isoDay(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

function shiftDay(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function lastOfMonth(iso: string): string {
  const date = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1, 0);
  return date.toISOString().slice(0, 10);
}

function text(row: Row, name: string): string | null {
  const value = row(name)?.trim();
  return value === undefined || value === '' ? null : value;
}

function number(row: Row, name: string): number | null {
  const value = text(row, name);
  if (value === null) return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function point(
  row: Row,
  latitude: string,
  longitude: string,
): { latitude: number | null; longitude: number | null } {
  const lat = number(row, latitude);
  const lon = number(row, longitude);
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return { latitude: null, longitude: null };
  return { latitude: lat, longitude: lon };
}

const MARSAD_EVENT_TYPES = new Set(['Battles', 'Explosions/Remote violence']);

function acledEvent(row: Row): ReferenceEvent | 'skip' | null {
  const id = text(row, 'event_id_cnty');
  const day = readDay(row('event_date'));
  if (id === null || day === null) return null;
  const eventType = text(row, 'event_type') ?? '';
  if (!MARSAD_EVENT_TYPES.has(eventType)) return 'skip';
  const precision = number(row, 'time_precision');
  // ACLED: 2 = a week around the coded day, 3 = the month.
  const first = precision === 3 ? `${day.slice(0, 7)}-01` : precision === 2 ? shiftDay(day, -3) : day;
  const last = precision === 3 ? lastOfMonth(day) : precision === 2 ? shiftDay(day, 3) : day;
  const geo = number(row, 'geo_precision');
  const fatalities = number(row, 'fatalities');
  return {
    id,
    dataset: 'ACLED',
    first,
    last,
    event_type: eventType,
    sub_event_type: text(row, 'sub_event_type'),
    actor1: text(row, 'actor1'),
    actor2: text(row, 'actor2'),
    location: text(row, 'location'),
    admin1: text(row, 'admin1'),
    ...point(row, 'latitude', 'longitude'),
    geo_precision: geo === 2 ? 2 : geo === 3 ? 3 : 1,
    fatalities,
    fatalities_high: null,
    notes: text(row, 'notes') ?? '',
    source: text(row, 'source') ?? '',
  };
}

const UCDP_TYPES: Record<string, string> = {
  '1': 'State-based conflict',
  '2': 'Non-state conflict',
  '3': 'One-sided violence',
};

function ucdpEvent(row: Row): ReferenceEvent | null {
  const id = text(row, 'id') ?? text(row, 'relid');
  const first = readDay(row('date_start'));
  const last = readDay(row('date_end')) ?? first;
  if (id === null || first === null || last === null) return null;
  const where = number(row, 'where_prec');
  const best = number(row, 'best');
  const high = number(row, 'high');
  return {
    id,
    dataset: 'UCDP',
    first: first <= last ? first : last,
    last: first <= last ? last : first,
    event_type: UCDP_TYPES[text(row, 'type_of_violence') ?? ''] ?? 'Organised violence',
    sub_event_type: null,
    actor1: text(row, 'side_a'),
    actor2: text(row, 'side_b'),
    location: text(row, 'where_coordinates') ?? text(row, 'adm_2') ?? text(row, 'adm_1'),
    admin1:
      (text(row, 'adm_1') ?? '').replace(/\s+(?:district|governorate|province|municipality)$/i, '') || null,
    ...point(row, 'latitude', 'longitude'),
    // UCDP: 1 exact, 2 within 25 km, 3 second-order admin, 4+ larger areas.
    geo_precision: where === null || where <= 1 ? 1 : where === 2 ? 2 : 3,
    fatalities: best,
    fatalities_high: high !== null && best !== null && high > best ? high : null,
    notes: text(row, 'source_headline') ?? text(row, 'source_article') ?? '',
    source: text(row, 'source_office') ?? text(row, 'source_original') ?? '',
  };
}

export function datasetOf(columns: readonly string[]): ReferenceDataset | null {
  const names = new Set(columns.map((column) => column.trim().toLowerCase()));
  if (names.has('event_id_cnty') && names.has('sub_event_type') && names.has('event_date')) return 'ACLED';
  if (names.has('date_start') && names.has('type_of_violence') && names.has('best')) return 'UCDP';
  return null;
}

/**
 * Parses the whole text (papaparse, rows as arrays; fields looked up by the header's names), then reads the rows;
 * `onProgress(done, total)` is called every 2,000 rows with rows read and the number of rows.
 */
export function parseReferenceCsv(
  input: string,
  onProgress?: (done: number, total: number) => void,
): ReferenceParse {
  const body = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const result: ReferenceParse = { dataset: null, events: [], skippedTypes: 0, unreadable: 0 };
  const grid = Papa.parse<string[]>(body, { skipEmptyLines: true }).data;
  const header = (grid[0] ?? []).map((cell) => cell.trim().toLowerCase());
  if (grid.length === 0) return { ...result, failure: 'the file has no rows' };
  result.dataset = datasetOf(header);
  if (result.dataset === null)
    return {
      ...result,
      failure: 'not an ACLED or UCDP GED file: its columns are neither ACLED’s nor UCDP’s',
    };
  const columns = new Map(header.map((name, index) => [name, index]));
  const total = grid.length - 1;
  for (let index = 1; index < grid.length; index++) {
    const cells = grid[index] as string[];
    const row: Row = (name) => {
      const column = columns.get(name);
      return column === undefined ? undefined : cells[column];
    };
    const event = result.dataset === 'ACLED' ? acledEvent(row) : ucdpEvent(row);
    if (event === 'skip') result.skippedTypes++;
    else if (event === null) result.unreadable++;
    else result.events.push(event);
    if (onProgress !== undefined && index % 2000 === 0) onProgress(index, total);
  }
  onProgress?.(total, total);
  return result;
}
