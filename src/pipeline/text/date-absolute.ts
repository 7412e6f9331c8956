/**
 * Calendar dates: 19/9/2016 and 2016-09-19; "19 سبتمبر 2016", "التاسع عشر من أيلول/سبتمبر",
 * "15 رمضان 1437 هـ", "Sept. 19, 2016", "19th of September"; a month alone ("سبتمبر الماضي",
 * "أواخر أغسطس/آب 2016", "last September"); a year alone ("عام 2016", "in 2011").
 */

import {
  adjacent as sharedAdjacent,
  integerAt as sharedIntegerAt,
  monthWithPartner as sharedMonthWithPartner,
  wordAt as sharedWordAt,
  yearAt,
} from './date-context.ts';
import type { DateContext, FoundDate } from './date-context.ts';
import { makeDay } from './calendar.ts';
import {
  DIRECTIONS as sharedDirections,
  ENGLISH_MONTH_CONTEXT,
  ENGLISH_ORDINAL_SUFFIXES,
  MONTH_PARTS as sharedMonthParts,
  ORDINAL_TEEN,
  ORDINAL_TENS as sharedOrdinalTens,
  ORDINAL_UNITS as sharedOrdinalUnits,
  PERIOD_WORDS as sharedPeriodWords,
} from './date-words.ts';
import type { MonthPart } from './date-words.ts';
import { resolveDayMonth, resolveDayOfRelativeMonth, resolveMonth, resolveYear } from './date-resolve.ts';
import { COUNTED_NOUNS } from './counted-nouns.ts';
import { monthAt } from './months.ts';

/**
 * Local bindings of the shared helpers and word tables: tsx (which runs the benchmarks and tests)
 * compiles every imported binding to a getter, and these are read at every anchor word.
 */
const adjacent = sharedAdjacent;
const integerAt = sharedIntegerAt;
const monthWithPartner = sharedMonthWithPartner;
const wordAt = sharedWordAt;
const DIRECTIONS = sharedDirections;
const MONTH_PARTS = sharedMonthParts;
const ORDINAL_TENS = sharedOrdinalTens;
const ORDINAL_UNITS = sharedOrdinalUnits;
const PERIOD_WORDS = sharedPeriodWords;

function isSeparator(word: string): boolean {
  return word === '/' || word === '-' || word === '.';
}

