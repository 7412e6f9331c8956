/**
 * Reading the words around a place name: the place type and cue before it ("مدينة", "في", "in"), and
 * a relation that makes the mention relative ("قرب", "ضواحي", "جنوب", "40 كم جنوب", "south of",
 * "40 km before", "الى الجنوب من", "على بعد 40 كم من"), with its distance when one is given.
 */

import {
  APPROXIMATORS,
  BEARING_NOUNS,
  BEARING_WORDS,
  BEFORE_WORDS,
  DISTANCE_UNITS,
  NEAR_PHRASES,
  PLACE_CLITICS,
  PLACE_PREPOSITIONS,
  PLACE_TYPE_WORDS,
  combineBearings,
} from './cues.ts';
import type { Relation } from './mention-types.ts';
import { WordsBefore, wordsAfter, type Word } from './words.ts';
import {
  expandListsWithClitics,
  expandSetWithClitics,
  expandWithClitics,
  hasBareForm,
} from './clitic-forms.ts';

/** One reader for every name: `readBefore` is not re-entrant and needs none. */
const reader = new WordsBefore();

export interface Context {
  /** Start of the relation and cue words (the mention's start), or the name's start. */
  start: number;
  relation: Relation;
  distance: number | null;
  /** The word that marks the name as a place (a type, a preposition or an "in" clitic), if any. */
  cue: string | null;
  /** The place type named before the name (قاعدة، مدينة، town …). */
  placeType: string | null;
  /** Words the relation covered, for the reason. */
  words: string;
}

const TENS: ReadonlyMap<string, number> = new Map([
  ['عشره', 10],
  ['عشر', 10],
  ['عشرين', 20],
  ['عشرون', 20],
  ['ثلاثين', 30],
  ['ثلاثون', 30],
  ['اربعين', 40],
  ['اربعون', 40],
  ['خمسين', 50],
  ['خمسون', 50],
  ['ستين', 60],
  ['سبعين', 70],
  ['ثمانين', 80],
  ['تسعين', 90],
  ['مئه', 100],
  ['مائه', 100],
  ['ten', 10],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
]);

/** The cue tables, looked up by any clitic spelling of their words (see `clitic-forms.ts`). */
const TENS_ANY = expandWithClitics(TENS);
const UNITS_ANY = expandWithClitics(DISTANCE_UNITS);
const BEARINGS_ANY = expandWithClitics(BEARING_WORDS);
const APPROXIMATORS_ANY = expandSetWithClitics(APPROXIMATORS);
const BEFORE_ANY = expandSetWithClitics(BEFORE_WORDS);
const TYPES_ANY = expandSetWithClitics(PLACE_TYPE_WORDS);
const PREPOSITIONS_ANY = expandSetWithClitics(PLACE_PREPOSITIONS);
const CLITICS: ReadonlySet<string> = PLACE_CLITICS;
const UNITS: ReadonlyMap<string, number> = DISTANCE_UNITS;
const NOUNS: ReadonlyMap<string, Relation> = BEARING_NOUNS;

function findIn<T>(word: Word | undefined, map: ReadonlyMap<string, T>): T | undefined {
  return word === undefined ? undefined : map.get(word.text);
}

