/**
 * Dates said relative to publication: weekdays ("الثلاثاء"، "مساء السبت"، "فجر الأحد"، "on Tuesday",
 * "last Sunday"), days (اليوم، أمس، أمس الأول، أول أمس، الليلة الماضية، yesterday, last night), ago
 * ("قبل يومين"، "two days ago"), periods ("الأسبوع الماضي"، "مطلع الشهر الجاري"، "last month") and
 * recent-past ranges ("منذ أسبوعين"، "خلال الأيام الماضية"، "in the past two weeks", "recently").
 */

import {
  countAt as sharedCountAt,
  integerAt as sharedIntegerAt,
  wordAt as sharedWordAt,
} from './date-context.ts';
import type { DateContext, FoundDate } from './date-context.ts';
import {
  AMBIGUOUS_WEEKDAYS,
  DAY_PARTS as sharedDayParts,
  DIRECTIONS as sharedDirections,
  ENGLISH_DAY_PARTS_AFTER,
  MONTH_PARTS as sharedMonthParts,
  NOT_TODAY_AFTER,
  PERIOD_WORDS as sharedPeriodWords,
  RECENTLY,
  TIME_UNITS as sharedTimeUnits,
  WEEKDAYS as sharedWeekdays,
} from './date-words.ts';
import type { Direction, TimeUnit } from './date-words.ts';
import {
  resolveMonthsAgo,
  resolveOffset,
  resolveRelativeMonth,
  resolveRelativeYear,
  resolveWeek,
  resolveWeekday,
} from './date-resolve.ts';
import type { Resolved } from './date-resolve.ts';
import { weekdayBySyntax } from './date-ambiguous.ts';
import { shiftDays, weekday as weekdayOf } from './calendar.ts';

/**
 * Local bindings of the shared helpers and word tables: tsx (which runs the benchmarks and tests)
 * compiles every imported binding to a getter, and these are read at every anchor word.
 */
const countAt = sharedCountAt;
const integerAt = sharedIntegerAt;
const wordAt = sharedWordAt;
const DAY_PARTS = sharedDayParts;
const DIRECTIONS = sharedDirections;
const MONTH_PARTS = sharedMonthParts;
const PERIOD_WORDS = sharedPeriodWords;
const TIME_UNITS = sharedTimeUnits;
const WEEKDAYS = sharedWeekdays;

const YESTERDAY = new Set(['امس', 'الامس', 'بالامس', 'yesterday']);

/** Day-part words before a day word: "مساء السبت", "فجر أمس", "late Sunday", "منتصف ليل الأحد". */
function skipDayParts(context: DateContext, index: number): number {
  let position = index;
  while (position - index < 2 && DAY_PARTS.has(wordAt(context, position))) position++;
  return position;
}

function found(
  first: number,
  last: number,
  resolved: Resolved,
  precision: 1 | 2 | 3,
  kind: FoundDate['kind'],
): FoundDate {
  return { first, last, date: resolved.date, precision, kind, year: resolved.year };
}

const COMMAS: ReadonlySet<string> = new Set([',', '،']);
/** Punctuation that may close the other side of a word set off by a comma. */
const CLAUSE_EDGES: ReadonlySet<string> = new Set([',', '،', '.', ':', ';', '؛', '(', ')', '-']);

/**
 * A word standing alone between commas ("طرابلس، الاثنين، بحسب"), or between a comma and the end of
 * the text read: a weekday named as the day of the news, not "the two".
 */
function setOffByCommas(context: DateContext, index: number): boolean {
  const before = index === 0 ? null : wordAt(context, index - 1);
  const after = index + 1 >= context.tokens.length ? null : wordAt(context, index + 1);
  const beforeEdge = before === null || CLAUSE_EDGES.has(before);
  const afterEdge = after === null || CLAUSE_EDGES.has(after);
  return beforeEdge && afterEdge && (COMMAS.has(before ?? '') || COMMAS.has(after ?? ''));
}

/**
 * "الثلاثاء", "يوم الثلاثاء الماضي", "مساء السبت", "on Tuesday", "last Sunday", "Tuesday night".
 * A weekday name that is also an ordinary word (الاثنين "the two") needs a day part, a direction,
 * commas around it or a syntax that makes it a time (`date-ambiguous.ts`), unless `allowAmbiguous`
 * (the caller then checks that a full date follows).
 */
