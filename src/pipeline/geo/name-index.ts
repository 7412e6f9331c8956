/**
 * The names the geocoder looks for: every Arabic and Latin name of every Libyan and foreign place,
 * as entries of one phrase matcher, each marked weak when the name is also an ordinary word.
 */

import { normaliseTerm } from '../text/normalise.ts';
import { PhraseMatcher } from '../text/phrase-matcher.ts';
import type { GazetteerData, Place, WorldData, WorldPlace } from './gazetteer-types.ts';
import { interleave, latinVariants, textForNames, transliterationVariants } from './latin-variants.ts';
import { arabicNameVariants } from './arabic-name-variants.ts';
import { FOREIGN_COUNTRY_WORDS, GENERIC_NAMES, LIBYA_WORDS, PLACE_TYPE_WORDS } from './cues.ts';
import { distanceKm } from './geodesy.ts';
import { SAME_LOCALITY_KM } from './place-rank.ts';

/**
 * A place name, or a word naming a country (`country` null for Libya): country words ride in the
 * same automaton so the countries a sentence names come out of the one pass over the text.
 */
export type NameEntry =
  | { type: 'libya'; place: Place; weak: boolean }
  | { type: 'world'; place: WorldPlace; weak: boolean }
  | { type: 'country'; country: string | null };

/** Short Latin names that are English words or too short to trust bare. */
const WEAK_LATIN = new Set([
  'hun',
  'hon',
  'sas',
  'badr',
  'sultan',
  'marsy',
  'massa',
  'tika',
  'lukk',
  'anai',
  'derj',
  'dirj',
  'daraj',
]);

function hasPlaceTypeWord(name: string): boolean {
  return name.split(' ').some((word) => PLACE_TYPE_WORDS.has(word));
}

/**
 * Arabic names of strong places that are still ordinary words: "العاصمة" (the capital) means Tripoli,
 * "الخلة", "اليرموك", "الانتصار" are Tripoli's front lines and quarters in short ("محاور الخلة
 * واليرموك") but also a hollow, a battle, a victory: they need a place cue or a list.
 */
const WEAK_ARABIC = new Set(['العاصمه', 'الخله', 'اليرموك', 'الانتصار']);

function isWeakName(name: string, commonPlace: boolean): boolean {
  const arabic = /[\u0621-\u064a]/.test(name);
  if (!arabic) return WEAK_LATIN.has(name) || name.length <= 2;
  return WEAK_ARABIC.has(name) || (commonPlace && !hasPlaceTypeWord(name));
}

/** Names that are generic nouns, in the spelling the automaton reads. */
const GENERIC: ReadonlySet<string> = new Set([...GENERIC_NAMES].map(textForNames));

/** Every spelling of a place's names the automaton should know, generic nouns left out. */
function spellingsOf(place: { names_ar: readonly string[]; names_en: readonly string[] }): Set<string> {
  const spellings = new Set<string>();
  for (const name of [...place.names_ar, ...place.names_en]) {
    const written = textForNames(normaliseTerm(name));
    if (written.length < 2 || GENERIC.has(written)) continue;
    for (const spelling of latinVariants(written)) if (!GENERIC.has(spelling)) spellings.add(spelling);
  }
  return spellings;
}

/**
 * Ordinary words that a generated spelling may equal (found by `scripts/gazetteer-variants.ts` on
 * the Markdown of the installed packages and docs for English, the Arabic fixture articles): never
 * entered as names. "ابو عيسي" is a person (Abu Issa) as often as the village.
 */
const ORDINARY_WORDS: ReadonlySet<string> = new Set(['ابو عيسي']);

/**
 * How many transliteration variants a place gets (its curated names already cover the usual ones):
 * the places that war reporting names most get more; villages (hundreds of hamlets seldom named in
 * English) and areas (long names, curated variants) get none. Arabic forms are not limited (few).
 */
const LATIN_BUDGET: Record<Place['kind'], number> = {
  city: 40,
  town: 12,
  neighbourhood: 28,
  base: 12,
  oil_facility: 10,
  crossing: 8,
  landmark: 8,
  wadi: 8,
  village: 0,
  district: 0,
  region: 0,
};

/** A generated spelling is kept only when it is at least this long (shorter ones are ordinary words too often). */
const SHORTEST_GENERATED = 5;

