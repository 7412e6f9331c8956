/**
 * Which dates of a sentence can date an event: not the day a statement was made ("said on
 * Wednesday"), not the start of a period ("since 19 September"), and the rest marked as history when
 * they lie more than about six months before publication.
 */
import type { ArticleContext, TextSegment } from './context.ts';
import { daysBetween } from './dates.ts';
import { tokensBetween } from './tokens.ts';
import type { TimePrecision } from '../types.ts';

/** Days before publication after which a dated report is background history. */
export const HISTORY_DAYS = 183;

export interface DateInput {
  start: number;
  end: number;
  date: string | null;
  precision: TimePrecision;
  kind: string;
  year?: number | null;
}

export interface DateArgument {
  start: number;
  end: number;
  date: string;
  precision: TimePrecision;
  /** The day a statement was made, not the day of the event. */
  report: boolean;
  /** The start of a period ("since ..."): marks a running total. */
  since: boolean;
  /** Dated more than ~6 months before publication. */
  history: boolean;
  /** After the publication day: a plan or an error. */
  future: boolean;
}

function isReportDate(
  context: ArticleContext,
  date: DateInput,
  segment: TextSegment,
  mentions: readonly { start: number; end: number }[],
): boolean {
  const { cues } = context;
  const reportingBefore = cues.before('reporting', date.start, 6, segment.start);
  if (reportingBefore !== null) {
    const complementiserBetween = cues.has('complementisers', reportingBefore.end, date.start);
    const triggerBetween = mentions.some(
      (mention) => mention.start >= reportingBefore.end && mention.end <= date.start,
    );
    if (!complementiserBetween && !triggerBetween) return true;
  }
  // "ومساء أمس أعلن ..." — the date opens the sentence or clause, and the statement follows it.
  const reportingAfter = cues.after('reporting', date.end, 0, segment.end);
  if (reportingAfter === null) return false;
  const opening =
    tokensBetween(context.tokens, segment.start, date.start) <= 1 ||
    /[،,]\s*$/.test(context.text.slice(segment.start, date.start));
  return opening;
}

export function classifyDates(
  context: ArticleContext,
  dates: readonly DateInput[],
  segment: TextSegment,
  mentions: readonly { start: number; end: number }[],
): DateArgument[] {
  const published = context.article.published;
  const result: DateArgument[] = [];
  for (const date of dates) {
    if (date.date === null) continue;
    const before = context.text.slice(Math.max(segment.start, date.start - 20), date.start);
    // "منذ ساعات فجر اليوم", "since early this morning": today's fighting, not the start of a period.
    const sameDay = context.cues.before('same_day', date.start, 1, segment.start) !== null;
    const since = !sameDay && /(^|\s)(منذ|since)(\s+\S+)?\s*$/.test(before);
    let history = false;
    let future = false;
    if (published !== null) {
      const age = daysBetween(date.date, published);
      // "IS took over Sirte in 2015": a past year named on its own is background, however recent its last day.
      const pastYear = date.kind === 'year' && Number(date.date.slice(0, 4)) < Number(published.slice(0, 4));
      history = age > HISTORY_DAYS || pastYear;
      future = age < 0;
    }
    result.push({
      start: date.start,
      end: date.end,
      date: date.date,
      precision: date.precision,
      report: date.end <= context.datelineEnd || isReportDate(context, date, segment, mentions),
      since,
      history,
      future,
    });
  }
  return result;
}