export function parseWeekday(context: DateContext, index: number, allowAmbiguous = false): FoundDate | null {
  let position = index;
  let direction: Direction | null = null;
  const before = DIRECTIONS.get(wordAt(context, position));
  if (before !== undefined && WEEKDAYS.has(wordAt(context, position + 1))) {
    direction = before;
    position++;
  }
  const afterParts = skipDayParts(context, position);
  const hasPart = afterParts > position;
  position = afterParts;
  let word = wordAt(context, position);
  // "يومي السبت والأحد": a weekday after و, following a day part or another weekday.
  const afterConjunction = word.startsWith('و') && !WEEKDAYS.has(word) && WEEKDAYS.has(word.slice(1));
  if (afterConjunction && (position > index || WEEKDAYS.has(wordAt(context, position - 1))))
    word = word.slice(1);
  const day = WEEKDAYS.get(word);
  if (day === undefined) return null;
  let last = position + 1;
  if (ENGLISH_DAY_PARTS_AFTER.has(wordAt(context, last))) last++;
  const after = DIRECTIONS.get(wordAt(context, last));
  if (after !== undefined && direction === null && after !== 'current') {
    direction = after;
    last++;
  }
  // "الخميس قبل الماضي": the Thursday before last.
  let weeksBack = 0;
  if (
    direction === null &&
    wordAt(context, last) === 'قبل' &&
    DIRECTIONS.get(wordAt(context, last + 1)) === 'past'
  ) {
    direction = 'past';
    weeksBack = 1;
    last += 2;
  }
  if (
    !allowAmbiguous &&
    AMBIGUOUS_WEEKDAYS.has(word) &&
    !hasPart &&
    direction === null &&
    last === position + 1 &&
    !setOffByCommas(context, position) &&
    !weekdayBySyntax(context, position)
  ) {
    return null;
  }
  const resolved = resolveWeekday(day, direction, context.published);
  if (weeksBack > 0 && resolved.date !== null) {
    const earlier = shiftDays(resolved.date, -7 * weeksBack);
    return found(index, last, { date: earlier, year: earlier.getFullYear() }, 1, 'weekday');
  }
  return found(index, last, resolved, 1, 'weekday');
}

/** اليوم، أمس، أمس الأول، أول أمس، الليلة الماضية، ليلة أمس، غدا؛ today, yesterday, last night. */
export function parseRelativeDay(context: DateContext, index: number): FoundDate | null {
  const position = skipDayParts(context, index);
  const word = wordAt(context, position);
  const next = wordAt(context, position + 1);
  let offset: number | null = null;
  let last = position + 1;
  if (YESTERDAY.has(word)) {
    offset = -1;
    if (next === 'الاول') {
      offset = -2;
      last++;
    }
  } else if (word === 'اول' && YESTERDAY.has(next)) {
    offset = -2;
    last++;
  } else if (word === 'اول' && next === 'من' && YESTERDAY.has(wordAt(context, position + 2))) {
    // "أول من أمس": the day before yesterday.
    offset = -2;
    last += 2;
  } else if (word === 'اليوم' && !NOT_TODAY_AFTER.has(next)) offset = 0;
  else if (word === 'الليله') {
    offset = 0;
    if (next === 'قبل' && DIRECTIONS.get(wordAt(context, position + 2)) === 'past') {
      // "الليلة قبل الماضية": the night before last.
      offset = -2;
      last += 2;
    } else if (DIRECTIONS.get(next) === 'past') {
      offset = -1;
      last++;
    }
  } else if (word === 'ليله' && YESTERDAY.has(next)) {
    offset = -1;
    last++;
    // "ليلة أول أمس", "ليلة أمس الأول".
    if (wordAt(context, last) === 'الاول') {
      offset = -2;
      last++;
    }
  } else if (word === 'ليله' && next === 'اول' && YESTERDAY.has(wordAt(context, position + 2))) {
    offset = -2;
    last += 2;
  } else if (word === 'غدا' || word === 'tomorrow') offset = 1;
  else if (word === 'today' || word === 'tonight') offset = 0;
  else if (
    word === 'the' &&
    next === 'day' &&
    wordAt(context, position + 2) === 'before' &&
    YESTERDAY.has(wordAt(context, position + 3))
  ) {
    offset = -2;
    last += 3;
  } else if (word === 'last' && next === 'night') {
    offset = -1;
    last++;
  } else if (
    (word === 'this' || word === 'earlier') &&
    ['morning', 'afternoon', 'evening', 'today'].includes(next)
  ) {
    offset = 0;
    last++;
  }
  if (offset === null) return null;
  let resolved = resolveOffset(offset, context.published);
  // "اليوم الاثنين", "أمس الأحد", "مساء أمس السبت": the weekday names the same day. When it names the
  // day before (a page dated just after midnight), the weekday is the day meant.
  const named = WEEKDAYS.get(wordAt(context, last));
  if (named !== undefined) {
    last++;
    const day = resolved.date;
    if (day !== null && weekdayOf(day) === (named + 1) % 7)
      resolved = resolveOffset(offset - 1, context.published);
  }
  return found(index, last, resolved, 1, 'relative');
}