function usable(variant: string, own: ReadonlySet<string>): boolean {
  return (
    variant.length >= SHORTEST_GENERATED &&
    !own.has(variant) &&
    !GENERIC.has(variant) &&
    !ORDINARY_WORDS.has(variant)
  );
}

/**
 * The generated spellings of a place: transliteration variants of its Latin names (its main name
 * first, within the kind's budget), clitic and article forms of each Arabic name.
 */
function generatedSpellings(place: Place, own: ReadonlySet<string>): Set<string> {
  const generated = new Set<string>();
  const main = textForNames(normaliseTerm(place.name_en));
  const latin = [...own].filter((spelling) => /^[a-z]/.test(spelling) && !WEAK_LATIN.has(spelling));
  latin.sort((a, b) => Number(b === main) - Number(a === main));
  const budget = LATIN_BUDGET[place.kind];
  if (budget > 0) {
    const lists = latin.map((spelling) => transliterationVariants(spelling, budget));
    for (const variant of interleave(lists, budget * 2)) {
      if (generated.size >= budget) break;
      if (usable(variant, own)) generated.add(variant);
    }
  }
  for (const spelling of own) {
    if (/^[a-z]/.test(spelling)) continue;
    for (const variant of arabicNameVariants(spelling)) if (usable(variant, own)) generated.add(variant);
  }
  return generated;
}

/** How many generated spellings were kept and dropped, for the data check and the tests. */
export interface VariantCounts {
  kept: number;
  /** Equal to a name the gazetteer already gives to another place (the written name wins). */
  takenByAnotherName: number;
  /** Generated for two places that are not one locality (would make a new ambiguity). */
  sharedByDistantPlaces: number;
}

interface Generated {
  places: Place[];
  shared: boolean;
}

export function buildNameEntries(
  gazetteer: GazetteerData,
  world: WorldData,
  counts?: VariantCounts,
): [string, NameEntry][] {
  const entries: [string, NameEntry][] = [];
  const written = new Set<string>();
  const ownSpellings = new Map<Place, Set<string>>();
  for (const place of gazetteer.places) {
    const own = spellingsOf(place);
    ownSpellings.set(place, own);
    for (const normalised of own) {
      written.add(normalised);
      entries.push([
        normalised,
        { type: 'libya', place, weak: isWeakName(normalised, place.common_word === true) },
      ]);
    }
  }
  for (const place of world.places) {
    for (const normalised of spellingsOf(place)) {
      written.add(normalised);
      entries.push([normalised, { type: 'world', place, weak: place.common_word === true }]);
    }
  }
  // Generated spellings: never one the gazetteer writes for any place, never shared by distant places.
  const generated = new Map<string, Generated>();
  let taken = 0;
  for (const [place, own] of ownSpellings) {
    for (const variant of generatedSpellings(place, own)) {
      if (written.has(variant)) {
        taken++;
        continue;
      }
      const entry = generated.get(variant);
      if (entry === undefined) generated.set(variant, { places: [place], shared: false });
      else if (!entry.shared) {
        const first = entry.places[0] as Place;
        if (distanceKm(first.lat, first.lon, place.lat, place.lon) > SAME_LOCALITY_KM) entry.shared = true;
        else entry.places.push(place);
      }
    }
  }
  let kept = 0;
  let shared = 0;
  for (const [variant, entry] of generated) {
    if (entry.shared) {
      shared++;
      continue;
    }
    kept++;
    for (const place of entry.places)
      entries.push([
        variant,
        { type: 'libya', place, weak: isWeakName(variant, place.common_word === true) },
      ]);
  }
  if (counts !== undefined) {
    counts.kept = kept;
    counts.takenByAnotherName = taken;
    counts.sharedByDistantPlaces = shared;
  }
  for (const [word, country] of FOREIGN_COUNTRY_WORDS) entries.push([word, { type: 'country', country }]);
  for (const word of LIBYA_WORDS) entries.push([word, { type: 'country', country: null }]);
  return entries;
}

export function buildMatcher(gazetteer: GazetteerData, world: WorldData): PhraseMatcher<NameEntry> {
  return new PhraseMatcher(buildNameEntries(gazetteer, world));
}
