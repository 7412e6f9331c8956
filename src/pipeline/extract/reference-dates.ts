/**
 * Days told relative to another event or to the night: "The strike came a day after rockets landed
 * on Abu Salim" (the rockets fell the day before the strike, when the strike's day is known),
 * "بعد يومين من" (two days before), and "overnight" with no day named (the night before publication).
 */
import type { ArticleContext } from './context.ts';
import { dayNumber, isoFromDayNumber } from './dates.ts';
import type { Draft } from './draft.ts';
import type { Cue } from './cue-index.ts';
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

/** Counts written in "X days after/before" cues (normalised words). */
const CUE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['يومين', 2],
  ['بيومين', 2],
  ['two', 2],
  ['2', 2],
  ['ثلاثه', 3],
  ['three', 3],
  ['3', 3],
  ['اربعه', 4],
  ['four', 4],
  ['4', 4],
]);
const BEFORE_WORDS: ReadonlySet<string> = new Set(['قبل', 'before', 'eve']);
/** Words that end a cue naming the event after it ("a day after [X]", "بعد يوم من [X]", "غداة [X]"). */
const LINKING_ENDS: ReadonlySet<string> = new Set([
  'من',
  'علي',
  'of',
  'after',
  'before',
  'following',
  'غداه',
  'سبقه',
]);
/** Adverbial cues that move the event after them later ("the next day", "في اليوم التالي", "بعد ذلك بيوم"). */
const LATER_WORDS: ReadonlySet<string> = new Set(['later', 'next', 'following', 'التالي', 'بعد', 'غداه']);

/**
 * What a reference cue says, in days from the event it is told with to the event after it.
 * - A cue naming that event: "a day after X", "بعد يوم من X", "عقب يوم واحد على X", "غداة X" give −1
 *   (X was the day before); "two days after", "بعد ثلاثة أيام من" −2, −3; "a day before X",
 *   "قبل يومين من X", "on the eve of X" +1, +2.
 * - An adverb opening the next clause, counted from the event told before it: "A day earlier,",
 *   "the previous day", "قبل ذلك بيوم" give −1; "the next day", "a day later", "في اليوم التالي",
 *   "بعد ذلك بيومين" +1, +2.
 */
function cueOffset(context: ArticleContext, cue: Cue): number {
  const words = context.text.slice(cue.start, cue.end).split(' ');
  let count = 1;
  for (const word of words) count = CUE_COUNTS.get(word) ?? count;
  const last = words[words.length - 1] ?? '';
  if (!LINKING_ENDS.has(last)) return words.some((word) => LATER_WORDS.has(word)) ? count : -count;
  return words.some((word) => BEFORE_WORDS.has(word)) ? count : -count;
}

/** The reference cue a few words before one of these mentions ("a day after [rockets landed]"), or null. */
function referenceBefore(context: ArticleContext, mentions: readonly Mention[], floor: number): Cue | null {
  for (const mention of mentions) {
    const cue =
      context.cues.before('two_days_before_reference', mention.start, REFERENCE_WORDS, floor) ??
      context.cues.before('day_before_reference', mention.start, REFERENCE_WORDS, floor);
    if (cue !== null) return cue;
  }
  return null;
}

/** A day stated for the event itself. */
function statedDay(draft: Draft): string | null {
  return draft.date?.source === 'text' && draft.date.precision === 1 ? draft.date.date : null;
}

function shifted(day: string, days: number): NonNullable<Draft['date']> {
  return { date: isoFromDayNumber(dayNumber(day) + days), precision: 1, source: 'text' };
}

/**
 * Days told relative to another event of the same or the previous sentence:
 * - the event after the cue, with no day of its own, from the event it is told with ("The strike
 *   came a day after rockets landed": the rockets the day before the strike's day);
 * - the event told with it, with no day of its own, from the event after the cue when that one has
 *   its day ("شنت الطائرات غارة عقب يوم واحد على قصف الاثنين": the strike on Tuesday).
 */
export function dateFromReference(context: ArticleContext, drafts: readonly Draft[], draft: Draft): void {
  const segmentIndex = draft.segments[0] as number;
  const segment = context.segments[segmentIndex];
  if (segment === undefined) return;
  const cue = referenceBefore(context, draft.mentions, segment.start);
  if (cue === null) return;
  const offset = cueOffset(context, cue);
  const own = statedDay(draft);
  for (let index = drafts.length - 1; index >= 0; index--) {
    const other = drafts[index] as Draft;
    if (other === draft || !other.segments.some((at) => at === segmentIndex || at === segmentIndex - 1))
      continue;
    const day = statedDay(other);
    if (own === null && day !== null) {
      draft.date = shifted(day, offset);
      return;
    }
    // The event told with it precedes the cue in the same sentence and has no day of its own.
    if (
      own !== null &&
      day === null &&
      other.segments.includes(segmentIndex) &&
      other.primary.end <= cue.start
    ) {
      other.date = shifted(own, -offset);
      return;
    }
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
  // "In another development, ...": the sentence turns away from what the one before told.
  if (context.cues.after('topic_shift', segment.start, 1, segment.end) !== null) return;
  const dates = findDates(context.text, context.article.published, previous.start, previous.end);
  const stated = classifyDates(context, dates, previous, []).find(
    (date) => !date.report && !date.since && !date.history && !date.future && date.precision === 1,
  );
  if (stated !== undefined) draft.date = { date: stated.date, precision: 1, source: 'context' };
}

/** How far around a duration word a reference cue containing it may start or end. */
const REFERENCE_REACH = 24;

/**
 * Whether text[start, end) (a duration such as "days", "يومين") is part of a reference cue ("two days
 * later", "قبل يومين من"): a day counted from another event, not a running period.
 */
export function partOfReference(context: ArticleContext, start: number, end: number): boolean {
  const from = Math.max(0, start - REFERENCE_REACH);
  const to = end + REFERENCE_REACH;
  return [
    ...context.cues.within('day_before_reference', from, to),
    ...context.cues.within('two_days_before_reference', from, to),
  ].some((cue) => cue.start <= start && cue.end >= end);
}
