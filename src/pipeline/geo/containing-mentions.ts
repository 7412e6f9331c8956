/**
 * Mentions that name the place containing another, not where something happened:
 * - "عين زارة بطرابلس", "Ain Zara in Tripoli", "Khallat al-Furjan, a southern suburb of Tripoli",
 *   "Tripoli's Ain Zara district": the city is context for the quarter named next to it;
 * - "حي الزهور بطرابلس", "the Zuhur district of Tripoli", "a suburb of Tripoli": a quarter the
 *   gazetteer does not know, inside the city (a city: a town's quarter is within a town's precision);
 * - "بين عين زارة ووادي الربيع", "between Sidra and Bin Jawad": two places bounding the event.
 * The city of the first two keeps its point with precision 2 (a place taken from context), so an event
 * goes to the quarter when the quarter is known and to the city, approximately, when it is not. A
 * pair of close places after "between" puts the first mention at their midpoint, precision 2.
 * A quarter, village or landmark whose gazetteer namesake lies far from where the text puts it
 * ("Al Hawari, a southern district of Tripoli", "في الأبيار بين عين زارة ووادي الربيع") takes that
 * place instead, with precision 2. Reads only the few words between neighbouring mentions.
 */

import type { Place } from './gazetteer-types.ts';
import type { PlaceMention } from './mention-types.ts';
import { distanceKm } from './geodesy.ts';
import { isWordCode, wordsAfter, wordsBefore } from './words.ts';

/** How far from a city's point a quarter named next to it may lie (a city and its suburbs). */
export const QUARTER_REACH_KM = 40;
/** Two places "between" which an event happened, at most this far apart (a front line, a road). */
const BETWEEN_KM = 50;

const CONTAINER_KINDS: ReadonlySet<Place['kind']> = new Set(['city', 'town', 'neighbourhood']);
const NEVER_INSIDE: ReadonlySet<Place['kind']> = new Set(['city', 'region', 'district']);
/** Kinds whose far namesake yields to "X, a suburb of Y" (a town keeps its own point). */
const MOVABLE_QUARTERS: ReadonlySet<Place['kind']> = new Set([
  'neighbourhood',
  'village',
  'landmark',
  'wadi',
]);

/** Words that may stand between a quarter and its city: "X, a southern suburb of Tripoli". */
const LINKING_WORDS: ReadonlySet<string> = new Set([
  'in',
  'of',
  'a',
  'an',
  'the',
  'في',
  'southern',
  'northern',
  'eastern',
  'western',
  'central',
  'south',
  'north',
  'east',
  'west',
  'suburb',
  'district',
  'neighbourhood',
  'neighborhood',
  'area',
  'quarter',
  'حي',
  'منطقه',
  'ضاحيه',
]);

/** Words naming a part of a city ("حي X بطرابلس", "the X district of Tripoli"). */
const QUARTER_WORDS: ReadonlySet<string> = new Set([
  'حي',
  'منطقه',
  'ضاحيه',
  'suburb',
  'district',
  'neighbourhood',
  'neighborhood',
  'quarter',
]);
/** How many words back from the city a quarter word may stand ("حي الزهور الجديد بطرابلس"). */
const QUARTER_WORDS_BACK = 4;

const BETWEEN_WORDS: ReadonlySet<string> = new Set(['بين', 'between']);
/** A place type between "between" and the first place: "بين منطقتي X وY", "between the towns of". */
const BETWEEN_TYPES: ReadonlySet<string> = new Set(['منطقتي', 'مدينتي', 'بلدتي', 'محوري', 'the']);

function isInside(inner: Place, outer: Place): boolean {
  if (inner.id === outer.id || NEVER_INSIDE.has(inner.kind) || !CONTAINER_KINDS.has(outer.kind)) return false;
  const reach = Math.max(QUARTER_REACH_KM, outer.radius_km ?? 0);
  return distanceKm(inner.lat, inner.lon, outer.lat, outer.lon) <= reach;
}

