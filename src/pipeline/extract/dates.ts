/** Whole-day arithmetic on ISO days (UTC), and the window of days an event's date and precision allow. */
import type { Article, Diagnostic, TimePrecision } from '../types.ts';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day, by civil-calendar arithmetic (no Date parsing on the hot path). */
export function dayNumber(isoDay: string): number {
  const year = Number(isoDay.slice(0, 4));
  const month = Number(isoDay.slice(5, 7));
  const day = Number(isoDay.slice(8, 10));
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
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

/** What the reader is told about the day relative dates count from. */
export function referenceDiagnostics(article: Article, reference: string | null): Diagnostic[] {
  if (article.published !== null) return [];
  if (reference === null) {
    return [
      {
        severity: 'info',
        code: 'missing-date',
        message: `${article.id}: no publication date, so relative dates ("yesterday", weekdays) are not resolved; dates with their year still are`,
        article_id: article.id,
      },
    ];
  }
  return [
    {
      severity: 'info',
      code: 'date-from-dateline',
      message: `${article.id}: no publication date; relative dates count from the day its dateline or date line gives, ${reference}`,
      article_id: article.id,
    },
  ];
}

/** The relative dates of event sentences left unresolved because no day to count from is known. */
export function unresolvedDiagnostic(article: Article, expressions: readonly string[]): Diagnostic {
  const shown = [...new Set(expressions)].slice(0, 5).map((expression) => `"${expression}"`);
  return {
    severity: 'warning',
    code: 'unresolved-relative-date',
    message: `${article.id}: ${shown.join(', ')} cannot be dated without a publication date; the events they date have no date`,
    article_id: article.id,
  };
}
