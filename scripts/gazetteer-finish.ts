/**
 * Turning drafts into gazetteer places: same-name OSM duplicates merged, ids made stable and unique,
 * districts assigned (the admin1 of the nearest GeoNames place for points GeoNames lacks), names
 * cleaned and widened with their variants, and names that are also ordinary words flagged.
 */

import type { Place } from '../src/pipeline/geo/gazetteer-types.ts';
import { distanceKm, type Draft, type GeonamesRow } from './gazetteer-drafts.ts';
import { cleanArabicName, foldLatin, hasArabic, hasLatin, slug, transliterate } from './gazetteer-names.ts';

/** Arabic words that introduce a place name; a name that starts with one is also known without it. */
const LEADING_CUES = ['قرية ', 'قريه ', 'منطقة ', 'مدينة ', 'مدينه ', 'واحة ', 'بلدة '];

function foldArabicForCompare(name: string): string {
  return name
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A same-name OSM-only draft within 5 km of another draft is the same settlement mapped twice: its
 * names join the other draft (a GeoNames or curated one first), whose point is kept.
 */
export function mergeNearDuplicates(drafts: Draft[]): void {
  const keyOf = (draft: Draft): string =>
    draft.name_ar.length > 0 ? foldArabicForCompare(draft.name_ar) : foldLatin(draft.name_en);
  const ordered = [...drafts].sort(
    (a, b) => Number(b.curated || b.geonames.length > 0) - Number(a.curated || a.geonames.length > 0),
  );
  const seen = new Map<string, Draft[]>();
  for (const draft of ordered) {
    if (draft.removed) continue;
    const key = keyOf(draft);
    if (key.length === 0) continue;
    const group = seen.get(key) ?? [];
    const mergeable = !draft.curated && draft.geonames.length === 0;
    const twin = mergeable
      ? group.find((other) => distanceKm(other.lat, other.lon, draft.lat, draft.lon) < 5)
      : undefined;
    if (twin !== undefined) {
      for (const name of draft.names_ar) twin.names_ar.add(name);
      for (const name of draft.names_en) twin.names_en.add(name);
      draft.removed = true;
    } else {
      group.push(draft);
      seen.set(key, group);
    }
  }
}

export function assignAdmin1(drafts: Draft[], geonames: GeonamesRow[]): void {
  for (const draft of drafts) {
    if (draft.admin1_code !== null || draft.kind === 'region') continue;
    let best: GeonamesRow | null = null;
    let bestDistance = Infinity;
    for (const row of geonames) {
      const distance = distanceKm(row.lat, row.lon, draft.lat, draft.lon);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = row;
      }
    }
    draft.admin1_code = best?.admin1 ?? null;
  }
}

function arabicNames(draft: Draft, commonWords: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const raw of draft.names_ar) {
    const name = cleanArabicName(raw);
    if (name.length < 2) continue;
    names.add(name);
    if (draft.curated) continue;
    for (const cue of LEADING_CUES) {
      if (!name.startsWith(cue)) continue;
      const rest = name.slice(cue.length);
      // "قرية البيضاء" is not also "البيضاء": a one-word rest of a village name is too often a word.
      const safe =
        rest.length >= 3 &&
        !commonWords.has(foldArabicForCompare(rest)) &&
        (rest.includes(' ') || !draft.minor);
      if (safe) names.add(rest);
    }
  }
  return [...names];
}

function latinNames(draft: Draft): string[] {
  const names: string[] = [];
  const keys = new Set<string>();
  const push = (name: string): void => {
    const key = name.toLowerCase();
    if (keys.has(key)) return;
    keys.add(key);
    names.push(name);
  };
  for (const raw of draft.names_en) {
    const name = raw.trim();
    if (name.length < 2 || !hasLatin(name) || hasArabic(name)) continue;
    push(name);
    push(plainLatin(name));
  }
  return names;
}

function plainLatin(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ʿʾ’‘`´ʼ]/g, "'");
}

export function toPlaces(
  drafts: Draft[],
  admin1Names: Map<string, string>,
  commonWords: Set<string>,
): Place[] {
  const used = new Set<string>();
  const places: Place[] = [];
  for (const draft of drafts) {
    if (draft.removed) continue;
    const names_ar = arabicNames(draft, commonWords);
    const name_ar = draft.name_ar.length > 0 ? cleanArabicName(draft.name_ar) : (names_ar[0] ?? '');
    if (name_ar.length === 0) continue;
    if (!names_ar.includes(name_ar)) names_ar.unshift(name_ar);
    const name_en = plainLatin(draft.name_en.length > 0 ? draft.name_en : transliterate(name_ar));
    const names_en = latinNames(draft);
    if (!names_en.includes(name_en)) names_en.unshift(name_en);
    let id = draft.id ?? `ly-${slug(name_en) || slug(transliterate(name_ar)) || 'place'}`;
    if (draft.id === null && used.has(id))
      id = `${id}-${draft.lat.toFixed(2)}-${draft.lon.toFixed(2)}`.replace(/\./g, '');
    if (used.has(id)) throw new Error(`duplicate id ${id}`);
    used.add(id);
    const folded = names_ar.map(foldArabicForCompare);
    const common = draft.curated ? draft.common_word : folded.some((name) => commonWords.has(name));
    const place: Place = {
      id,
      name_ar,
      name_en,
      names_ar,
      names_en,
      kind: draft.kind,
      admin1: draft.admin1_code === null ? null : (admin1Names.get(draft.admin1_code) ?? null),
      lat: Number(draft.lat.toFixed(5)),
      lon: Number(draft.lon.toFixed(5)),
      source: draft.source,
    };
    if (draft.radius_km !== undefined) place.radius_km = draft.radius_km;
    if (common === true) place.common_word = true;
    if (
      draft.minor &&
      !draft.curated &&
      names_ar.every((name) => !name.includes(' ')) &&
      place.common_word !== true
    ) {
      // Unreviewed single-word village names are too often ordinary words to be trusted bare.
      place.common_word = true;
    }
    if (draft.parent_id !== undefined) place.parent_id = draft.parent_id;
    places.push(place);
  }
  return places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function foldArabic(name: string): string {
  return foldArabicForCompare(name);
}
