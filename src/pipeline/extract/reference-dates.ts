/**
 * Days told relative to another event or to the night: "The strike came a day after rockets landed
 * on Abu Salim" (the rockets fell the day before the strike, when the strike's day is known),
 * "بعد يومين من" (two days before), and "overnight" with no day named (the night before publication).
 */
import type { ArticleContext } from './context.ts';
import { dayNumber, isoFromDayNumber } from './dates.ts';
import type { Draft } from './draft.ts';
import type { Mention } from './mentions.ts';
import { classifyDates } from './event-dates.ts';
import { findDates } from '../text/dates.ts';

/** How many words after "a day after" the earlier event's trigger may stand. */
const REFERENCE_WORDS = 6;

/** Whether a "a day after" / "two days after" cue lies between two offsets of one sentence. */
export function referenceBetween(context: ArticleContext, from: number, to: number): boolean {
  return (
    context.cues.has('day_before_reference', from, to) ||
    context.cues.has('two_days_before_reference', from, to)
  );
}

/** The days the event told by these mentions lies before the one it is told with, or 0. */
function daysBefore(context: ArticleContext, mentions: readonly Mention[], floor: number): number {
  for (const mention of mentions) {
    if (context.cues.before('two_days_before_reference', mention.start, REFERENCE_WORDS, floor) !== null)
      return 2;
    if (context.cues.before('day_before_reference', mention.start, REFERENCE_WORDS, floor) !== null) return 1;
  }
  return 0;
}

/** A day stated for the event itself. */
function statedDay(draft: Draft): string | null {
  return draft.date?.source === 'text' && draft.date.precision === 1 ? draft.date.date : null;
}

/**
 * Dates a draft told after "a day after" from the event of its own or the previous sentence; only
 * when that event's day is known and the draft has no day of its own.
 */
export function dateFromReference(context: ArticleContext, drafts: readonly Draft[], draft: Draft): void {
  if (statedDay(draft) !== null) return;
  const segmentIndex = draft.segments[0] as number;
  const segment = context.segments[segmentIndex];
  if (segment === undefined) return;
  const days = daysBefore(context, draft.mentions, segment.start);
  if (days === 0) return;
  for (let index = drafts.length - 1; index >= 0; index--) {
    const other = drafts[index] as Draft;
    if (other === draft || !other.segments.some((at) => at === segmentIndex || at === segmentIndex - 1))
      continue;
    const day = statedDay(other);
    if (day === null) continue;
    draft.date = { date: isoFromDayNumber(dayNumber(day) - days), precision: 1, source: 'text' };
    return;
  }
}

/**
 * "Rockets hit the port overnight": with no day of its own, the night before the statement's day
 * ("overnight, an official said Sunday") or else before publication.
 */
export function dateFromOvernight(context: ArticleContext, draft: Draft): void {
  const anchor = draft.date?.source === 'report' ? draft.date.date : context.article.published;
  if (anchor === null || draft.date?.source === 'text') return;
  const segment = context.segments[draft.segments[0] as number];
  if (segment === undefined || !context.cues.has('overnight', segment.start, segment.end)) return;
  draft.date = { date: isoFromDayNumber(dayNumber(anchor) - 1), precision: 1, source: 'text' };
}

/**
 * "At least 20 were killed on Wednesday as forces launched an offensive ... Warplanes bombed
 * positions ...": an event with no day of its own, and none from an event just before, takes the day
 * the sentence before it (same paragraph) states for what it tells, rather than the publication day.
 * Days of statements, starts of periods and history are not taken.
 */
export function dateFromPreviousSentence(context: ArticleContext, draft: Draft): void {
  if (draft.date?.source !== 'published') return;
  const index = draft.segments[0] as number;
  const segment = context.segments[index];
  const previous = context.segments[index - 1];
  if (segment === undefined || previous === undefined || previous.paragraph !== segment.paragraph) return;
  if (previous.kind === 'dateline' || previous.kind === 'caption') return;
  const dates = findDates(context.text, context.article.published, previous.start, previous.end);
  const stated = classifyDates(context, dates, previous, []).find(
    (date) => !date.report && !date.since && !date.history && !date.future && date.precision === 1,
  );
  if (stated !== undefined) draft.date = { date: stated.date, precision: 1, source: 'context' };
}
