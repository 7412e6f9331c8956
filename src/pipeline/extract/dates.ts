/** Whole-day arithmetic on ISO days (UTC), and the window of days an event's date and precision allow. */
import type { TimePrecision } from '../types.ts';

const DAY_MS = 86_400_000;

export function dayNumber(isoDay: string): number {
  return Math.floor(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Earliest and latest day numbers the event may have happened on (the date is the latest). */
export function dateWindow(date: string, precision: TimePrecision): [number, number] {
  const day = dayNumber(date);
  if (precision === 1) return [day, day];
  if (precision === 2) return [day - 6, day];
  return [day - 30, day];
}