/** 19/9/2016, 19-9-2016, 2016-09-19, 19.9.2016, and 19/9 without a year. */
export function parseNumericDate(context: DateContext, index: number): FoundDate | null {
  const token = context.tokens[index];
  if (token === undefined || token.kind !== 'number') return null;
  let parts: number[] = [];
  let last = index + 1;
  const dotted = token.text.split('.');
  if (dotted.length === 3) parts = dotted.map(Number);
  else {
    const first = integerAt(context, index);
    if (first === null) return null;
    parts = [first];
    const separator = wordAt(context, index + 1);
    if (!isSeparator(separator) || !adjacent(context, index)) return null;
    for (let position = index + 2; parts.length < 3; position += 2) {
      const value = integerAt(context, position);
      if (value === null || !adjacent(context, position - 1)) break;
      parts.push(value);
      last = position + 1;
      if (wordAt(context, position + 1) !== separator || !adjacent(context, position)) break;
    }
  }
  if (parts.length < 2 || parts.some((part) => !Number.isInteger(part))) return null;
  const [a, b, c] = parts as [number, number, number?];
  let year: number | null = null;
  let month: number;
  let day: number;
  if (a >= 1000 && c !== undefined) {
    year = a;
    month = b;
    day = c;
  } else {
    day = a;
    month = b;
    if (month > 12 && day <= 12) [day, month] = [month, day]; // 9/19/2016, American order
    if (c !== undefined) year = c < 100 ? 2000 + c : c;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (c === undefined) {
    // "19/9" alone: only with a slash, and never a fraction-like "1/2".
    if (wordAt(context, index + 1) !== '/' || day < 1 || b > 12) return null;
    const name = { month, calendar: 'gregorian' as const, ambiguous: false, libyan: false };
    const resolved = resolveDayMonth(name, day, null, context.published);
    return { first: index, last, date: resolved.date, precision: 1, kind: 'absolute', year: resolved.year };
  }
  const date = year === null ? null : makeDay(year, month, day);
  if (date === null) return null;
  return { first: index, last, date, precision: 1, kind: 'absolute', year };
}

/** A day of the month at `index`: 19, 19th, التاسع عشر, الحادي والعشرين, العشرين. */
function dayAt(
  context: DateContext,
  index: number,
  joined = false,
): { day: number; last: number; ordinalWords: boolean } | null {
  if (joined) {
    // "والسادس", "و6": the second of two days joined by و (English "and" is a word of its own).
    const word = wordAt(context, index);
    if (!word.startsWith('و')) return null;
    const unit = ORDINAL_UNITS.get(word.slice(1));
    if (unit !== undefined) return { day: unit, last: index + 1, ordinalWords: true };
    const digits = /^و(\d{1,2})$/.exec(word);
    return digits === null ? null : { day: Number(digits[1]), last: index + 1, ordinalWords: false };
  }
  const digits = integerAt(context, index);
  if (digits !== null) {
    if (digits < 1 || digits > 31) return null;
    const suffix = wordAt(context, index + 1);
    const last = ENGLISH_ORDINAL_SUFFIXES.has(suffix) && adjacent(context, index) ? index + 2 : index + 1;
    return { day: digits, last, ordinalWords: false };
  }
  const word = wordAt(context, index);
  const unit = ORDINAL_UNITS.get(word);
  if (unit !== undefined) {
    const next = wordAt(context, index + 1);
    if (ORDINAL_TEEN.has(next)) return { day: unit + 10, last: index + 2, ordinalWords: true };
    const tens = ORDINAL_TENS.get(next);
    if (tens !== undefined && next.startsWith('و'))
      return { day: unit + tens, last: index + 2, ordinalWords: true };
    return { day: unit, last: index + 1, ordinalWords: true };
  }
  const tens = ORDINAL_TENS.get(word);
  if (tens !== undefined && !word.startsWith('و')) return { day: tens, last: index + 1, ordinalWords: true };
  return null;
}

/** "19 سبتمبر 2016", "الثالث من أكتوبر", "19 من الشهر الجاري", "the 19th of September". */
export function parseDayMonth(context: DateContext, index: number): FoundDate | null {
  const first = wordAt(context, index) === 'the' ? index + 1 : index;
  const day = dayAt(context, first) ?? (first === index ? dayAt(context, first, true) : null);
  if (day === null) return null;
  let position = day.last;
  // "يومي الثالث والسادس من يوليو", "on 3 and 6 July": the first day takes the month told after the second.
  const second =
    dayAt(context, position, true) ??
    (wordAt(context, position) === 'and' ? dayAt(context, position + 1) : null);
  const listedLast = second === null ? null : position;
  if (second !== null) position = second.last;
  const linked = wordAt(context, position) === 'من' || wordAt(context, position) === 'of';
  if (linked) position++;
  if (day.ordinalWords && !linked) return null;
  if (wordAt(context, position) === 'شهر') position++;
  if (PERIOD_WORDS.get(wordAt(context, position)) === 'month' && wordAt(context, position) === 'الشهر') {
    const direction = DIRECTIONS.get(wordAt(context, position + 1));
    if (direction === undefined || !linked) return null;
    const resolved = resolveDayOfRelativeMonth(day.day, direction, context.published);
    return {
      first: index,
      last: listedLast ?? position + 2,
      date: resolved.date,
      precision: 1,
      kind: 'absolute',
      year: resolved.year,
    };
  }
  const month = monthWithPartner(context, position);
  if (month === null) return null;
  position = month.last;
  const year = yearAt(context, position);
  const resolved = resolveDayMonth(month.name, day.day, year?.year ?? null, context.published);
  if (resolved.date === null && year !== null) return null;
  return {
    first: index,
    last: listedLast ?? year?.last ?? position,
    date: resolved.date,
    precision: 1,
    kind: 'absolute',
    year: resolved.year,
  };
}

/** "September 19, 2016", "Sept. 19", "Sep 19th 2016". */
export function parseMonthDay(context: DateContext, index: number): FoundDate | null {
  const month = monthWithPartner(context, index);
  if (month === null || month.name.calendar !== 'gregorian') return null;
  const code = wordAt(context, index).charCodeAt(0);
  if (!(code >= 97 && code <= 122)) return null;
  let position = month.last;
  if (wordAt(context, position) === '.') position++;
  const day = dayAt(context, position);
  if (day === null || day.ordinalWords) return null;
  // "May 2016" is a month and a year, not the 20th.
  if (integerAt(context, position) !== null && (integerAt(context, position) ?? 0) > 31) return null;
  position = day.last;
  const year = yearAt(context, position);
  const resolved = resolveDayMonth(month.name, day.day, year?.year ?? null, context.published);
  if (resolved.date === null && year !== null) return null;
  return {
    first: index,
    last: year?.last ?? position,
    date: resolved.date,
    precision: 1,
    kind: 'absolute',
    year: resolved.year,
  };
}

function partAt(context: DateContext, index: number): { part: MonthPart; last: number } | null {
  const part = MONTH_PARTS.get(wordAt(context, index));
  if (part === undefined) return null;
  let last = index + 1;
  if (wordAt(context, last) === '-' || wordAt(context, last) === 'of') last++; // mid-September, end of May
  return { part, last };
}

/** A month without a day: "سبتمبر الماضي", "مطلع أغسطس/آب 2016", "شهر رمضان", "last September". */
export function parseMonthOnly(context: DateContext, index: number): FoundDate | null {
  let position = index;
  const part = partAt(context, position);
  if (part !== null) position = part.last;
  let direction = DIRECTIONS.get(wordAt(context, position)) ?? null;
  const englishDirection = direction !== null && monthAt(context.words, position + 1) !== null;
  if (englishDirection) position++;
  else direction = null;
  const named = wordAt(context, position) === 'شهر' || wordAt(context, position) === 'month';
  if (named) position++;
  const month = monthWithPartner(context, position);
  if (month === null) return null;
  let last = month.last;
  const year = yearAt(context, last);
  if (year !== null) last = year.last;
  else {
    const after = DIRECTIONS.get(wordAt(context, last));
    if (after !== undefined && direction === null) {
      direction = after;
      last++;
    }
  }
  // "سبتمبر من العام الماضي" / "September last year".
  let relativeYear: number | null = null;
  const ofWord = wordAt(context, last) === 'من' ? 1 : 0;
  const periodWord = wordAt(context, last + ofWord);
  const yearDirection = DIRECTIONS.get(wordAt(context, last + ofWord + 1));
  if (
    year === null &&
    PERIOD_WORDS.get(periodWord) === 'year' &&
    yearDirection !== undefined &&
    context.published !== null
  ) {
    relativeYear =
      context.published.getFullYear() + (yearDirection === 'past' ? -1 : yearDirection === 'next' ? 1 : 0);
    last += ofWord + 2;
  }
  const previous = wordAt(context, index - 1);
  const confirmed =
    !month.name.ambiguous ||
    year !== null ||
    named ||
    month.partnered ||
    (!month.name.libyan &&
      (direction !== null || part !== null || ENGLISH_MONTH_CONTEXT.has(previous) || previous === 'في'));
  if (!confirmed) return null;
  const resolved = resolveMonth(
    month.name,
    year?.year ?? relativeYear,
    direction,
    part?.part ?? null,
    context.published,
  );
  return { first: index, last, date: resolved.date, precision: 3, kind: 'month', year: resolved.year };
}

/** A year alone: "عام 2016", "أواخر عام 2016", "in 2011", "2016". */
export function parseYearOnly(context: DateContext, index: number): FoundDate | null {
  let position = index;
  const part = partAt(context, position);
  if (part !== null) position = part.last;
  const marker = wordAt(context, position);
  const arabicMarker = marker === 'عام' || marker === 'العام' || marker === 'سنه' || marker === 'السنه';
  if (arabicMarker) position++;
  const value = integerAt(context, position);
  if (value === null) return null;
  // The year of a numeric date that did not parse (31/2/2016) is not a year on its own.
  const before = wordAt(context, position - 1);
  if ((before === '/' || before === '-' || before === '.') && adjacent(context, position - 1)) return null;
  const explicit = arabicMarker || part !== null || ENGLISH_MONTH_CONTEXT.has(wordAt(context, index - 1));
  if (value < (explicit ? 1000 : 1950) || value > 2100) return null;
  const next = wordAt(context, position + 1);
  if (COUNTED_NOUNS.has(next) || next === '%' || monthAt(context.words, position + 1) !== null) return null;
  const resolved = resolveYear(value, part?.part ?? null, context.published);
  let last = position + 1;
  if (next === 'م' && adjacent(context, position)) last++;
  return { first: index, last, date: resolved.date, precision: 3, kind: 'year', year: value };
}
