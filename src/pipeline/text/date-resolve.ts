/**
 * Turning what a date expression says into a day, against the publication day (shared/spec/events.md):
 * - a weekday is the most recent such day on or before publication (the publication day itself when
 *   it is that weekday); "الماضي"/"last" makes it strictly before, "المقبل"/"next" strictly after;
 * - a day and month without a year is the latest such date on or before publication;
 * - with week or month precision, the date is the latest day the text allows (a month's last day,
 *   never after publication when the month is the publication's own).
 * Weeks start on Sunday in Arabic copy (the working week of Libya, Egypt and the Gulf) and on Monday
 * in English copy.
 */

import {
  earliest,
  fromHijri,
  hijriMonthEnd,
  latestDayOnOrBefore,
  makeDay,
  monthEnd,
  shiftDays,
  shiftMonths,
  toHijri,
  weekday,
} from './calendar.ts';
import { MONTH_PART_LAST_DAY } from './date-words.ts';
import type { Direction, MonthPart } from './date-words.ts';
import type { MonthName } from './months.ts';

export interface Resolved {
  date: Date | null;
  year: number | null;
}

const UNKNOWN: Resolved = { date: null, year: null };

function resolved(date: Date | null): Resolved {
  return { date, year: date === null ? null : date.getFullYear() };
}

/** Years of the Libyan solar calendar count from 632: 1378 is 2010. */
function gregorianYear(name: MonthName, year: number): number {
  return name.libyan && year >= 1300 && year < 1500 ? year + 632 : year;
}

export function resolveDayMonth(
  name: MonthName,
  day: number,
  year: number | null,
  published: Date | null,
): Resolved {
  if (name.calendar === 'hijri') {
    if (year !== null) return resolved(fromHijri(year, name.month, day));
    if (published === null) return UNKNOWN;
    const today = toHijri(published);
    if (today === null) return UNKNOWN;
    for (const candidateYear of [today.year, today.year - 1]) {
      const date = fromHijri(candidateYear, name.month, day);
      if (date !== null && date.getTime() <= published.getTime()) return resolved(date);
    }
    return UNKNOWN;
  }
  if (year !== null) return resolved(makeDay(gregorianYear(name, year), name.month, day));
  return published === null ? UNKNOWN : resolved(latestDayOnOrBefore(name.month, day, published));
}

/** The latest day of (part of) a month, never after publication when publication falls inside it. */
function monthLatest(
  year: number,
  month: number,
  part: MonthPart | null,
  published: Date | null,
): Date | null {
  const end = monthEnd(year, month);
  if (end === null) return null;
  const cap = part === null ? end : makeDay(year, month, Math.min(MONTH_PART_LAST_DAY[part], end.getDate()));
  if (cap === null) return null;
  const first = makeDay(year, month, 1);
  if (published !== null && first !== null && published.getTime() >= first.getTime())
    return earliest(cap, published);
  return cap;
}

export function resolveMonth(
  name: MonthName,
  year: number | null,
  direction: Direction | null,
  part: MonthPart | null,
  published: Date | null,
): Resolved {
  if (name.calendar === 'hijri') {
    let hijriYear = year;
    if (hijriYear === null) {
      const today = published === null ? null : toHijri(published);
      if (today === null) return UNKNOWN;
      hijriYear = name.month <= today.month ? today.year : today.year - 1;
      if (direction === 'past' && name.month === today.month) hijriYear = today.year - 1;
    }
    const end = hijriMonthEnd(hijriYear, name.month);
    const start = fromHijri(hijriYear, name.month, 1);
    if (end === null || start === null) return UNKNOWN;
    const inside =
      published !== null && published.getTime() >= start.getTime() && published.getTime() < end.getTime();
    return resolved(inside ? published : end);
  }
  if (year !== null) return resolved(monthLatest(gregorianYear(name, year), name.month, part, published));
  if (published === null) return UNKNOWN;
  const publishedYear = published.getFullYear();
  const publishedMonth = published.getMonth() + 1;
  let candidate: number;
  if (direction === 'past') candidate = name.month < publishedMonth ? publishedYear : publishedYear - 1;
  else if (direction === 'next') candidate = name.month > publishedMonth ? publishedYear : publishedYear + 1;
  else candidate = name.month <= publishedMonth ? publishedYear : publishedYear - 1;
  return resolved(monthLatest(candidate, name.month, part, published));
}

/** The latest day a year (or part of it) allows; the publication day when it is that year. */
export function resolveYear(year: number, part: MonthPart | null, published: Date | null): Resolved {
  const lastMonth = part === 'early' ? 4 : part === 'middle' ? 8 : 12;
  const end = monthEnd(year, lastMonth);
  if (end === null) return UNKNOWN;
  const date = published !== null && published.getFullYear() === year ? earliest(end, published) : end;
  return { date, year };
}

export function resolveWeekday(day: number, direction: Direction | null, published: Date | null): Resolved {
  if (published === null) return UNKNOWN;
  const today = weekday(published);
  if (direction === 'next') return resolved(shiftDays(published, (day - today + 7) % 7 || 7));
  const back = (today - day + 7) % 7;
  return resolved(shiftDays(published, -(direction === 'past' && back === 0 ? 7 : back)));
}

export function resolveOffset(days: number, published: Date | null): Resolved {
  return published === null ? UNKNOWN : resolved(shiftDays(published, days));
}

/** "الأسبوع الماضي" / "this week" / "next week": the latest day of that week. */
export function resolveWeek(direction: Direction, arabic: boolean, published: Date | null): Resolved {
  if (published === null) return UNKNOWN;
  const weekStart = arabic ? 0 : 1;
  const intoWeek = (weekday(published) - weekStart + 7) % 7;
  if (direction === 'past') return resolved(shiftDays(published, -intoWeek - 1));
  if (direction === 'next') return resolved(shiftDays(published, 13 - intoWeek));
  return resolved(published);
}

/** "الشهر الماضي" / "مطلع الشهر الجاري" / "next month". */
export function resolveRelativeMonth(
  direction: Direction,
  part: MonthPart | null,
  published: Date | null,
): Resolved {
  if (published === null) return UNKNOWN;
  const shifted =
    direction === 'past'
      ? shiftMonths(published, -1)
      : direction === 'next'
        ? shiftMonths(published, 1)
        : published;
  return resolved(monthLatest(shifted.getFullYear(), shifted.getMonth() + 1, part, published));
}

/** "العام الماضي" / "late last year" / "this year". */
export function resolveRelativeYear(
  direction: Direction,
  part: MonthPart | null,
  published: Date | null,
): Resolved {
  if (published === null) return UNKNOWN;
  const year = published.getFullYear() + (direction === 'past' ? -1 : direction === 'next' ? 1 : 0);
  return resolveYear(year, part, published);
}

/** "قبل شهرين" / "two months ago". */
export function resolveMonthsAgo(months: number, published: Date | null): Resolved {
  return published === null ? UNKNOWN : resolved(shiftMonths(published, -months));
}

/** A day of the publication's month, or of the month before or after ("19 من الشهر الجاري"). */
export function resolveDayOfRelativeMonth(
  day: number,
  direction: Direction,
  published: Date | null,
): Resolved {
  if (published === null) return UNKNOWN;
  const shifted =
    direction === 'past'
      ? shiftMonths(published, -1)
      : direction === 'next'
        ? shiftMonths(published, 1)
        : published;
  return resolved(makeDay(shifted.getFullYear(), shifted.getMonth() + 1, day));
}