function inSet(word: Word | undefined, map: ReadonlyMap<string, string>): string | null {
  return word === undefined ? null : (map.get(word.text) ?? null);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** "40", "40كم", "40km", "اربعين" → the number and, when glued, its unit factor. */
function readNumber(word: Word | undefined): { value: number; unit: number | null } | null {
  if (word === undefined) return null;
  const digits = !isDigitCode(word.text.charCodeAt(0)) ? null : /^(\d+(?:[.,]\d+)?)(.*)$/.exec(word.text);
  if (digits !== null) {
    const value = Number((digits[1] ?? '').replace(',', '.'));
    const rest = digits[2] ?? '';
    if (rest.length === 0) return { value, unit: null };
    const unit = UNITS.get(rest);
    return unit === undefined ? null : { value, unit };
  }
  const tens = findIn(word, TENS_ANY);
  return tens === undefined ? null : { value: tens, unit: null };
}

/** One "number unit" pair ending at words.at(index) (reading backwards), or null. */
function distanceBackwardsOnce(words: WordsBefore, index: number): { km: number; next: number } | null {
  const glued = readNumber(words.at(index));
  if (glued !== null && glued.unit !== null) return { km: glued.value * glued.unit, next: index + 1 };
  const unit = findIn(words.at(index), UNITS_ANY);
  const number = readNumber(words.at(index + 1));
  if (unit === undefined || number === null || number.unit !== null) return null;
  return { km: number.value * unit, next: index + 2 };
}

/**
 * A distance that ends at words.at(index) reading backwards ("كم" then "40", or "40كم"), with the
 * approximators and "على بعد" in front. Returns the distance and the index after its first word.
 */
function distanceBackwards(words: WordsBefore, index: number): { km: number; next: number } | null {
  const unitWord = words.at(index);
  let km: number | null = null;
  let next = index;
  const glued = readNumber(unitWord);
  if (glued !== null && glued.unit !== null) {
    km = glued.value * glued.unit;
    next = index + 1;
  } else {
    const unit = findIn(unitWord, UNITS_ANY);
    const number = readNumber(words.at(index + 1));
    if (unit === undefined || number === null || number.unit !== null) return null;
    km = number.value * unit;
    next = index + 2;
  }
  // "150 kilometres (90 miles)": the first-written distance is the one the writer measured.
  const written = distanceBackwardsOnce(words, next);
  if (written !== null) {
    km = written.km;
    next = written.next;
  }
  while (inSet(words.at(next), APPROXIMATORS_ANY) !== null) next++;
  // "على بعد 40 كم": the words "بعد" and "على" (or "a distance of") belong to the distance.
  if (words.at(next)?.text === 'بعد' || words.at(next)?.text === 'مسافه') next++;
  if (words.at(next)?.text === 'علي') next++;
  return { km, next };
}

const DISTANCE_OPENERS: ReadonlySet<string> = new Set([
  'ب',
  'by',
  'مسافه',
  'بمسافه',
  'علي',
  'at',
  'a',
  'distance',
  'of',
]);

/** A distance right after a position ("بحوالي 40كم", "by about 40 km"). */
export function distanceAfter(text: string, position: number): { km: number; end: number } | null {
  const words = wordsAfter(text, position, 7);
  let index = 0;
  while (index < words.length) {
    const word = words[index] as Word;
    // "بمسافة 80 كيلو مترا", "at a distance of": the words that open a distance.
    if (DISTANCE_OPENERS.has(word.text) || inSet(word, APPROXIMATORS_ANY) !== null) index++;
    else break;
  }
  const number = readNumber(words[index]);
  if (number === null) return null;
  if (number.unit !== null) return { km: number.value * number.unit, end: (words[index] as Word).end };
  const unit = findIn(words[index + 1], UNITS_ANY);
  if (unit === undefined) return null;
  return { km: number.value * unit, end: (words[index + 1] as Word).end };
}

function matchesPhrase(words: WordsBefore, index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) {
    const word = words.at(index + offset);
    const expected = phrase[phrase.length - 1 - offset];
    if (word === undefined || expected === undefined) return false;
    const matches = offset === phrase.length - 1 ? hasBareForm(word.text, expected) : word.text === expected;
    if (!matches) return false;
  }
  return true;
}

/** Near phrases by their last word (the one next to the name), longest first. */
const NEAR_BY_LAST = new Map<string, (typeof NEAR_PHRASES)[number][]>();
for (const entry of NEAR_PHRASES) {
  const last = entry[0][entry[0].length - 1] as string;
  const list = NEAR_BY_LAST.get(last) ?? [];
  list.push(entry);
  NEAR_BY_LAST.set(last, list);
}
/** The same, by any clitic spelling of the last word, longest phrases first. */
const NEAR_BY_WORD = expandListsWithClitics(NEAR_BY_LAST);
for (const list of NEAR_BY_WORD.values()) list.sort((a, b) => b[0].length - a[0].length);
const NO_PHRASES: (typeof NEAR_PHRASES)[number][] = [];

/** Records a relation that covers words.at(relationIndex .. next - 1) (nearest first). */
function takeRelation(
  context: Context,
  text: string,
  words: WordsBefore,
  nameStart: number,
  relationIndex: number,
  next: number,
  relation: Relation,
): void {
  context.relation = relation;
  const first = words.at(next - 1) as Word;
  context.start = first.start;
  context.words = text.slice(first.start, nameStart).trim();
  context.cue ??= (words.at(relationIndex) as Word).text;
}

/**
 * Every word that `readBefore` acts on when it is the word right before the name: any other word
 * (most of them) leaves only the clitic cue, so the tables need not be read one by one.
 */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  ...TYPES_ANY.keys(),
  ...BEARINGS_ANY.keys(),
  ...BEFORE_ANY.keys(),
  ...NEAR_BY_WORD.keys(),
  ...PREPOSITIONS_ANY.keys(),
  'of',
  'the',
  'من',
]);