/** TIME_UNITS with each unit also under the article (الأسبوع، اليومين), the bare form taking precedence. */
const UNITS_WITH_ARTICLE: ReadonlyMap<string, { unit: TimeUnit; count: number | null }> = (() => {
  const units = new Map(TIME_UNITS);
  for (const [word, unit] of TIME_UNITS) if (!units.has(`ال${word}`)) units.set(`ال${word}`, unit);
  return units;
})();

function unitAt(context: DateContext, index: number): { unit: TimeUnit; count: number | null } | null {
  return UNITS_WITH_ARTICLE.get(wordAt(context, index)) ?? null;
}

function backBy(
  unit: TimeUnit,
  count: number,
  context: DateContext,
): { resolved: Resolved; precision: 1 | 2 | 3 } {
  if (unit === 'day') return { resolved: resolveOffset(-count, context.published), precision: 1 };
  if (unit === 'week') return { resolved: resolveOffset(-7 * count, context.published), precision: 2 };
  return {
    resolved: resolveMonthsAgo(unit === 'month' ? count : 12 * count, context.published),
    precision: 3,
  };
}

/** "قبل يومين", "قبل ثلاثة أيام", "قبل أسبوع", "two days ago", "a week ago". */
export function parseAgo(context: DateContext, index: number): FoundDate | null {
  if (wordAt(context, index) === 'قبل') {
    const count = countAt(context, index + 1);
    const unitIndex = count === null ? index + 1 : index + 2;
    const unit = unitAt(context, unitIndex);
    if (unit === null) return null;
    const total = count ?? unit.count;
    if (total === null) {
      // "قبل أيام": a few days ago, at the latest the day before publication.
      const { resolved } = backBy(unit.unit, 1, context);
      return found(index, unitIndex + 1, resolved, unit.unit === 'day' ? 2 : 3, 'relative');
    }
    const { resolved, precision } = backBy(unit.unit, total, context);
    return found(index, unitIndex + 1, resolved, precision, 'relative');
  }
  const count = countAt(context, index);
  const unit = count === null ? null : unitAt(context, index + 1);
  if (count === null || unit === null || wordAt(context, index + 2) !== 'ago') return null;
  const { resolved, precision } = backBy(unit.unit, count, context);
  return found(index, index + 3, resolved, precision, 'relative');
}

/** "الأسبوع الماضي", "مطلع الشهر الجاري", "أواخر العام الماضي", "last week", "earlier this month". */
export function parsePeriod(context: DateContext, index: number): FoundDate | null {
  let position = index;
  const part = MONTH_PARTS.get(wordAt(context, position)) ?? null;
  if (part !== null || wordAt(context, position) === 'earlier') position++;
  if (wordAt(context, position) === 'of' || wordAt(context, position) === '-') position++;
  let direction: Direction | null = null;
  let period: 'week' | 'month' | 'year' | undefined;
  if (wordAt(context, position) === 'هذا' || wordAt(context, position) === 'هذه') {
    // هذا الأسبوع، هذا الشهر، هذا العام
    direction = 'current';
    period = PERIOD_WORDS.get(wordAt(context, position + 1));
    position += 2;
  } else if (PERIOD_WORDS.has(wordAt(context, position))) {
    // الأسبوع الماضي، الشهر الجاري، العام المقبل; "مطلع الأسبوع", "منتصف الشهر": the current one.
    period = PERIOD_WORDS.get(wordAt(context, position));
    direction = DIRECTIONS.get(wordAt(context, position + 1)) ?? null;
    if (
      direction === null &&
      part !== null &&
      wordAt(context, position).startsWith('ال') &&
      integerAt(context, position + 1) === null
    ) {
      direction = 'current';
      position += 1;
    } else position += 2;
  } else {
    // last week, this month, next year
    direction = DIRECTIONS.get(wordAt(context, position)) ?? null;
    period = PERIOD_WORDS.get(wordAt(context, position + 1));
    position += 2;
  }
  if (direction === null || period === undefined) return null;
  if (period === 'week') {
    return found(index, position, resolveWeek(direction, context.arabic, context.published), 2, 'relative');
  }
  if (period === 'month') {
    return found(index, position, resolveRelativeMonth(direction, part, context.published), 3, 'relative');
  }
  return found(index, position, resolveRelativeYear(direction, part, context.published), 3, 'relative');
}

