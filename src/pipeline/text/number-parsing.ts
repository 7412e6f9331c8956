/**
 * Reading the number itself at a token: digits with their scale (3 آلاف، 1.5 مليون), Arabic number
 * words and their compounds (أحد عشر، ثلاثة وعشرين، مئة وخمسون، ثلاثة آلاف), English number words
 * (twenty-five, one hundred and twenty, a dozen), vague quantities (عشرات، dozens) and dual nouns
 * that are themselves a count of two (شخصين).
 */

import {
  ARABIC_NUMBER_WORDS,
  ARABIC_VAGUE_WORDS,
  ENGLISH_NUMBER_WORDS,
  ENGLISH_VAGUE_WORDS,
  TEEN_TENS,
  VAGUE_PAIRS,
} from './number-words.ts';
import type { NumberWord } from './number-words.ts';
import { dualNounForms, isDualNoun } from './counted-nouns.ts';
import { numberValue } from './tokens.ts';
import type { Token } from './tokens.ts';

export interface ParsedNumber {
  /** Token range of the number itself, [first, last). */
  first: number;
  last: number;
  value: number;
  vague: boolean;
  /** The dual noun that is itself the count ("شخصين"). */
  dual: boolean;
}

const ARABIC_CLITICS = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب'];

/**
 * Every word `parseNumberAt` can start at besides a number token: number words (also with a clitic),
 * vague quantities, the first word of a vague pair, dual nouns, and "a"/"an" ("a dozen").
 */
function buildNumberAnchors(): Set<string> {
  const anchors = new Set<string>(['a', 'an']);
  for (const word of ARABIC_NUMBER_WORDS.keys()) {
    anchors.add(word);
    for (const clitic of ARABIC_CLITICS) anchors.add(clitic + word);
  }
  for (const table of [ARABIC_VAGUE_WORDS, ENGLISH_VAGUE_WORDS, ENGLISH_NUMBER_WORDS])
    for (const word of table.keys()) anchors.add(word);
  for (const pair of VAGUE_PAIRS) anchors.add(pair.split(' ')[0] ?? pair);
  for (const word of dualNounForms()) anchors.add(word);
  return anchors;
}

/** Normalised words at which a number may start (number tokens always may). */
export const NUMBER_ANCHOR_WORDS: ReadonlySet<string> = buildNumberAnchors();

/** An Arabic number word, also with a conjunction or preposition glued in front ("وعشرين"). */
function arabicNumberWord(word: string | undefined): { entry: NumberWord; joined: boolean } | null {
  if (word === undefined) return null;
  const entry = ARABIC_NUMBER_WORDS.get(word);
  if (entry !== undefined) return { entry, joined: false };
  for (const clitic of ARABIC_CLITICS) {
    if (word.length > clitic.length + 1 && word.startsWith(clitic)) {
      const rest = ARABIC_NUMBER_WORDS.get(word.slice(clitic.length));
      if (rest !== undefined) return { entry: rest, joined: clitic.startsWith('و') };
    }
  }
  return null;
}

function isDefinite(word: string | undefined): boolean {
  return word !== undefined && word.startsWith('ال') && word.length > 3;
}

/** Arabic number words from tokens[index]: units, teens, tens, hundreds and multipliers joined by و. */
export function parseArabic(list: readonly string[], index: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let position = index;
  let any = false;
  let previous: NumberWord | null = null;
  for (;;) {
    const found = arabicNumberWord(list[position]);
    if (found === null) break;
    const { entry, joined } = found;
    if (any && !joined && entry.kind !== 'hundred' && entry.kind !== 'multiplier') break;
    // Compounds joined by و go from large to small, except a unit before its tens (ثلاثة وعشرون):
    // "خمسة وسبعة" is two numbers.
    if (any && joined && previous !== null) {
      const unitThenTens = previous.kind === 'unit' && entry.kind === 'tens' && previous.value < 10;
      const descending =
        (previous.kind === 'hundred' || previous.kind === 'multiplier') && entry.value < previous.value;
      if (!unitThenTens && !descending) break;
    }
    if (entry.kind === 'unit' && entry.value < 10 && TEEN_TENS.has(list[position + 1] ?? '')) {
      current += entry.value + 10;
      position += 2;
      any = true;
      previous = { value: entry.value + 10, kind: 'unit' };
      continue;
    }
    if (entry.boundOnly === true) {
      // أحد / إحدى alone count one only before a definite noun: "أحد العناصر".
      if (any || (entry.value === 1 && !isDefinite(list[position + 1]))) break;
      if (entry.value !== 1) break;
    }
    if (entry.kind === 'hundred') {
      current =
        !joined && current > 0 && current < 10 && entry.value < 300
          ? current * entry.value
          : current + entry.value;
    } else if (entry.kind === 'multiplier') {
      if (!any && entry.value === 1e6 && list[position] === 'ملايين') break;
      if (!any && list[position] === 'الاف') break;
      total += !joined && current > 0 ? current * entry.value : entry.value;
      current = 0;
    } else current += entry.value;
    position++;
    any = true;
    previous = entry;
  }
  if (!any) return null;
  return { first: index, last: position, value: total + current, vague: false, dual: false };
}

