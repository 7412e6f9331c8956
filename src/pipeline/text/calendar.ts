/**
 * Calendar arithmetic on ISO days (YYYY-MM-DD) with date-fns, plus Hijri (Umm al-Qura) conversion
 * through Intl's islamic-umalqura calendar. Dates are handled at local noon, so no time zone or
 * daylight-saving change can move a day.
 */

import { addDays, addMonths, getDay, isValid, lastDayOfMonth } from 'date-fns';

/** A local-noon Date for an ISO day, or null when it is not a real day. */
export function parseDay(iso: string | null): Date | null {
  if (iso === null || typeof iso !== 'string' || iso.length < 10) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return makeDay(year, month, day);
}

/** A local-noon Date for year/month/day, or null when that day does not exist (31 April). */
export function makeDay(year: number, month: number, day: number): Date | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(year, month - 1, day, 12);
  date.setFullYear(year);
  if (!isValid(date) || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

function pad(value: number, width: number): string {
  const digits = String(value);
  return digits.length >= width ? digits : '0'.repeat(width - digits.length) + digits;
}

/** The local day of `date` as YYYY-MM-DD. */
export function toIso(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

export function shiftDays(date: Date, days: number): Date {
  return addDays(date, days);
}

export function shiftMonths(date: Date, months: number): Date {
  return addMonths(date, months);
}

export function monthEnd(year: number, month: number): Date | null {
  const first = makeDay(year, month, 1);
  return first === null ? null : lastDayOfMonth(first);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: Date): number {
  return getDay(date);
}

/** The earlier of two days. */
export function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/**
 * The latest day/month (no year given) on or before `reference`: "19 سبتمبر" published on
 * 5 January 2017 is 19 September 2016. Skips years where the day does not exist (29 February).
 */
export function latestDayOnOrBefore(month: number, day: number, reference: Date): Date | null {
  const referenceYear = reference.getFullYear();
  for (let year = referenceYear; year >= referenceYear - 8; year--) {
    const candidate = makeDay(year, month, day);
    if (candidate !== null && candidate.getTime() <= reference.getTime()) return candidate;
  }
  return null;
}

let hijriFormat: Intl.DateTimeFormat | null | undefined;

function hijriFormatter(): Intl.DateTimeFormat | null {
  if (hijriFormat !== undefined) return hijriFormat;
  try {
    const formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    hijriFormat = formatter.resolvedOptions().calendar === 'islamic-umalqura' ? formatter : null;
  } catch {
    hijriFormat = null;
  }
  return hijriFormat;
}

/** Hijri year, month, day of a Gregorian day, or null when Intl has no Umm al-Qura calendar. */
export function toHijri(date: Date): { year: number; month: number; day: number } | null {
  const formatter = hijriFormatter();
  if (formatter === null) return null;
  const parts = formatter.formatToParts(
    new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), 12)),
  );
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of parts) {
    if (part.type === 'year') year = Number.parseInt(part.value, 10);
    else if (part.type === 'month') month = Number.parseInt(part.value, 10);
    else if (part.type === 'day') day = Number.parseInt(part.value, 10);
  }
  return year > 0 && month > 0 && day > 0 ? { year, month, day } : null;
}

function hijriOrder(year: number, month: number, day: number): number {
  return year * 400 + month * 32 + day;
}

/** The Gregorian day of a Hijri date (Umm al-Qura), or null when it does not exist or cannot be computed. */
export function fromHijri(year: number, month: number, day: number): Date | null {
  if (year < 1300 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  // Mean Hijri year 354.367 days; epoch 16 July 622 (Julian) ≈ day 227015 after 0001-01-01 (proleptic).
  const approximateDays = Math.floor((year - 1) * 354.367 + (month - 1) * 29.5306 + (day - 1));
  let candidate = makeDay(622, 7, 19);
  if (candidate === null) return null;
  candidate = shiftDays(candidate, approximateDays);
  const target = hijriOrder(year, month, day);
  for (let step = 0; step < 60; step++) {
    const hijri = toHijri(candidate);
    if (hijri === null) return null;
    const order = hijriOrder(hijri.year, hijri.month, hijri.day);
    if (order === target) return candidate;
    if (hijri.year === year && hijri.month === month && hijri.day === 29 && day === 30) {
      // The 30th exists only in a 30-day month.
      const next = shiftDays(candidate, 1);
      return toHijri(next)?.day === 30 ? next : null;
    }
    const difference = (hijri.year - year) * 354 + (hijri.month - month) * 29.5 + (hijri.day - day);
    candidate = shiftDays(
      candidate,
      Math.abs(difference) >= 2 ? -Math.round(difference) : order < target ? 1 : -1,
    );
  }
  return null;
}

/** The last day of a Hijri month, in Gregorian. */
export function hijriMonthEnd(year: number, month: number): Date | null {
  return fromHijri(year, month, 30) ?? fromHijri(year, month, 29);
}
