/**
 * Importing a reference dataset the size of ACLED's Libya file (~40,000 rows): the CSV is parsed by column name and
 * compared with Marsad's events (here 5,000 events spread over the same years and places). The figure is the whole
 * import, parse and comparison, as the app's worker runs it (target: 5 s).
 */
import type { ConflictEvent } from '../../src/pipeline/types';
import { ACLED_COLUMNS } from '../../src/pipeline/export/acled-columns';
import { compareWithReference } from '../../src/reference/match-reference';
import { parseReferenceCsv } from '../../src/reference/parse-reference';

const PLACES: readonly [string, string, number, number][] = [
  ['Tripoli', 'Tripoli', 32.8874, 13.1873],
  ['Abu Salim', 'Tripoli', 32.8496, 13.1712],
  ['Benghazi', 'Banghazi', 32.1167, 20.0667],
  ['Sirte', 'Surt', 31.2089, 16.5887],
  ['Murzuq', 'Murzuq', 25.9155, 13.9184],
  ['Derna', 'Darnah', 32.767, 22.6367],
  ['Misrata', 'Misratah', 32.3754, 15.0925],
  ['Sabha', 'Sabha', 27.0377, 14.4283],
];
const TYPES: readonly [string, string][] = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Protests', 'Peaceful protest'],
];
const FIRST_DAY = Date.UTC(2011, 1, 15);
const DAY = 86_400_000;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** An ACLED-format CSV of `rows` made-up events (deterministic). */
export function syntheticAcledCsv(rows: number, seed = 7): string {
  const next = random(seed);
  const lines = [ACLED_COLUMNS.join(',')];
  for (let index = 0; index < rows; index++) {
    const [location, admin1, lat, lon] = PLACES[
      Math.floor(next() * PLACES.length)
    ] as (typeof PLACES)[number];
    const [eventType, subType] = TYPES[Math.floor(next() * TYPES.length)] as (typeof TYPES)[number];
    const date = new Date(FIRST_DAY + Math.floor(next() * 5000) * DAY).toISOString().slice(0, 10);
    const cells: Record<string, string> = {
      event_id_cnty: `LBY${index + 1}`,
      event_date: date,
      year: date.slice(0, 4),
      time_precision: String(1 + Math.floor(next() * 2)),
      disorder_type: 'Political violence',
      event_type: eventType,
      sub_event_type: subType,
      actor1: 'Military Forces of Libya (2014-) Libyan National Army',
      inter1: '1',
      actor2: 'Unidentified Armed Group (Libya)',
      inter2: '3',
      interaction: '13',
      iso: '434',
      region: 'Northern Africa',
      country: 'Libya',
      admin1,
      location,
      latitude: (lat + (next() - 0.5) * 0.1).toFixed(4),
      longitude: (lon + (next() - 0.5) * 0.1).toFixed(4),
      geo_precision: '1',
      source: 'Libya Observer',
      source_scale: 'National',
      notes: `On ${date}, armed groups clashed in ${location}, the report said.`,
      fatalities: String(Math.floor(next() * 5)),
      timestamp: '1700000000',
    };
    lines.push(ACLED_COLUMNS.map((column) => quote(cells[column] ?? '')).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function syntheticEvents(count: number, seed = 11): ConflictEvent[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const [location, admin1, lat, lon] = PLACES[
      Math.floor(next() * PLACES.length)
    ] as (typeof PLACES)[number];
    const date = new Date(FIRST_DAY + Math.floor(next() * 5000) * DAY).toISOString().slice(0, 10);
    return {
      id: `m${index}`,
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      date,
      time_precision: 1,
      location,
      place_id: null,
      admin1,
      latitude: lat,
      longitude: lon,
      geo_precision: 1,
      actor1: null,
      actor2: null,
      fatalities: null,
      fatalities_high: null,
      injuries: null,
      notes: '',
      confidence: 0.5,
      confidence_reasons: [],
      sources: [],
      highlights: [],
    };
  });
}

export function benchReference(): Record<string, number> {
  const text = syntheticAcledCsv(40_000);
  const events = syntheticEvents(5_000);
  const started = performance.now();
  const parsed = parseReferenceCsv(text);
  const parsedAt = performance.now();
  const comparison = compareWithReference(events, parsed.events);
  const ended = performance.now();
  return {
    reference_40k_import_ms: Math.round(ended - started),
    reference_40k_parse_ms: Math.round(parsedAt - started),
    reference_40k_pairs: comparison.both.length,
  };
}
