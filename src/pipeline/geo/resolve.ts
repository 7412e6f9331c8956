/**
 * Choosing what a matched name refers to: a foreign place or a Libyan one (Tripoli in Lebanon is not
 * Tripoli in Libya), and which of several Libyan namesakes (the place nearest to the other places
 * the text names, else the highest-ranked one; a tie between distant places stays unresolved).
 */

import type { Place, WorldPlace } from './gazetteer-types.ts';
import { FOREIGN_COUNTRY_WORDS, LIBYA_WORDS } from './cues.ts';
import { distanceKm } from './geodesy.ts';
import { placeRank, SAME_LOCALITY_KM } from './place-rank.ts';
import { isWordCode, wordsAfter } from './words.ts';

/** How far another named place counts as context for choosing among namesakes. */
const CONTEXT_KM = 150;

export interface Choice {
  place: Place | null;
  reason: string;
  confidence: number;
}

/** Countries named in a sentence, and whether it names Libya. */
export interface SentenceCountries {
  foreign: Set<string>;
  libya: boolean;
}

/** Country words grouped by country, and the words naming Libya, for substring checks. */
const WORDS_OF_COUNTRY = new Map<string, string[]>();
for (const [word, country] of FOREIGN_COUNTRY_WORDS) {
  const list = WORDS_OF_COUNTRY.get(country) ?? [];
  list.push(word);
  WORDS_OF_COUNTRY.set(country, list);
}
const LIBYA_LIST = [...LIBYA_WORDS];

const CLITIC_LETTERS = new Set(['و', 'ب', 'ل', 'ف']);

/** `word` occurs in `sentence` as a whole word (a one-letter clitic before it allowed): مصر, not مصراتة. */
function containsWord(sentence: string, word: string): boolean {
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
    const after = at + word.length;
    if (after < sentence.length && isWordCode(sentence.charCodeAt(after))) continue;
    if (at === 0 || !isWordCode(sentence.charCodeAt(at - 1))) return true;
    const clitic = sentence[at - 1] as string;
    if (CLITIC_LETTERS.has(clitic) && (at === 1 || !isWordCode(sentence.charCodeAt(at - 2)))) return true;
  }
  return false;
}

/** Countries named in a sentence (a search per country word: sentences are short). */
export function countriesIn(sentence: string): SentenceCountries {
  const foreign = new Set<string>();
  for (const [country, words] of WORDS_OF_COUNTRY) {
    if (words.some((word) => containsWord(sentence, word))) foreign.add(country);
  }
  return { foreign, libya: LIBYA_LIST.some((word) => containsWord(sentence, word)) };
}

/** A foreign-country word right after the name ("طرابلس اللبنانية", "Tripoli, Lebanon", "طرابلس في لبنان"). */
export function countryRightAfter(text: string, end: number): string | null {
  for (const word of wordsAfter(text, end, 3)) {
    const country = FOREIGN_COUNTRY_WORDS.get(word.text);
    if (country !== undefined) return country;
    if (word.text !== 'في' && word.text !== 'in' && word.text !== 'شمال' && word.text !== 'north')
      return null;
  }
  return null;
}

/**
 * The foreign reading of a Libyan name, when the text puts it abroad: a country word right after it,
 * or a sentence that names the namesake's country and not Libya.
 */
export function foreignReading(
  place: Place,
  namesakes: ReadonlyMap<string, WorldPlace>,
  text: string,
  end: number,
  sentence: SentenceCountries,
): { foreign: WorldPlace; reason: string } | null {
  const namesake = namesakes.get(place.id);
  if (namesake === undefined) return null;
  const after = countryRightAfter(text, end);
  if (after === namesake.country)
    return { foreign: namesake, reason: `followed by ${namesake.country} country word` };
  if (sentence.foreign.has(namesake.country) && !sentence.libya) {
    return { foreign: namesake, reason: `the sentence is about ${namesake.country}, not Libya` };
  }
  return null;
}

const TYPE_KINDS: Record<string, readonly string[]> = {
  قاعده: ['base'],
  مطار: ['base', 'landmark'],
  معسكر: ['base'],
  ميناء: ['oil_facility', 'landmark'],
  حقل: ['oil_facility'],
  مصفاه: ['oil_facility'],
  معبر: ['crossing'],
  منفذ: ['crossing'],
  حي: ['neighbourhood'],
  شعبيه: ['district'],
  مدينه: ['city', 'town'],
  بلده: ['town', 'village'],
  قريه: ['village'],
  وادي: ['wadi'],
  base: ['base'],
  airport: ['base', 'landmark'],
  town: ['town', 'city'],
  city: ['city', 'town'],
  village: ['village'],
};

/** Picks among namesakes by the places named around them, the place type written before, then rank. */
export function chooseAmong(
  candidates: readonly Place[],
  context: readonly Place[],
  placeType: string | null,
): Choice {
  if (candidates.length === 1)
    return { place: candidates[0] as Place, reason: 'unique name', confidence: 0.9 };
  const typeKinds = placeType === null ? undefined : TYPE_KINDS[placeType];
  const scored = candidates.map((place) => {
    let nearest = Infinity;
    for (const other of context) {
      if (other.id === place.id) continue;
      nearest = Math.min(nearest, distanceKm(place.lat, place.lon, other.lat, other.lon));
    }
    const near = nearest <= CONTEXT_KM ? 60 - nearest / 5 : 0;
    const typed = typeKinds?.includes(place.kind) === true ? 40 : 0;
    return { place, near, typed, score: placeRank(place) + near + typed };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0] as (typeof scored)[number];
  const tied = scored.filter(
    (entry) =>
      entry.score === best.score &&
      distanceKm(entry.place.lat, entry.place.lon, best.place.lat, best.place.lon) > SAME_LOCALITY_KM,
  );
  if (tied.length > 1) {
    return {
      place: null,
      reason: `ambiguous: ${tied.map((entry) => entry.place.id).join(', ')}`,
      confidence: 0.3,
    };
  }
  if (best.near > 0)
    return { place: best.place, reason: 'namesake chosen by the places named nearby', confidence: 0.75 };
  if (best.typed > 0)
    return { place: best.place, reason: `namesake chosen by the word "${placeType}"`, confidence: 0.75 };
  return { place: best.place, reason: 'namesake chosen by rank (no context)', confidence: 0.55 };
}
