/**
 * A publication day to suggest for an article whose file gave none, read with the pipeline's own readers (the
 * dateline finder in `text/datelines.ts` through the sentence splitter, and the date reader in `text/dates.ts`):
 * - a full date in the article's dateline ("TRIPOLI, July 26, 2020 (Reuters) -", "طرابلس 26 يوليو 2020 (رويترز) -");
 * - else a line near the top that holds a date and little else ("Sunday 26 July 2020", "الأحد 26 يوليو 2020");
 * - else the latest full date written in the text (an article is published on or after the days it tells of).
 * Only dates with their day, month and year count; nothing is guessed from weekdays or "yesterday". The person
 * confirms or changes the suggestion before anything is extracted.
 */
import { findDates, normalise, splitSentences } from '../text/index.ts';
import type { DateMention } from '../text/index.ts';
import type { Article } from '../types.ts';

export type DateSuggestionSource = 'dateline' | 'date-line' | 'text';

export interface DateSuggestion {
  /** ISO day. */
  date: string;
  from: DateSuggestionSource;
}

/** How much of the article is read: the dateline and the top lines are near the start; so is most of the story. */
const HEAD_CHARS = 6000;
/** A line near the top with at most this many characters besides its date is a date line. */
const DATE_LINE_SLACK = 24;
/** Lines at the top looked at for a date line. */
const TOP_LINES = 6;

function fullDates(mentions: readonly DateMention[]): DateMention[] {
  return mentions.filter(
    (mention) => mention.date !== null && mention.precision === 1 && mention.year !== null && !mention.quoted,
  );
}

/** The top lines of a text, as [start, end) offsets. */
function topLines(text: string, count: number): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  while (start < text.length && lines.length < count) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim() !== '') lines.push([start, end]);
    start = end + 1;
  }
  return lines;
}

export function suggestPublicationDate(article: Pick<Article, 'text'>): DateSuggestion | null {
  if (typeof article.text !== 'string' || article.text.trim() === '') return null;
  const head = article.text.length > HEAD_CHARS ? article.text.slice(0, HEAD_CHARS) : article.text;
  const { text } = normalise(head);
  const dates = fullDates(findDates(text, null));
  if (dates.length === 0) return null;
  const inside = (start: number, end: number) =>
    dates.find((mention) => mention.start >= start && mention.end <= end);
  for (const segment of splitSentences(text)) {
    if (segment.kind !== 'dateline') continue;
    const found = inside(segment.start, segment.end);
    if (found) return { date: found.date as string, from: 'dateline' };
  }
  for (const [start, end] of topLines(text, TOP_LINES)) {
    const found = inside(start, end);
    if (found && end - start - (found.end - found.start) <= DATE_LINE_SLACK)
      return { date: found.date as string, from: 'date-line' };
    // "TRIPOLI, July 26, 2020 (Reuters) -" opening the first paragraph: a dateline whatever follows it.
    if (
      found &&
      found.start - start <= DATE_LINE_SLACK &&
      /^[^.!?؟\n]*[-–—:]/.test(text.slice(found.end, end))
    )
      return { date: found.date as string, from: 'dateline' };
  }
  let latest = dates[0] as DateMention;
  for (const mention of dates) if ((mention.date as string) > (latest.date as string)) latest = mention;
  return { date: latest.date as string, from: 'text' };
}