/** The words between two positions are only linking words (and spacing or commas; no sentence or clause end). */
function linkedBy(text: string, from: number, to: number, allowed: ReadonlySet<string>): boolean {
  if (to < from || to - from > 40) return false;
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (!isWordCode(code)) {
      if (code === 46 || code === 10 || code === 0x061b || code === 59) return false;
      index++;
      continue;
    }
    const start = index;
    while (index < to && isWordCode(text.charCodeAt(index))) index++;
    if (!allowed.has(text.slice(start, index))) return false;
  }
  return true;
}

/** "Tripoli's" right before `position` (after the name, an apostrophe and s, then spacing). */
function possessiveGap(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return /^['’]s(?: the)? $/.test(gap);
}

function demote(mention: PlaceMention, why: string): void {
  if (mention.geo_precision >= 2) {
    mention.reason = `${mention.reason}; ${why}`;
    return;
  }
  mention.geo_precision = 2;
  mention.confidence = Math.max(0.05, Math.round((mention.confidence - 0.05) * 100) / 100);
  mention.reason = `${mention.reason}; ${why}: precision 2`;
}

function libyan(mention: PlaceMention | undefined): Place | null {
  return mention === undefined || mention.foreign !== null ? null : mention.place;
}

/** The mention opens with "suburb of", "district of" … ("suburb of Tajoura"). */
function opensWithQuarterOf(text: string, mention: PlaceMention): string | null {
  let end = mention.start;
  while (end < mention.end && isWordCode(text.charCodeAt(end))) end++;
  const opening = text.slice(mention.start, end);
  return QUARTER_WORDS.has(opening) && text.startsWith(' of ', end) ? opening : null;
}

/** A short word without its conjunction and preposition (بحي → حي, وبحي → حي; a quarter word is short). */
function withoutClitics(word: string): string {
  let rest = word;
  if (rest.length > 2 && (rest[0] === 'و' || rest[0] === 'ف')) rest = rest.slice(1);
  if (rest.length > 2 && (rest[0] === 'ب' || rest[0] === 'ل')) rest = rest.slice(1);
  return QUARTER_WORDS.has(rest) ? rest : word;
}

/**
 * A quarter word that opens the mention ("suburb of Tripoli", "district of Tripoli") or stands among
 * the few words before it, after the previous mention ("حي الزهور بطرابلس").
 */
function quarterWordBefore(text: string, mention: PlaceMention, previousEnd: number): string | null {
  // "suburb of Tripoli" (but "منطقة مرزق" is Murzuq itself).
  const opening = opensWithQuarterOf(text, mention);
  if (opening !== null) return opening;
  for (const word of wordsBefore(text, mention.start, QUARTER_WORDS_BACK)) {
    if (word.end <= previousEnd) return null;
    // With its clitics: "بحي الزهور بطرابلس", "وبحي".
    const form = withoutClitics(word.text);
    if (QUARTER_WORDS.has(form)) return form;
  }
  return null;
}

/** "Tripoli's Zuhur district": a quarter word among the few words after "'s", before the next mention. */
function possessiveQuarter(text: string, mention: PlaceMention, nextStart: number): string | null {
  const apostrophe = text.charAt(mention.end);
  if ((apostrophe !== "'" && apostrophe !== '’') || text.charAt(mention.end + 1) !== 's') return null;
  for (const word of wordsAfter(text, mention.end + 2, QUARTER_WORDS_BACK)) {
    if (word.start >= nextStart) return null;
    if (QUARTER_WORDS.has(word.text)) return word.text;
  }
  return null;
}

/** Marks, in place, the mentions (sorted by start) that only name a containing place; moves "between" pairs. */
export function markContainingMentions(text: string, mentions: PlaceMention[]): void {
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index] as PlaceMention;
    const place = libyan(mention);
    if (place === null || mention.isDateline) continue;
    const previous = mentions[index - 1];
    const next = mentions[index + 1];
    const before = libyan(previous);
    const after = libyan(next);
    // "Ain Zara in Tripoli", "عين زارة بطرابلس", "حي شيحا بمدينة درنة", "X, a southern suburb of Tripoli".
    if (
      before !== null &&
      previous !== undefined &&
      isInside(before, place) &&
      linkedBy(text, previous.end, mention.start, LINKING_WORDS) &&
      (mention.relation === 'in' ||
        text.charCodeAt(mention.start) === 0x0628 ||
        /[,،]/.test(text.slice(previous.end, mention.start)))
    ) {
      demote(mention, `contains ${before.name_en}, named with it`);
      continue;
    }
    // "Al Abyar, a southern suburb of Tripoli": a quarter of this city, so not the gazetteer's far namesake.
    if (
      before !== null &&
      previous !== undefined &&
      !previous.isDateline &&
      MOVABLE_QUARTERS.has(before.kind) &&
      CONTAINER_KINDS.has(place.kind) &&
      !isInside(before, place) &&
      opensWithQuarterOf(text, mention) !== null &&
      linkedBy(text, previous.end, mention.start, LINKING_WORDS)
    ) {
      const away = Math.round(distanceKm(before.lat, before.lon, place.lat, place.lon));
      previous.place = place;
      previous.lat = mention.lat;
      previous.lon = mention.lon;
      previous.relation = 'in';
      demote(previous, `a quarter of ${place.name_en}; the gazetteer's ${before.name_en} is ${away} km away`);
      demote(mention, `contains the quarter named before it`);
      continue;
    }
    // "Tripoli's Ain Zara district", "the eastern Tripoli suburb of Tajoura".
    if (
      after !== null &&
      next !== undefined &&
      isInside(after, place) &&
      (possessiveGap(text, mention.end, next.start) ||
        (text.slice(mention.end, next.start).trim() === '' && opensWithQuarterOf(text, next)))
    ) {
      demote(mention, `contains ${after.name_en}, named after it`);
      continue;
    }
    if (place.kind === 'city') {
      // "the Zuhur district of Tripoli", "حي الزهور بطرابلس": a quarter the gazetteer does not name.
      const word = quarterWordBefore(text, mention, previous?.end ?? 0);
      if (word !== null && (mention.relation === null || mention.relation === 'in')) {
        demote(mention, `a quarter ("${word}") of ${place.name_en} not in the gazetteer`);
        continue;
      }
      // "in Tripoli's Zuhur district".
      const owned = possessiveQuarter(text, mention, next?.start ?? text.length);
      if (owned !== null) {
        demote(mention, `a quarter ("${owned}") of ${place.name_en} not in the gazetteer`);
        continue;
      }
    }
  }
  markBetween(text, mentions);
  markContextQuarters(text, mentions);
}

