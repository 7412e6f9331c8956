/**
 * Libyan places for the generated corpus, read from the gazetteer's committed source list
 * (data/gazetteer/sources/osm-places.tsv: OpenStreetMap contributors, ODbL 1.0), so generated articles name
 * the same towns and villages the geocoder has to find.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusPlace {
  kind: 'city' | 'town' | 'village' | 'hamlet';
  ar: string;
  en: string;
  latitude: number;
  longitude: number;
}

export const PLACES_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'data',
  'gazetteer',
  'sources',
  'osm-places.tsv',
);

const KINDS = new Set(['city', 'town', 'village', 'hamlet']);

/** Parses the tab-separated list: kind, Arabic name, English name, latitude, longitude. Rows without both names are skipped. */
export function parsePlaces(tsv: string): CorpusPlace[] {
  const places: CorpusPlace[] = [];
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [kind, ar, en, latitude, longitude] = line.split('\t');
    if (!kind || !KINDS.has(kind) || !ar || !en) continue;
    const lat = Number(latitude);
    const lon = Number(longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    places.push({
      kind: kind as CorpusPlace['kind'],
      ar: ar.trim(),
      en: titleCase(en.trim()),
      latitude: lat,
      longitude: lon,
    });
  }
  return places;
}

/** Some OpenStreetMap names are in capitals (BOGADGOD): write them as a newspaper would (Bogadgod). */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_match, gap: string, letter: string) => gap + letter.toUpperCase());
}

export function loadPlaces(file = PLACES_FILE): CorpusPlace[] {
  return parsePlaces(readFileSync(file, 'utf8'));
}

/** Cities that datelines and "N km south of X" phrases are written against. */
export const REFERENCE_CITIES = [
  'Tripoli',
  'Benghazi',
  'Misrata',
  'Sabha',
  'Sirte',
  'Tobruk',
  'Ajdabiya',
  'Gharyan',
];

export type Direction =
  'north' | 'north-east' | 'east' | 'south-east' | 'south' | 'south-west' | 'west' | 'north-west';

const DIRECTIONS: Direction[] = [
  'north',
  'north-east',
  'east',
  'south-east',
  'south',
  'south-west',
  'west',
  'north-west',
];

/** Great-circle distance in km and the compass direction of `place` as seen from `from`. */
export function relativePosition(
  from: CorpusPlace,
  place: CorpusPlace,
): { km: number; direction: Direction } {
  const radians = Math.PI / 180;
  const lat1 = from.latitude * radians;
  const lat2 = place.latitude * radians;
  const deltaLat = lat2 - lat1;
  const deltaLon = (place.longitude - from.longitude) * radians;
  const a = Math.sin(deltaLat / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(deltaLon / 2) ** 2;
  const km = 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
  const y = Math.sin(deltaLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(deltaLon);
  const bearing = (Math.atan2(y, x) / radians + 360) % 360;
  const direction = DIRECTIONS[Math.round(bearing / 45) % 8] ?? 'north';
  return { km, direction };
}

/** The reference city closest to a place (never the place itself). */
export function nearestReference(
  place: CorpusPlace,
  references: readonly CorpusPlace[],
): CorpusPlace | undefined {
  let best: CorpusPlace | undefined;
  let bestKm = Infinity;
  for (const reference of references) {
    if (reference.en === place.en) continue;
    const { km } = relativePosition(reference, place);
    if (km < bestKm) {
      bestKm = km;
      best = reference;
    }
  }
  return best;
}
