/** Whole UTC days since 1970-01-01: the unit of every time window in the app (half-open ranges [start, end)). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** "2019-09-24" → day number, or null for anything that is not an ISO day. */
export function dayFromIso(iso: string | null | undefined): DayNumber | null {
  if (!iso || iso.length < 10) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Day number → "YYYY-MM-DD". */
export function isoFromDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A half-open window of days: an event on `day` is inside when start <= day < end. */
export interface DayWindow {
  start: DayNumber;
  end: DayNumber;
}

export function windowContains(window: DayWindow, day: DayNumber): boolean {
  return day >= window.start && day < window.end;
}
