/**
 * الاثنين is Monday and also the numeral "the two". A human reader tells them apart by syntax, not
 * by a list of neighbours:
 * - the numeral agrees with a definite dual before it ("الجنديين الاثنين", "الطرفين الاثنين"), is
 *   governed by كلا / بين / أحد ("أحد الاثنين"), or is followed by what follows a pronoun-like
 *   numeral ("الاثنين الآخرين", "الاثنين معا", "الاثنين من المسلحين");
 * - the weekday follows a time preposition ("منذ الاثنين", "حتى الاثنين") or another weekday
 *   ("ليل الأحد الاثنين"), is followed by a count or a clause ("قتل الاثنين 5 أشخاص",
 *   "أعلن الجيش الاثنين أن"), stands after a definite subject that is not a dual ("قصفت الطائرات
 *   الاثنين", "أعلن الجيش الاثنين") — a numeral "the two" would have to agree with a dual — or after
 *   an indefinite noun in construct ("غارة الاثنين", "اشتباكات الاثنين": Monday's raid), or before
 *   the content word that is its verb's object or subject ("شنت الطائرات الاثنين غارات").
 * With none of these ("اتفق الاثنين على ذلك") it stays the numeral.
 */

import type { DateContext } from './date-context.ts';
import {
  COMPLEMENTISERS_AFTER_DAY,
  DIRECTIONS,
  FUNCTION_WORDS,
  NUMERAL_FOLLOWERS,
  NUMERAL_GOVERNORS,
  PERIOD_WORDS,
  TIME_PREPOSITIONS,
  WEEKDAYS,
} from './date-words.ts';
import { ARABIC_NUMBER_WORDS } from './number-words.ts';

const CLITICS = 'وفبلك';

/** Prepositions that open a place or noun phrase ("في طرابلس", "قرب سرت"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'في',
  'علي',
  'من',
  'الي',
  'عن',
  'قرب',
  'جنوب',
  'شمال',
  'شرق',
  'غرب',
  'وسط',
  'بمدينه',
  'بمنطقه',
  'مدينه',
  'منطقه',
  'حي',
  'بحي',
  'بلده',
  'قريه',
  'محور',
]);

/** The word without one or two leading clitics (و، ف، ب، ل، ك) when what is left starts with ال. */
function withoutClitics(word: string): string {
  let rest = word;
  for (let step = 0; step < 2 && rest.length > 3 && CLITICS.includes(rest[0] ?? ''); step++) {
    const shorter = rest.slice(1);
    if (shorter.startsWith('ال') || shorter.startsWith('ل')) rest = shorter;
    else break;
  }
  // "للطرفين": ل + (ا)لطرفين.
  if (rest.startsWith('ل') && !rest.startsWith('ال')) rest = `ا${rest}`;
  return rest;
}

function isDefinite(word: string): boolean {
  return withoutClitics(word).startsWith('ال') && word.length > 3;
}

/** A definite dual (or sound plural, written alike): الجنديين، الطرفان، بالمسلحين. */
function isDefiniteDual(word: string): boolean {
  const bare = withoutClitics(word);
  return bare.startsWith('ال') && bare.length >= 6 && (bare.endsWith('ين') || bare.endsWith('ان'));
}

function isArabicWord(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x0621 && code <= 0x064a;
}

/** An indefinite noun in construct before the weekday: غاره، هجمات، اشتباكات (ة is folded to ه). */
function isConstructNoun(word: string): boolean {
  if (!isArabicWord(word) || isDefinite(word) || FUNCTION_WORDS.has(word)) return false;
  return (word.endsWith('ه') && word.length >= 4) || (word.endsWith('ات') && word.length >= 5);
}

/** مدنيان، مسلحين، عسكريون: an indefinite dual or sound plural (imperfect verbs, يقولون, left out). */
function isIndefiniteDualOrPlural(word: string): boolean {
  if (!isArabicWord(word) || isDefinite(word) || FUNCTION_WORDS.has(word) || word.length < 5) return false;
  if (word.startsWith('ي') || word.startsWith('ت')) return false;
  return word.endsWith('ان') || word.endsWith('ين') || word.endsWith('ون');
}

function isCount(context: DateContext, index: number): boolean {
  const token = context.tokens[index];
  if (token === undefined) return false;
  if (token.kind === 'number') return true;
  const entry = ARABIC_NUMBER_WORDS.get(context.words[index] ?? '');
  return entry !== undefined && entry.boundOnly !== true;
}

/** Whether the bare ambiguous weekday word at `index` (الاثنين) reads as the weekday. */
export function weekdayBySyntax(context: DateContext, index: number): boolean {
  const word = context.words[index] ?? '';
  if (!isArabicWord(word)) return false;
  const before = index > 0 ? (context.words[index - 1] ?? '') : '';
  const after = context.words[index + 1] ?? '';
  // Strong evidence of a time: a time preposition or another weekday before, a count or a clause after.
  if (TIME_PREPOSITIONS.has(before) || WEEKDAYS.has(before)) return true;
  if (isCount(context, index + 1) || COMPLEMENTISERS_AFTER_DAY.has(after)) return true;
  // The numeral: agreement with a dual, a governing word, a numeral's followers.
  if (isDefiniteDual(before) || NUMERAL_GOVERNORS.has(before)) return false;
  if (NUMERAL_FOLLOWERS.has(after)) return false;
  if (after === 'من') {
    const partitive = context.words[index + 2] ?? '';
    if (isDefinite(partitive) && !PERIOD_WORDS.has(partitive) && !DIRECTIONS.has(partitive)) return false;
  }
  // A definite subject that is not a dual, or a noun in construct: "أعلن الجيش الاثنين", "غارة الاثنين".
  if (isDefinite(before) || isConstructNoun(before)) return true;
  // An indefinite counted noun, which the definite numeral could not qualify: "قتل 3 أشخاص الاثنين",
  // "أصيب مدنيان الاثنين".
  if (isCount(context, index - 2) || isIndefiniteDualOrPlural(before)) return true;
  // A place or noun after a preposition: "في طرابلس الاثنين", "ببنغازي الاثنين".
  if (isArabicWord(before) && !FUNCTION_WORDS.has(before)) {
    if (/^[بل][^ا]/.test(before)) return true;
    // "في حي أبو سليم الاثنين": a name of up to three words after the preposition.
    for (let back = 2; back <= 4; back++) {
      const word = context.words[index - back] ?? '';
      if (PLACE_PREPOSITIONS.has(word)) return true;
      if (!isArabicWord(word) || FUNCTION_WORDS.has(word)) break;
    }
  }
  // The content word after it is its verb's object or subject: "شنت الاثنين غارات".
  return isArabicWord(after) && !FUNCTION_WORDS.has(after) && !isDefiniteDual(after);
}
