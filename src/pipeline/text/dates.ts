/**
 * Dates and times in normalised news text, resolved against the publication day. Each mention has
 * the day it names (ISO), a precision (1 day, 2 week, 3 month or vaguer), its kind, the span of text
 * it came from, and whether it sits inside a quotation. With an unknown publication day, dates that
 * carry their year still resolve, while weekdays and relative expressions give date null: nothing
 * precise is invented.
 *
 * Rules (shared/spec/events.md) are in `date-resolve.ts`; the month names of every family Arabic
 * outlets use are in `months.ts`.
 */

import { parseDay, shiftDays, toIso } from './calendar.ts';
import type { DateContext, DateKind, FoundDate } from './date-context.ts';
import {
  parseDayMonth,
  parseMonthDay,
  parseMonthOnly,
  parseNumericDate,
  parseYearOnly,
} from './date-absolute.ts';
import { parseAgo, parsePeriod, parseRange, parseRelativeDay, parseWeekday } from './date-relative.ts';
import { quotesOf, tokensIn } from './article-tokens.ts';
import {
  STARTS_AGO,
  STARTS_DAY_MONTH,
  STARTS_GLUED,
  STARTS_MONTH_DAY,
  STARTS_MONTH_ONLY,
  STARTS_NUMERIC_DATE,
  STARTS_PERIOD,
  STARTS_RANGE,
  STARTS_RELATIVE_DAY,
  STARTS_WEEKDAY,
  STARTS_YEAR_ONLY,
  GLUED_TIME_WORDS,
} from './date-anchors.ts';
import { NAMED_AFTER_DATE_AFTER, NAMED_AFTER_DATE_BEFORE, WEEKDAYS } from './date-words.ts';
import { isInside } from './quotes.ts';
import type { Token } from './tokens.ts';

export interface DateMention {
  start: number;
  end: number;
  /** ISO YYYY-MM-DD; with precision 2 or 3 the latest day the text allows. Null when it cannot be known. */
  date: string | null;
  precision: 1 | 2 | 3;
  kind: DateKind;
  year: number | null;
  /** Inside «…», “…” or "…" quotes. */
  quoted: boolean;
}

type Parser = (context: DateContext, index: number) => FoundDate | null;

/** Tried in order at each token; the first that reads something wins. */
const PARSERS: readonly Parser[] = [
  parseNumericDate,
  parseDayMonth,
  parseMonthDay,
  parseRelativeDay,
  parseAgo,
  parsePeriod,
  parseRange,
  parseMonthOnly,
  parseYearOnly,
];

/** The anchor bit of each parser (`date-anchors.ts`): a parser runs only where its bit is set. */
const PARSER_STARTS: readonly number[] = [
  STARTS_NUMERIC_DATE,
  STARTS_DAY_MONTH,
  STARTS_MONTH_DAY,
  STARTS_RELATIVE_DAY,
  STARTS_AGO,
  STARTS_PERIOD,
  STARTS_RANGE,
  STARTS_MONTH_ONLY,
  STARTS_YEAR_ONLY,
];

const ALL_STARTS = PARSER_STARTS.reduce((all, bit) => all | bit, STARTS_WEEKDAY | STARTS_GLUED);
/** Local bindings: tsx compiles imported bindings to getters, and these are read at every anchor. */
const WEEKDAY_START = STARTS_WEEKDAY;
const GLUED_START = STARTS_GLUED;

/**
 * "مساءالجمعة", "فجراليوم": a day part glued to its day word is read as the two words written
 * apart (and the words after them: "مساءالجمعة الماضية"). The mention spans the glued token.
 */
function parseGlued(context: DateContext, index: number): FoundDate | null {
  const split = GLUED_TIME_WORDS.get(context.words[index] ?? '');
  const token = context.tokens[index];
  if (split === undefined || token === undefined) return null;
  const following = 3;
  const apart: DateContext = {
    ...context,
    tokens: [token, token, ...context.tokens.slice(index + 1, index + 1 + following)],
    words: [split[0], split[1], ...context.words.slice(index + 1, index + 1 + following)],
  };
  const result = parseWeekday(apart, 0) ?? parseRelativeDay(apart, 0);
  if (result === null) return null;
  return { ...result, first: index, last: index + result.last - 1 };
}

/**
 * A date that names a unit, a camp or a place rather than a day: "معسكر 7 أبريل", "كتيبة 17 فبراير",
 * "ثورة 17 فبراير" (the noun before it), "April 7 Camp", "17 February Brigade" (the noun after it).
 */
function namesSomething(context: DateContext, found: FoundDate): boolean {
  if (found.kind !== 'absolute') return false;
  const before = context.words[found.first - 1] ?? '';
  const bare = before.length > 3 && 'وبلف'.includes(before[0] ?? '') ? before.slice(1) : before;
  if (NAMED_AFTER_DATE_BEFORE.has(before) || NAMED_AFTER_DATE_BEFORE.has(bare)) return true;
  return NAMED_AFTER_DATE_AFTER.has(context.words[found.last] ?? '');
}

/** Words between a weekday and the date that follows it. */
const WEEKDAY_DATE_LINKS: ReadonlySet<string> = new Set([',', '،', '(', '-', 'الموافق']);
const DATE_AFTER_WEEKDAY: readonly Parser[] = [parseNumericDate, parseDayMonth, parseMonthDay];