/** Words that make the name right before or after them a quarter of a city: "حي القلعة", "the Qalaa quarter". */
const CITY_QUARTER_BEFORE: ReadonlySet<string> = new Set(['حي', 'احياء']);
const CITY_QUARTER_AFTER: ReadonlySet<string> = new Set(['neighbourhood', 'neighborhood', 'quarter']);
/** Namesakes a city quarter may be mistaken for: a village, a landmark or a wadi (a town keeps its point). */
const QUARTER_NAMESAKES: ReadonlySet<Place['kind']> = new Set(['village', 'landmark', 'wadi']);

/** "حي القلعة" / "the Qalaa quarter": the mention is named as a city quarter. */
function namedAsCityQuarter(
  text: string,
  mention: PlaceMention,
  previousEnd: number,
  nextStart: number,
): boolean {
  // The span may open with its cue ("حي القلعه", "في حي القلعه"), else the cue stands right before it.
  for (const word of wordsAfter(text, mention.start, 2)) {
    if (word.end >= mention.end) break;
    if (CITY_QUARTER_BEFORE.has(withoutClitics(word.text))) return true;
  }
  const before = wordsBefore(text, mention.start, 1)[0];
  if (
    before !== undefined &&
    before.end > previousEnd &&
    CITY_QUARTER_BEFORE.has(withoutClitics(before.text))
  ) {
    return true;
  }
  const after = wordsAfter(text, mention.end, 1)[0];
  return after !== undefined && after.start < nextStart && CITY_QUARTER_AFTER.has(after.text);
}

/**
 * "مرزق - … على تجمع لأهالي حي القلعة بالمدينة": a quarter named outright ("حي X", "the X quarter") with no city
 * after it is a quarter of the city the text is about (the last city or town named before it, the dateline
 * among them). When the gazetteer's namesake is a village or landmark far from that city, the mention takes the
 * city's point with precision 2, as "X, a district of Y" does.
 */
