/**
 * The words each date parser can start at, so `findDates` runs a parser only at the tokens it can
 * read (and numbers) instead of trying every parser at every word. Each group below is the first
 * word the named parser of `date-absolute.ts` / `date-relative.ts` accepts; a word missing here
 * would make that parser miss a date, so the lists follow the parsers one by one.
 */

import {
  DAY_PARTS,
  DIRECTIONS,
  GLUED_DAY_PARTS,
  GLUED_DAY_WORDS,
  MONTH_PARTS,
  ORDINAL_TENS,
  ORDINAL_UNITS,
  PERIOD_WORDS,
  RECENTLY,
  WEEKDAYS,
} from './date-words.ts';
import { MONTH_NAMES } from './months.ts';
import { ARABIC_NUMBER_WORDS, ENGLISH_NUMBER_WORDS } from './number-words.ts';

/** parseWeekday (with or without an ambiguous name). */
export const STARTS_WEEKDAY = 1;
export const STARTS_NUMERIC_DATE = 2;
export const STARTS_DAY_MONTH = 4;
export const STARTS_MONTH_DAY = 8;
export const STARTS_RELATIVE_DAY = 16;
export const STARTS_AGO = 32;
export const STARTS_PERIOD = 64;
export const STARTS_RANGE = 128;
export const STARTS_MONTH_ONLY = 256;
export const STARTS_YEAR_ONLY = 512;
/** A day part glued to the word after it (مساءالجمعة، فجراليوم): `GLUED_TIME_WORDS`. */
export const STARTS_GLUED = 1024;

/** The parsers that may start at a number token. */
export const NUMBER_TOKEN_STARTS = STARTS_NUMERIC_DATE | STARTS_DAY_MONTH | STARTS_AGO | STARTS_YEAR_ONLY;

function build(): Map<string, number> {
  const anchors = new Map<string, number>();
  const add = (parsers: number, words: Iterable<string>): void => {
    for (const word of words) anchors.set(word, (anchors.get(word) ?? 0) | parsers);
  };
  const monthFirstWords = [...MONTH_NAMES.keys()].map((name) => name.split(' ')[0] ?? name);

  // parseWeekday: a direction ("last Sunday"), a day part ("مساء السبت"), the weekday, و + weekday.
  add(STARTS_WEEKDAY, DIRECTIONS.keys());
  add(STARTS_WEEKDAY, DAY_PARTS);
  add(STARTS_WEEKDAY, WEEKDAYS.keys());
  add(
    STARTS_WEEKDAY,
    [...WEEKDAYS.keys()].map((day) => `و${day}`),
  );
  // parseDayMonth: "the 19th of", a day in digits (number tokens) or an ordinal (التاسع عشر من).
  add(STARTS_DAY_MONTH, ['the']);
  add(STARTS_DAY_MONTH, ORDINAL_UNITS.keys());
  add(STARTS_DAY_MONTH, ORDINAL_TENS.keys());
  // "يومي الثالث والسادس من يوليو": the second of two days joined by و.
  add(
    STARTS_DAY_MONTH,
    [...ORDINAL_UNITS.keys()].map((day) => `و${day}`),
  );
  // parseMonthDay: "September 19".
  add(STARTS_MONTH_DAY, monthFirstWords);
  // parseRelativeDay: اليوم، أمس، أول أمس، الليلة الماضية، ليلة أمس، غدا; today, last night …
  add(STARTS_RELATIVE_DAY, DAY_PARTS);
  add(STARTS_RELATIVE_DAY, ['امس', 'الامس', 'بالامس', 'yesterday', 'اول', 'اليوم', 'الليله', 'ليله']);
  add(STARTS_RELATIVE_DAY, ['غدا', 'tomorrow', 'today', 'tonight', 'the', 'last', 'this', 'earlier']);
  // parseAgo: "قبل يومين", and a count before a unit ("two days ago", "a week ago").
  add(STARTS_AGO, ['قبل', 'a', 'an']);
  add(STARTS_AGO, ARABIC_NUMBER_WORDS.keys());
  add(STARTS_AGO, ENGLISH_NUMBER_WORDS.keys());
  // parsePeriod: "مطلع الشهر الجاري", "هذا الأسبوع", "earlier this month", "end of last month".
  add(STARTS_PERIOD, MONTH_PARTS.keys());
  add(STARTS_PERIOD, ['earlier', 'of', '-', 'هذا', 'هذه']);
  add(STARTS_PERIOD, PERIOD_WORDS.keys());
  add(STARTS_PERIOD, DIRECTIONS.keys());
  // parseRange: مؤخرا، منذ أسبوعين، خلال الأيام الماضية، في الآونة الأخيرة; in the past two weeks.
  add(STARTS_RANGE, RECENTLY);
  add(STARTS_RANGE, ['منذ', 'خلال', 'في', 'طوال', 'على', 'علي', 'الاونه']);
  add(STARTS_RANGE, ['in', 'over', 'during', 'within', 'for', 'the', 'last', 'this']);
  // parseMonthOnly: "أواخر أغسطس", "last September", "شهر رمضان", "سبتمبر الماضي".
  add(STARTS_MONTH_ONLY, MONTH_PARTS.keys());
  add(STARTS_MONTH_ONLY, DIRECTIONS.keys());
  add(STARTS_MONTH_ONLY, ['شهر', 'month']);
  add(STARTS_MONTH_ONLY, monthFirstWords);
  // parseYearOnly: "أواخر عام 2016", "عام 2016" (and bare years: number tokens).
  add(STARTS_YEAR_ONLY, MONTH_PARTS.keys());
  add(STARTS_YEAR_ONLY, ['عام', 'العام', 'سنه', 'السنه']);
  add(STARTS_GLUED, GLUED_TIME_WORDS.keys());
  return anchors;
}

/** A day part glued to a day word, as outlets' copy often has it: مساءالجمعه → [مساء, الجمعه]. */
export const GLUED_TIME_WORDS: ReadonlyMap<string, readonly [string, string]> = (() => {
  const glued = new Map<string, readonly [string, string]>();
  for (const part of GLUED_DAY_PARTS)
    for (const day of GLUED_DAY_WORDS) glued.set(`${part}${day}`, [part, day]);
  return glued;
})();

/** Normalised word → the STARTS_* bits of the parsers that may start at it. */
export const DATE_ANCHOR_WORDS: ReadonlyMap<string, number> = build();
