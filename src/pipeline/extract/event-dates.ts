/**
 * Which dates of a sentence can date an event: not the day a statement was made ("said on
 * Wednesday"), not the start of a period ("since 19 September"), and the rest marked as history when
 * they lie more than about six months before publication.
 */
import type { ArticleContext, TextSegment } from './context.ts';
import { daysBetween } from './dates.ts';
import { tokenAt, tokensBetween } from './tokens.ts';
import {
  CONSEQUENCE_WORDS,
  TOLL_NOUNS,
  TOLL_RISE_WORDS,
  WEEKDAYS,
  WOUND_OWNERS,
  WOUND_WORDS,
} from '../text/date-words.ts';
import type { TimePrecision } from '../types.ts';
import { findDates, type DateMention } from '../text/dates.ts';
import { toOriginalSpan, type NormalisedText } from '../text/index.ts';

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
  if (opening) return true;
  // "Libya's health ministry on Thursday said ...": the date sits between the speaker and the verb,
  // with no attack told before it.
  return !mentions.some((mention) => mention.start >= segment.start && mention.end <= date.start);
}

/** Words around a date in which a consequence word counts: "died of his wounds on Friday", "توفي الجمعة متأثرا". */
const CONSEQUENCE_BEFORE = 5;
const CONSEQUENCE_AFTER = 2;

function wordOf(context: ArticleContext, index: number): string {
  return context.text.slice(context.tokens.starts[index] as number, context.tokens.ends[index] as number);
}

function isConsequenceWord(context: ArticleContext, index: number): boolean {
  const word = wordOf(context, index);
  if (CONSEQUENCE_WORDS.has(word)) return true;
  return (
    WOUND_WORDS.has(word) &&
    index >= 2 &&
    WOUND_OWNERS.has(wordOf(context, index - 1)) &&
    ['of', 'from'].includes(wordOf(context, index - 2))
  );
}

/**
 * The day of a later consequence of the attack (a death from wounds, a burial), not of the attack:
 * a consequence word a few words before or just after the date, with no trigger between them.
 */
function isConsequenceDate(
  context: ArticleContext,
  date: DateInput,
  segment: TextSegment,
  mentions: readonly { start: number; end: number }[],
): boolean {
  const { tokens } = context;
  const first = tokenAt(tokens, date.start);
  const last = tokenAt(tokens, date.end - 1);
  const lowest = Math.max(tokenAt(tokens, segment.start), first - CONSEQUENCE_BEFORE);
  const highest = Math.min(tokens.count - 1, last + CONSEQUENCE_AFTER);
  for (let index = lowest; index <= highest; index++) {
    if (index >= first && index <= last) continue;
    if ((tokens.ends[index] as number) > segment.end) break;
    if (!isConsequenceWord(context, index)) continue;
    const from = Math.min(tokens.starts[index] as number, date.start);
    const to = Math.max(tokens.ends[index] as number, date.end);
    if (!mentions.some((mention) => mention.start >= from && mention.end <= to)) return true;
  }
  return isTollUpdateDate(context, first, last, tokenAt(tokens, segment.start));
}

/** Words from a toll's verb ("rose", ارتفعت) to a date that tells when it rose. */
const TOLL_RISE_REACH = 12;
/** Words before a toll's verb its noun may stand ("the death toll from the airstrike on Tajoura rose"). */
const TOLL_NOUN_BEFORE = 8;
/** Words after the date the noun may stand ("ارتفعت الجمعة حصيلة"). */
const TOLL_NOUN_AFTER = 3;

/**
 * "The toll from the airstrike rose to 12 on Friday", "ارتفعت الجمعة حصيلة ضحايا القصف": the day
 * the toll rose, after the verb of a toll, is not the attack's.
 */
function isTollUpdateDate(context: ArticleContext, first: number, last: number, floor: number): boolean {
  for (let index = first - 1; index >= Math.max(floor, first - TOLL_RISE_REACH); index--) {
    if (!TOLL_RISE_WORDS.has(wordOf(context, index))) continue;
    const highest = Math.min(context.tokens.count - 1, last + TOLL_NOUN_AFTER);
    for (let near = Math.max(floor, index - TOLL_NOUN_BEFORE); near <= highest; near++) {
      if (TOLL_NOUNS.has(wordOf(context, near))) return true;
    }
  }
  return false;
}

/** A state that lasts up to the date ("تدور اشتباكات منذ", "الحصار المستمر منذ"): "منذ" is "for", not "ago". */
const ONGOING =
  /(^|\s)[وف]?(تدور|يدور|تتواصل|يتواصل|تستمر|يستمر|المستمر|المستمره|مستمر|مستمره|متواصل|متواصله|المتواصله|تشهد|يشهد|تعيش|يعيش|تسيطر|يسيطر|تحاصر|يحاصر|تفرض|يفرض)(\s|$)/;
/** How far back in the clause a verb of a lasting state is read. */
const ONGOING_REACH = 60;