function markContextQuarters(text: string, mentions: PlaceMention[]): void {
  let city: PlaceMention | null = null;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index] as PlaceMention;
    const place = libyan(mention);
    if (place === null) continue;
    if (CONTAINER_KINDS.has(place.kind) && place.kind !== 'neighbourhood' && mention.relation !== 'near') {
      city = mention;
      continue;
    }
    const cityPlace = libyan(city ?? undefined);
    if (city === null || cityPlace === null || mention.isDateline || !QUARTER_NAMESAKES.has(place.kind))
      continue;
    if (mention.relation !== null && mention.relation !== 'in') continue;
    if (mention.geo_precision >= 2) continue;
    const previousEnd = mentions[index - 1]?.end ?? 0;
    const next = mentions[index + 1];
    if (!namedAsCityQuarter(text, mention, previousEnd, next?.start ?? text.length)) continue;
    // "حي القلعة بمرزق": a city named right after is the container (the rules above read it).
    if (next !== undefined && linkedBy(text, mention.end, next.start, LINKING_WORDS)) continue;
    if (isInside(place, cityPlace)) continue;
    const away = Math.round(distanceKm(place.lat, place.lon, cityPlace.lat, cityPlace.lon));
    mention.place = cityPlace;
    mention.lat = cityPlace.lat;
    mention.lon = cityPlace.lon;
    mention.relation = 'in';
    demote(
      mention,
      `a quarter of ${cityPlace.name_en}, the city named before; the gazetteer's ${place.name_en} is ${away} km away`,
    );
  }
}

/** "بين B وC", "between B and C": B at the midpoint of two close places, both with precision 2. */
function markBetween(text: string, mentions: PlaceMention[]): void {
  for (let index = 0; index + 1 < mentions.length; index++) {
    const first = mentions[index] as PlaceMention;
    const second = mentions[index + 1] as PlaceMention;
    const a = libyan(first);
    const b = libyan(second);
    if (a === null || b === null || a.id === b.id || first.relation !== null) continue;
    const words = wordsBefore(text, first.start, 2);
    const word = words[0] !== undefined && BETWEEN_TYPES.has(words[0].text) ? words[1] : words[0];
    if (word === undefined || !BETWEEN_WORDS.has(word.text)) continue;
    const gap = text.slice(first.end, second.start).trim();
    if (gap !== 'and' && gap !== 'و' && gap !== '') continue;
    if (gap === '' && text.charCodeAt(second.start) !== 0x0648) continue;
    if (distanceKm(a.lat, a.lon, b.lat, b.lon) > BETWEEN_KM) continue;
    first.lat = (a.lat + b.lat) / 2;
    first.lon = (a.lon + b.lon) / 2;
    first.relation = 'near';
    demote(first, `between ${a.name_en} and ${b.name_en}, at their midpoint`);
    demote(second, `between ${a.name_en} and ${b.name_en}`);
    placeBetween(text, mentions[index - 1], word.start, first);
    index++;
  }
}

/** How far from the stretch between B and C a place named "A between B and C" may lie. */
const BETWEEN_SLACK_KM = 60;

/**
 * "في الأبيار بين عين زارة ووادي الربيع": A named right before "between B and C" lies between them;
 * when the gazetteer's A is far from there (a namesake), A takes the midpoint, precision 2.
 */
function placeBetween(
  text: string,
  before: PlaceMention | undefined,
  betweenStart: number,
  midpoint: PlaceMention,
): void {
  const place = libyan(before);
  if (before === undefined || place === null || before.isDateline || NEVER_INSIDE.has(place.kind)) return;
  if (!linkedBy(text, before.end, betweenStart, LINKING_WORDS)) return;
  if (midpoint.lat === null || midpoint.lon === null) return;
  const away = distanceKm(place.lat, place.lon, midpoint.lat, midpoint.lon);
  if (away <= BETWEEN_SLACK_KM) return;
  // Like a locating clause: the mention becomes the stretch it names (B's place, their midpoint).
  before.place = midpoint.place;
  before.lat = midpoint.lat;
  before.lon = midpoint.lon;
  before.relation = 'near';
  demote(before, `named between two places ${Math.round(away)} km from the gazetteer's ${place.name_en}`);
}