/** A range up to publication, from token `first` to `last`: precision 2 for days, 3 for longer. */
function range(context: DateContext, first: number, last: number, unit: TimeUnit | null): FoundDate {
  return found(first, last, resolveOffset(0, context.published), unit === 'day' ? 2 : 3, 'range');
}

const ENGLISH_RANGE_WORDS: ReadonlySet<string> = new Set(['in', 'over', 'during', 'within', 'for']);

/**
 * Ranges up to publication: "منذ أسبوعين", "منذ أيام", "خلال الأيام الماضية", "في الأسابيع الأخيرة",
 * "in the past two weeks", "over the last 10 days", "in recent days", "مؤخرا", "recently".
 * The date is the publication day; precision 2 for days, 3 for longer.
 */
export function parseRange(context: DateContext, index: number): FoundDate | null {
  const word = wordAt(context, index);
  if (RECENTLY.has(word)) return range(context, index, index + 1, null);
  if (word === 'منذ') {
    const count = countAt(context, index + 1);
    const unitIndex = count === null ? index + 1 : index + 2;
    const unit = unitAt(context, unitIndex);
    if (unit === null) return null;
    // "منذ يوم الجمعة", "منذ عام 2011": a date follows, read on its own.
    const following = wordAt(context, unitIndex + 1);
    if (count === null && (WEEKDAYS.has(following) || integerAt(context, unitIndex + 1) !== null))
      return null;
    return range(context, index, unitIndex + 1, unit.unit);
  }
  if (word === 'خلال' || word === 'في' || word === 'طوال' || word === 'على' || word === 'علي') {
    // خلال الأيام الماضية، في الأسابيع الأخيرة، خلال اليومين الماضيين، خلال الـ24 ساعة الماضية.
    let position = index + 1;
    if (countAt(context, position) !== null) position++;
    const unit = unitAt(context, position);
    if (unit === null || !wordAt(context, position).startsWith('ال')) return null;
    // "الساعات الـ24 الماضية": the count after the unit.
    if (wordAt(context, position + 1) === 'ال' && countAt(context, position + 2) !== null) position += 2;
    const direction = wordAt(context, position + 1);
    if (DIRECTIONS.get(direction) !== 'past' && direction !== 'الاخيره' && direction !== 'الاخيرين')
      return null;
    return range(context, index, position + 2, unit.unit);
  }
  if (ENGLISH_RANGE_WORDS.has(word)) {
    let position = index + 1;
    if (wordAt(context, position) === 'recent') {
      const unit = unitAt(context, position + 1);
      return unit === null ? null : range(context, index, position + 2, unit.unit);
    }
    if (wordAt(context, position) === 'the') position++;
    const direction = wordAt(context, position);
    if (direction !== 'past' && direction !== 'last') return null;
    position++;
    if (countAt(context, position) !== null) position++;
    const unit = unitAt(context, position);
    return unit === null ? null : range(context, index, position + 1, unit.unit);
  }
  if (word === 'الاونه' && wordAt(context, index + 1) === 'الاخيره')
    return range(context, index, index + 2, null);
  // "over the weekend", "last weekend": the Saturday and Sunday before publication.
  if ((word === 'the' || word === 'last' || word === 'this') && wordAt(context, index + 1) === 'weekend') {
    const sunday = resolveWeekday(0, null, context.published);
    return found(index, index + 2, sunday, 2, 'relative');
  }
  return null;
}