/** A weekday followed by a full date ("الاثنين 19 سبتمبر", "Monday, Sept. 19") is that date. */
function withDateAfter(context: DateContext, weekday: FoundDate): FoundDate {
  let position = weekday.last;
  // "الاثنين، 19 سبتمبر", "الاثنين (19 سبتمبر)", "الاثنين الموافق 19 سبتمبر"
  while (WEEKDAY_DATE_LINKS.has(context.words[position] ?? '') && position < weekday.last + 2) position++;
  for (const parser of DATE_AFTER_WEEKDAY) {
    const date = parser(context, position);
    if (date !== null) return { ...date, first: weekday.first };
  }
  return weekday;
}

function hasArabic(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    // isArabicLetterCode, inlined: this loop reads a whole English text.
    const code = text.charCodeAt(index);
    if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3)) return true;
  }
  return false;
}

/** The publication day of the previous call: an article's sentences share it. */
let lastPublished: { iso: string | null; day: Date | null } = { iso: null, day: null };

function publicationDay(published: string | null): Date | null {
  if (published === null) return null;
  if (lastPublished.iso !== published) lastPublished = { iso: published, day: parseDay(published) };
  return lastPublished.day;
}

/** Words joining the weekdays of one span of days: "يومي الخميس والجمعة", "Thursday and Friday". */
const WEEKDAY_LIST_LINKS: ReadonlySet<string> = new Set([
  '',
  'and',
  'or',
  ',',
  '،',
  'و',
  'او',
  'to',
  '-',
  'الي',
]);
const WEEK_DAYS = 7;

/**
 * Weekdays named together are days in a row told in their order: "يومي الخميس والجمعة" published on
 * a Thursday is the Thursday and Friday before it (not that day and the Friday before). A weekday
 * that would come after the next one in the list is moved back a week.
 */
function orderWeekdayLists(text: string, mentions: DateMention[]): void {
  for (let index = mentions.length - 2; index >= 0; index--) {
    const first = mentions[index] as DateMention;
    const next = mentions[index + 1] as DateMention;
    if (first.kind !== 'weekday' || next.kind !== 'weekday' || first.date === null || next.date === null)
      continue;
    if (first.date <= next.date) continue;
    const between = text.slice(first.end, next.start).trim();
    if (!WEEKDAY_LIST_LINKS.has(between)) continue;
    const day = parseDay(first.date);
    if (day !== null) first.date = toIso(shiftDays(day, -WEEK_DAYS));
  }
}

export function findDates(
  text: string,
  published: string | null,
  start?: number,
  end?: number,
): DateMention[] {
  const mentions: DateMention[] = [];
  if (typeof text !== 'string') return mentions;
  const from = Math.max(0, Math.min(text.length, start ?? 0));
  const to = Math.max(from, Math.min(text.length, end ?? text.length));
  const { tokens, words, anchors } = tokensIn(text, from, to);
  if (tokens.length === 0) return mentions;
  const context: DateContext = {
    tokens,
    words,
    published: publicationDay(typeof published === 'string' ? published : null),
    arabic: hasArabic(text, from, to),
  };
  let index = 0;
  while (index < tokens.length) {
    // A parser runs only at the words it can start at (most words start no date at all).
    const starts = (anchors[index] as number) & ALL_STARTS;
    if (starts === 0) {
      index++;
      continue;
    }
    let result: FoundDate | null = null;
    if ((starts & GLUED_START) !== 0) result = parseGlued(context, index);
    if (result === null && (starts & WEEKDAY_START) !== 0) {
      const weekday = parseWeekday(context, index);
      if (weekday !== null) result = withDateAfter(context, weekday);
      else {
        // "الاثنين 19 سبتمبر": an ambiguous weekday name is a weekday when a date follows it.
        const ambiguous = parseWeekday(context, index, true);
        const dated = ambiguous === null ? null : withDateAfter(context, ambiguous);
        if (dated !== null && dated.kind !== 'weekday') result = dated;
      }
    }
    for (let parser = 0; result === null && parser < PARSERS.length; parser++) {
      if ((starts & (PARSER_STARTS[parser] as number)) !== 0)
        result = (PARSERS[parser] as Parser)(context, index);
    }
    if (result === null || result.last <= index) {
      index++;
      continue;
    }
    if (namesSomething(context, result)) {
      index = result.last;
      continue;
    }
    const first = tokens[result.first] as Token;
    const last = tokens[result.last - 1] as Token;
    // "يومي الخميس والجمعة": the conjunction glued to the second weekday is not part of its date, so
    // the two days read as a span; "ليل السبت والأحد" is one night and keeps it.
    const firstWord = words[result.first] ?? '';
    const previous = mentions[mentions.length - 1];
    const night = previous !== undefined && text.startsWith('ليل', previous.start);
    const start =
      firstWord.startsWith('و') && WEEKDAYS.has(firstWord.slice(1)) && !night ? first.start + 1 : first.start;
    mentions.push({
      start,
      end: last.end,
      date: result.date === null ? null : toIso(result.date),
      precision: result.precision,
      kind: result.kind,
      year: result.year,
      quoted: isInside(quotesOf(text), start, last.end),
    });
    index = result.last;
  }
  orderWeekdayLists(text, mentions);
  return mentions;
}