/**
 * "هجوم نفذه انتحاري على بوابة الستين منذ ثلاثة أسابيع": after a finished act, "منذ" and a count is "N ago"
 * (the day counted back, its precision by the unit); after a lasting state it stays a period up to publication.
 */
function sinceAsAgo(context: ArticleContext, date: DateInput, segment: TextSegment): DateInput {
  if (date.kind !== 'range' || context.article.published === null) return date;
  const words = context.text.slice(date.start, date.end);
  if (!words.startsWith('منذ ')) return date;
  const clause = context.text.slice(Math.max(segment.start, date.start - ONGOING_REACH), date.start);
  if (ONGOING.test(clause.slice(clause.search(/[،,؛]\s*[^،,؛]*$/) + 1))) return date;
  const ago = findDates(`قبل ${words.slice(4)}`, context.article.published).find(
    (found) => found.start === 0 && found.date !== null && found.kind !== 'range',
  );
  if (ago === undefined || ago.date === null) return date;
  return { ...date, date: ago.date, precision: ago.precision, kind: ago.kind };
}

export function classifyDates(
  context: ArticleContext,
  dates: readonly DateInput[],
  segment: TextSegment,
  mentions: readonly { start: number; end: number }[],
): DateArgument[] {
  const published = context.article.published;
  const result: DateArgument[] = [];
  for (const written of dates) {
    if (written.date === null) continue;
    const date = sinceAsAgo(context, written, segment);
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
      report:
        date.end <= context.datelineEnd ||
        isReportDate(context, date, segment, mentions) ||
        isConsequenceDate(context, date, segment, mentions),
      since,
      history,
      future,
    });
  }
  return result;
}

/** Days a dateline's day may lie after the page's date (time zones, a page dated at midnight). */
const DATELINE_AFTER_PAGE_DAYS = 1;

/**
 * The day the article is told from: the day of an opening dateline ("طرابلس 14 أبريل 2018 (وال) -",
 * "TRIPOLI, March 3 (Reuters) -", "Tripoli, 2 September 2019:") when it gives one, else the
 * publication day. "Today", أمس and weekdays count from it: an agency story re-published days later
 * still means the dateline's day.
 */
export function referenceDay(
  text: string,
  segments: readonly TextSegment[],
  datelineEnd: number,
  published: string | null,
): string | null {
  const dateline = segments.slice(0, 3).find((segment) => segment.kind === 'dateline');
  const [start, end] = dateline === undefined ? [0, datelineEnd] : [dateline.start, dateline.end];
  if (end <= start) return published ?? pageDateLine(text, segments);
  // One date after the place ("TRIPOLI, April 17"): not a range of days heading a chronicle ("28 Feb – 6 Mar:").
  const mentions = findDates(text, published, start, end);
  const only = mentions.length === 1 ? mentions[0] : undefined;
  if (only === undefined || only.kind !== 'absolute' || only.precision !== 1 || only.start === start)
    return published ?? pageDateLine(text, segments);
  const day = only.date;
  if (day === null) return published;
  if (published !== null && daysBetween(published, day) > DATELINE_AFTER_PAGE_DAYS) return published;
  return day;
}

/** Lines at the top of a page that may carry its date ("الأربعاء، 03 ديسمبر 2014 04:54 ص" under the title). */
const PAGE_DATE_LINES = 3;
/** Words other than the date a page's date line may have (a weekday, "ص"/"م", "Updated"). */
const PAGE_DATE_OTHER_WORDS = 3;

/**
 * A page copied without its publication date often keeps its date line near the top: a line that
 * is a full date (with its year) and little else. That day is the one the article counts from.
 */
function pageDateLine(text: string, segments: readonly TextSegment[]): string | null {
  for (const segment of segments.slice(0, PAGE_DATE_LINES)) {
    if (segment.kind === 'dateline') continue;
    const mentions = findDates(text, null, segment.start, segment.end);
    const only = mentions.length === 1 ? mentions[0] : undefined;
    if (only === undefined || only.kind !== 'absolute' || only.date === null) continue;
    const rest = `${text.slice(segment.start, only.start)} ${text.slice(only.end, segment.end)}`;
    const words = rest.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !WEEKDAYS.has(word));
    if (words.length <= PAGE_DATE_OTHER_WORDS) return only.date;
  }
  return null;
}

/** Dates of these kinds say nothing without the day the article was written. */
const RELATIVE_KINDS: ReadonlySet<string> = new Set(['weekday', 'relative', 'range']);

/** The relative expressions ("yesterday", "الثلاثاء") a text read without a reference day left unresolved. */
export function unresolvedRelative(
  original: string,
  normalised: NormalisedText,
  dates: readonly DateMention[],
): string[] {
  return dates
    .filter((mention) => mention.date === null && RELATIVE_KINDS.has(mention.kind))
    .map((mention) => {
      const span = toOriginalSpan(normalised, mention.start, mention.end);
      return original.slice(span.start, span.end);
    });
}