/** English number words: "twenty-five", "one hundred and twenty", "a dozen", "two thousand". */
function parseEnglish(list: readonly string[], index: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let position = index;
  let any = false;
  if (list[position] === 'a' || list[position] === 'an') {
    const next = ENGLISH_NUMBER_WORDS.get(list[position + 1] ?? '');
    if (next === undefined || (next.kind !== 'hundred' && next.kind !== 'multiplier' && next.value !== 12))
      return null;
    current = 1;
    position++;
  }
  for (;;) {
    const word = list[position] ?? '';
    const entry = ENGLISH_NUMBER_WORDS.get(word);
    if (entry === undefined) {
      // "twenty-five", "one hundred and twenty": a joiner followed by another number word.
      if (any && (word === '-' || word === 'and') && ENGLISH_NUMBER_WORDS.has(list[position + 1] ?? '')) {
        position++;
        continue;
      }
      break;
    }
    if (entry.kind === 'hundred') current = (current || 1) * 100;
    else if (entry.kind === 'multiplier') {
      total += (current || 1) * entry.value;
      current = 0;
    } else if (entry.value === 12 && current === 1 && !any) current = 12;
    else current += entry.value;
    position++;
    any = true;
  }
  if (!any) return null;
  return { first: index, last: position, value: total + current, vague: false, dual: false };
}

/** "3 آلاف", "1.5 مليون", "2 million": the scale after digits. */
function multiplierAfter(list: readonly string[], position: number): number | null {
  const word = list[position];
  if (word === undefined) return null;
  const entry = ARABIC_NUMBER_WORDS.get(word) ?? ENGLISH_NUMBER_WORDS.get(word);
  if (entry?.kind !== 'multiplier') return null;
  return entry.value >= 1e9 ? 1e9 : entry.value >= 1e6 ? 1e6 : 1000;
}

/** The number starting at tokens[index], if any. */
export function parseNumberAt(
  tokens: readonly Token[],
  list: readonly string[],
  index: number,
): ParsedNumber | null {
  const token = tokens[index];
  const word = list[index];
  if (token === undefined || word === undefined) return null;
  if (token.kind === 'number') {
    let value = numberValue(word);
    if (!Number.isFinite(value)) return null;
    let last = index + 1;
    const multiplier = multiplierAfter(list, last);
    if (multiplier !== null) {
      value *= multiplier;
      last++;
    }
    return { first: index, last, value, vague: false, dual: false };
  }
  if (token.kind !== 'word') return null;
  const vague = ARABIC_VAGUE_WORDS.get(word) ?? ENGLISH_VAGUE_WORDS.get(word);
  if (vague !== undefined) {
    // "عشرات الآلاف" / "tens of thousands": a vague count of a multiplier.
    let value = vague.value;
    let last = index + 1;
    const ofWord = list[last] === 'of' ? 1 : 0;
    const multiplier =
      ARABIC_VAGUE_WORDS.get(list[last + ofWord] ?? '') ?? ENGLISH_VAGUE_WORDS.get(list[last + ofWord] ?? '');
    if (multiplier !== undefined && multiplier.value >= 1000 && vague.value < 1000) {
      value *= multiplier.value;
      last += ofWord + 1;
    }
    return { first: index, last, value, vague: true, dual: false };
  }
  const pair = `${word} ${list[index + 1] ?? ''}`;
  if (VAGUE_PAIRS.has(pair)) return { first: index, last: index + 2, value: 3, vague: true, dual: false };
  if (isDualNoun(word)) return { first: index, last: index, value: 2, vague: false, dual: true };
  return parseArabic(list, index) ?? parseEnglish(list, index);
}
