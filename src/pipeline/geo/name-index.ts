/**
 * The names the geocoder looks for: every Arabic and Latin name of every Libyan and foreign place,
 * as entries of one phrase matcher, each marked weak when the name is also an ordinary word.
 */

import { normaliseTerm } from '../text/normalise.ts';
import { PhraseMatcher } from '../text/phrase-matcher.ts';
import type { GazetteerData, Place, WorldData, WorldPlace } from './gazetteer-types.ts';
import { latinVariants, textForNames } from './latin-variants.ts';
import { FOREIGN_COUNTRY_WORDS, GENERIC_NAMES, LIBYA_WORDS, PLACE_TYPE_WORDS } from './cues.ts';

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

/** Arabic names of strong places that are still ordinary words ("العاصمة" the capital means Tripoli). */
const WEAK_ARABIC = new Set(['العاصمه']);

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

export function buildNameEntries(gazetteer: GazetteerData, world: WorldData): [string, NameEntry][] {
  const entries: [string, NameEntry][] = [];
  for (const place of gazetteer.places) {
    for (const normalised of spellingsOf(place)) {
      entries.push([
        normalised,
        { type: 'libya', place, weak: isWeakName(normalised, place.common_word === true) },
      ]);
    }
  }
  for (const place of world.places) {
    for (const normalised of spellingsOf(place))
      entries.push([normalised, { type: 'world', place, weak: place.common_word === true }]);
  }
  for (const [word, country] of FOREIGN_COUNTRY_WORDS) entries.push([word, { type: 'country', country }]);
  for (const word of LIBYA_WORDS) entries.push([word, { type: 'country', country: null }]);
  return entries;
}

export function buildMatcher(gazetteer: GazetteerData, world: WorldData): PhraseMatcher<NameEntry> {
  return new PhraseMatcher(buildNameEntries(gazetteer, world));
}