/** "بطرابلس", "وبالزاوية": an "in" clitic makes the relation "in" when no word before says more. */
function clitics(context: Context): Context {
  const cue = context.cue;
  if (cue === 'ب' || cue === 'وب' || cue === 'بال' || cue === 'وبال') context.relation = 'in';
  return context;
}

/** The place type, cue and relation written before a name that starts at `nameStart`. */
export function readBefore(text: string, nameStart: number, prefix: string): Context {
  const words = reader.reset(text, nameStart, 10);
  const context: Context = {
    start: nameStart,
    relation: null,
    distance: null,
    cue: CLITICS.has(prefix) ? prefix : null,
    placeType: null,
    words: '',
  };
  const nearest = words.at(0);
  if (nearest === undefined || !FIRST_WORDS.has(nearest.text)) return clitics(context);
  let index = 0;
  // Place types right before the name ("بمدينة مرزق", "the town of Hun").
  for (;;) {
    const type = inSet(words.at(index), TYPES_ANY);
    if (type !== null) {
      context.placeType ??= type;
      context.cue ??= type;
      context.start = (words.at(index) as Word).start;
      index++;
      continue;
    }
    if (words.at(index)?.text === 'of' && inSet(words.at(index + 1), TYPES_ANY) !== null) {
      index++;
      continue;
    }
    if (words.at(index)?.text === 'the' && index > 0) {
      index++;
      continue;
    }
    break;
  }
  const relationIndex = index;
  // "X of": English bearings and near phrases end with "of" ("south of", "outskirts of").
  const afterOf = words.at(index)?.text === 'of' ? index + 1 : index;
  const bearing = findIn(words.at(afterOf), BEARINGS_ANY);
  if (bearing !== undefined) {
    let relation = bearing;
    let next = afterOf + 1;
    const first = findIn(words.at(next), BEARINGS_ANY);
    if (first !== undefined) {
      relation = combineBearings(first, bearing);
      next++;
    }
    const distance = distanceBackwards(words, next);
    if (distance !== null) {
      context.distance = distance.km;
      next = distance.next;
    }
    takeRelation(context, text, words, nameStart, relationIndex, next, relation);
    return context;
  }
  // "الى الجنوب من X", "الى الجنوب الشرقي من X".
  if (words.at(index)?.text === 'من') {
    const twoWord =
      words.at(index + 2) && words.at(index + 1)
        ? `${words.at(index + 2)?.text} ${words.at(index + 1)?.text}`
        : '';
    let next = index + 1;
    let relation = NOUNS.get(twoWord);
    if (relation !== undefined) next = index + 3;
    else {
      relation = NOUNS.get(words.at(index + 1)?.text ?? '');
      if (relation !== undefined) next = index + 2;
    }
    if (relation !== undefined) {
      if (words.at(next)?.text === 'الي') next++;
      const distance = distanceBackwards(words, next);
      if (distance !== null) {
        context.distance = distance.km;
        next = distance.next;
      }
      takeRelation(context, text, words, nameStart, relationIndex, next, relation);
      return context;
    }
    // "على بعد 40 كم من X": a distance without a bearing.
    const distance = distanceBackwards(words, index + 1);
    if (distance !== null) {
      context.distance = distance.km;
      takeRelation(context, text, words, nameStart, relationIndex, distance.next, 'near');
      return context;
    }
  }
  // "قبل القطرون", "40 km before Qatrun".
  if (inSet(words.at(index), BEFORE_ANY) !== null) {
    let next = index + 1;
    const distance = distanceBackwards(words, next);
    if (distance !== null) {
      context.distance = distance.km;
      next = distance.next;
    }
    takeRelation(context, text, words, nameStart, relationIndex, next, 'before');
    return context;
  }
  for (const [phrase, relation] of NEAR_BY_WORD.get(words.at(index)?.text ?? '') ?? NO_PHRASES) {
    if (matchesPhrase(words, index, phrase)) {
      let next = index + phrase.length;
      if (words.at(next)?.text === 'في' || words.at(next)?.text === 'علي') next++;
      takeRelation(context, text, words, nameStart, relationIndex, next, relation);
      return context;
    }
  }
  const preposition = inSet(words.at(index), PREPOSITIONS_ANY);
  if (preposition !== null) {
    context.cue ??= preposition;
    if (preposition === 'في' || preposition === 'داخل' || preposition === 'in' || preposition === 'inside') {
      takeRelation(context, text, words, nameStart, relationIndex, index + 1, 'in');
    }
    return context;
  }
  return clitics(context);
}
