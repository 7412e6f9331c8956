/** What the date parsers share: the tokens being read, the publication day, and what they find. */

import type { Token } from './tokens.ts';
import { numberValue } from './tokens.ts';
import { ARABIC_NUMBER_WORDS, ENGLISH_NUMBER_WORDS } from './number-words.ts';
import { monthAt } from './months.ts';
import type { MonthName } from './months.ts';
import { GREGORIAN_ERA, HIJRI_ERA } from './date-words.ts';

export type DateKind = 'absolute' | 'weekday' | 'relative' | 'month' | 'year' | 'range';

export interface DateContext {
  tokens: readonly Token[];
  /** Token texts (normalised words). */
  words: readonly string[];
  published: Date | null;
  /** Arabic copy (weeks start on Sunday) rather than English (Monday). */
  arabic: boolean;
}

export interface FoundDate {
  /** Token range [first, last). */
  first: number;
  last: number;
  date: Date | null;
  precision: 1 | 2 | 3;
  kind: DateKind;
  year: number | null;
}

export function wordAt(context: DateContext, index: number): string {
  return context.words[index] ?? '';
}

/** Tokens index and index + 1 are written together with nothing between ("19th", "1437هـ"). */
export function adjacent(context: DateContext, index: number): boolean {
  const left = context.tokens[index];
  const right = context.tokens[index + 1];
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** An integer written in digits at `index`, or null. */
export function integerAt(context: DateContext, index: number): number | null {
  const token = context.tokens[index];
  if (
    token === undefined ||
    token.kind !== 'number' ||
    token.text.includes(',') ||
    token.text.includes('.')
  ) {
    return null;
  }
  const value = numberValue(token.text);
  return Number.isInteger(value) ? value : null;
}

/** A small count in digits or words ("3", "ثلاثة", "three", "a"), for "قبل ثلاثة أيام", "two weeks ago". */
export function countAt(context: DateContext, index: number): number | null {
  const digits = integerAt(context, index);
  if (digits !== null) return digits;
  const word = wordAt(context, index);
  if (word === 'a' || word === 'an') return 1;
  const entry = ARABIC_NUMBER_WORDS.get(word) ?? ENGLISH_NUMBER_WORDS.get(word);
  return entry !== undefined &&
    (entry.kind === 'unit' || entry.kind === 'ten' || entry.kind === 'tens') &&
    entry.boundOnly !== true
    ? entry.value
    : null;
}

/** A month name at `index`, with a partner in another family ("أغسطس/آب", "آب (أغسطس)"). */
export function monthWithPartner(
  context: DateContext,
  index: number,
): { name: MonthName; last: number; partnered: boolean } | null {
  const found = monthAt(context.words, index);
  if (found === null) return null;
  let last = index + found.words;
  const separator = wordAt(context, last);
  if (separator === '/' || separator === '(' || separator === '-') {
    const partner = monthAt(context.words, last + 1);
    if (
      partner !== null &&
      partner.name.month === found.name.month &&
      partner.name.calendar === found.name.calendar
    ) {
      last += 1 + partner.words;
      if (separator === '(' && wordAt(context, last) === ')') last++;
      return { name: found.name, last, partnered: true };
    }
  }
  return { name: found.name, last, partnered: false };
}

/** A year at `index` (optionally after "عام"/"سنة"), with its era letters: 2016, 2016م, 1437هـ. */
export function yearAt(
  context: DateContext,
  index: number,
): { year: number; last: number; era: 'gregorian' | 'hijri' | null } | null {
  let position = index;
  if (wordAt(context, position) === ',') position++;
  // "سبتمبر من عام 2016", "سبتمبر 2016"
  if (wordAt(context, position) === 'من' && /^(عام|العام|سنه|\d)/.test(wordAt(context, position + 1)))
    position++;
  const marker = wordAt(context, position);
  if (marker === 'عام' || marker === 'سنه' || marker === 'العام') position++;
  const year = integerAt(context, position);
  if (year === null || year < 1000 || year > 2100) return null;
  let last = position + 1;
  let era: 'gregorian' | 'hijri' | null = null;
  const after = wordAt(context, last);
  if (HIJRI_ERA.has(after)) {
    era = 'hijri';
    last++;
  } else if (GREGORIAN_ERA.has(after) && (adjacent(context, position) || after.length > 1)) {
    era = 'gregorian';
    last++;
  }
  return { year, last, era };
}
