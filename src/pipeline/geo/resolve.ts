/**
 * Choosing what a matched name refers to: a foreign place or a Libyan one (Tripoli in Lebanon is not
 * Tripoli in Libya), and which of several Libyan namesakes (the place nearest to the other places
 * the text names, else the highest-ranked one; a tie between distant places stays unresolved).
 */

import type { Place, WorldPlace } from './gazetteer-types.ts';
import { FOREIGN_COUNTRY_WORDS } from './cues.ts';
import type { SentenceCountries } from './sentence-countries.ts';
import { distanceKm } from './geodesy.ts';
import { placeRank, SAME_LOCALITY_KM } from './place-rank.ts';
import { wordsAfter } from './words.ts';

/** How far another named place counts as context for choosing among namesakes. */
const CONTEXT_KM = 150;

export interface Choice {
  place: Place | null;
  reason: string;
  confidence: number;
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
