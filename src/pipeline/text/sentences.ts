/**
 * Sentence and clause splitting for news text, on normalised or original text (offsets index the
 * string given).
 *
 * Lines first: a short line without final punctuation is a heading (or a caption when it carries a
 * photo cue), and a dateline ("طرابلس - «الجزيرة»:", "TRIPOLI (Reuters) -") at the start of a line is
 * its own segment. Within a line, a sentence ends at . ! ? ؟ … (with the closing quotes and brackets
 * that follow), also when scraping removed the space after it ("الماضي.قتل"), but not inside numbers
 * (3.5), after initials (U.S., أ.ف.ب) or known abbreviations (Gen., Jan.), nor inside web addresses.
 */

import { normaliseTerm } from './normalise.ts';
import { FOLD_TABLE } from './fold-table.ts';
import {
  isClosing,
  isDigit,
  isLatinLetter,
  isSpaceCode,
  isTerminator,
  trimmed,
} from './segment-characters.ts';
import { WORD_TABLE, isArabicLetterCode } from './word-characters.ts';
import { findDateline } from './datelines.ts';
import { quotedRanges } from './quotes.ts';
import type { QuotedRange } from './quotes.ts';

export interface Segment {
  start: number;
  end: number;
  kind: 'sentence' | 'heading' | 'caption' | 'dateline' | 'clause';
}

/** Longest line (in words) still taken for a heading when it has no final punctuation. */
const HEADING_MAX_WORDS = 20;
/** Separators headlines use between their parts: "..", "…", " | ", " - ". */
const HEADLINE_SEPARATOR = /\.\.|…| \| | - /;
const CAPTION_MAX_LENGTH = 300;
const DATELINE_LINES = 3;
/**
 * Longest sentence (in UTF-16 code units) handed to the language stages. News sentences stay far below it (the
 * longest of the test and benchmark sets has about 320); a page with no sentence ends, a table flattened to
 * text or one giant CSV field would otherwise be a single "sentence" of a megabyte, and several stages compare
 * the numbers, triggers and places of a sentence pairwise. Longer runs are cut into pieces at a clause mark,
 * else a space, else any character that is not a letter or digit (never inside a word).
 */
export const MAX_SENTENCE_LENGTH = 1000;
/** A piece is cut no earlier than this far into an over-long run, so pieces stay long enough to read. */
const MIN_PIECE_LENGTH = MAX_SENTENCE_LENGTH / 2;

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen lt col maj sgt capt cpt adm cmdr brig pres gov sen rep st mt ft no nos vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept approx est fig al ' +
    'a.m p.m e.g i.e u.s u.n u.k'
  ).split(' '),
);

const TOP_LEVEL_DOMAINS = new Set('com net org ly gov edu int info uk fr it de eu io tv news co'.split(' '));

const CAPTION_STARTS = [
  'صوره',
  '(صوره',
  'الصوره',
  'photo',
  '(photo',
  'file photo',
  'image',
  'pictured',
  'caption',
];
const CAPTION_FIRST_LETTERS = new Set(CAPTION_STARTS.map((cue) => cue.charCodeAt(0)));
const CAPTION_CUES = [
  'صوره ارشيفيه',
  '- ارشيف',
  '(ارشيف)',
  '(ارشيفيه)',
  '- ارشيفيه',
  'ارشيفيه -',
  'getty images',
  'afp photo',
  'afp via getty',
  'reuters/',
  'photo:',
  '(photo',
  'credit:',
  'file photo',
];

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let index = start; index < end; index++) {
    const space = isSpaceCode(text.charCodeAt(index));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The word (letters and dots, as in "U.S") that ends just before `index`, lower-cased. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (WORD_TABLE[code] === 1 || code === 46) start--;
    else break;
  }
  return text.slice(start, index).toLowerCase();
}

/** The run of word characters starting at `index`, lower-cased. */
function wordAfter(text: string, index: number): string {
  let end = index;
  while (end < text.length && WORD_TABLE[text.charCodeAt(end)] === 1) end++;
  return text.slice(index, end).toLowerCase();
}

/** Whether the full stop at `index` ends a sentence. */
function isSentenceFullStop(text: string, index: number, lineEnd: number): boolean {
  const before = index > 0 ? text.charCodeAt(index - 1) : 32;
  const after = index + 1 < lineEnd ? text.charCodeAt(index + 1) : 32;
  // The common case: an Arabic word of two letters or more (Arabic abbreviations are single letters).
  if (
    isArabicLetterCode(before) &&
    index > 1 &&
    isArabicLetterCode(text.charCodeAt(index - 2)) &&
    after !== 46
  ) {
    return true;
  }
  if (isDigit(before) && isDigit(after)) return false; // 3.5
  if (after === 46) return false; // the first dot of "..": the last one decides
  const word = wordBefore(text, index);
  const letters = word.split('.').filter((part) => part.length > 0);
  const last = letters[letters.length - 1] ?? '';
  // Initials and acronyms ("J. Smith", "U.S.", "أ.ف.ب"): a sentence ends there only when an
  // acronym is followed by a capital letter ("in the U.S. The ...").
  if (last.length === 1 && !isDigit(last.charCodeAt(0))) {
    return letters.length >= 2 && isSpaceCode(after) && isNewSentenceStart(text, index + 1, lineEnd);
  }
  if (ABBREVIATIONS.has(word.endsWith('.') ? word.slice(0, -1) : word) || ABBREVIATIONS.has(last))
    return false;
  if (WORD_TABLE[after] === 1) {
    // No space after the stop: a new sentence glued on ("الماضي.قتل"), unless it is a web address.
    if (isArabicLetterCode(after) || isArabicLetterCode(before)) return true;
    if (TOP_LEVEL_DOMAINS.has(wordAfter(text, index + 1))) return false;
    return isLatinLetter(after) && last.length >= 3 && wordAfter(text, index + 1).length >= 2;
  }
  return true;
}

/** A position after a full stop that looks like a sentence start (used after initials). */
/** Words that open English sentences, for "... in the U.S. The strike ...". */
const SENTENCE_OPENERS = new Set(
  'The It He She They We A An In On At This That These Those But And His Her Their Its Officials'.split(' '),
);

function isNewSentenceStart(text: string, index: number, lineEnd: number): boolean {
  // Only the original text has capitals; normalised text never ends a sentence after an acronym.
  let at = index;
  while (at < lineEnd && isSpaceCode(text.charCodeAt(at))) at++;
  let end = at;
  while (end < lineEnd && isLatinLetter(text.charCodeAt(end))) end++;
  return SENTENCE_OPENERS.has(text.slice(at, end));
}

function captionLike(text: string, start: number, end: number): boolean {
  if (end - start > CAPTION_MAX_LENGTH) return false;
  // A caption shows at its start ("صورة: …", "Photo: …") ...
  if (CAPTION_FIRST_LETTERS.has(FOLD_TABLE[text.charCodeAt(start)] ?? 0)) {
    const head = normaliseTerm(text.slice(start, Math.min(end, start + 16)));
    if (CAPTION_STARTS.some((cue) => head.startsWith(cue))) return true;
  }
  // ... or in a credit, and a line ending like a sentence is a sentence ("(Reuters)" ends in ")").
  if (endsWithPunctuation(text, end) && !isClosing(text.charCodeAt(end - 1))) return false;
  const folded = normaliseTerm(text.slice(start, end));
  if (CAPTION_CUES.some((cue) => folded.includes(cue))) return true;
  // "… in Tripoli on May 13, 2025. (AFP)", "… January 15, 2018. Reuters": a photo credit closes the line.
  const tail = folded.trimEnd();
  return CREDIT_ENDINGS.some((credit) => tail.endsWith(credit));
}

/** Photo credits that close a caption line (folded spelling). */
const CREDIT_ENDINGS = [
  '(afp)',
  '(reuters)',
  '(ap)',
  '(aa)',
  '(xinhua)',
  '(getty images)',
  '. reuters',
  '. afp',
  '(رويترز)',
  '(ا ف ب)',
  '(فرانس برس)',
  '(الاناضول)',
];

function endsWithPunctuation(text: string, end: number): boolean {
  let at = end - 1;
  while (at >= 0 && isClosing(text.charCodeAt(at))) at--;
  const code = at >= 0 ? text.charCodeAt(at) : 0;
  return (
    isTerminator(code) || code === 58 || code === 59 || code === 44 || code === 0x060c || code === 0x061b
  );
}

/** Character classes for the one pass over the text: line breaks, sentence terminators, quotes. */
const LINE_BREAK = 1;
const TERMINATOR = 2;
const QUOTE = 3;
const CHARACTER_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of [10, 13, 0x2028, 0x2029, 0x85]) table[code] = LINE_BREAK;
  for (let code = 0; code < 0x10000; code++) if (isTerminator(code)) table[code] = TERMINATOR;
  for (const code of [0xab, 34, 0x201c]) table[code] = QUOTE;
  return table;
})();

/** A quotation longer than this may hold sentences of its own. */
const SHORT_QUOTE = 300;

const NO_QUOTES: readonly QuotedRange[] = [];

/** Quoted ranges of one line [start, end); `marked` tells whether the line has a quotation mark. */
function lineQuotes(text: string, start: number, end: number, marked: boolean): readonly QuotedRange[] {
  if (!marked) return NO_QUOTES;
  const ranges = quotedRanges(text.slice(start, end));
  for (const range of ranges) {
    range.start += start;
    range.end += start;
  }
  return ranges;
}

/**
 * A terminator inside a short quotation does not end the sentence that quotes it
 * (قال: «انتهى. سنعود» ثم غادر.), unless it closes the quotation («… انتهى.»).
 */
function insideShortQuote(text: string, quotes: readonly QuotedRange[], index: number): boolean {
  for (const quote of quotes) {
    if (index <= quote.start || index >= quote.end - 1 || quote.end - quote.start > SHORT_QUOTE) continue;
    let after = index + 1;
    while (after < quote.end - 1 && isTerminator(text.charCodeAt(after))) after++;
    if (after < quote.end - 1) return true;
  }
  return false;
}

/**
 * Sentences of one line [start, end), pushed onto `segments`. `terminators` holds the positions of
 * the line's . ! ? ؟ … in order (found by the caller's pass over the text).
 */
function splitLine(
  text: string,
  start: number,
  end: number,
  terminators: readonly number[],
  quoted: boolean,
  segments: Segment[],
): void {
  let sentenceStart = start;
  const quotes = lineQuotes(text, start, end, quoted);
  for (const index of terminators) {
    if (index < sentenceStart) continue;
    if (text.charCodeAt(index) === 46 && !isSentenceFullStop(text, index, end)) continue;
    if (quotes.length > 0 && insideShortQuote(text, quotes, index)) continue;
    let stop = index + 1;
    while (stop < end && (isTerminator(text.charCodeAt(stop)) || isClosing(text.charCodeAt(stop)))) stop++;
    pushSentence(text, sentenceStart, stop, segments);
    sentenceStart = stop;
  }
  pushSentence(text, sentenceStart, end, segments);
}

/** Whether a cut may fall right after this code unit: 2 = after a clause mark, 1 = after a space, 0 = no. */
function cutAfter(code: number): number {
  // ، , ; ؛ :
  if (code === 0x060c || code === 44 || code === 59 || code === 0x061b || code === 58) return 2;
  return isSpaceCode(code) || code === 10 ? 1 : 0;
}

/**
 * Pushes text[start, end) (trimmed) as a sentence, in pieces of at most MAX_SENTENCE_LENGTH when it is longer
 * (see there). The cut is the last clause mark, else the last space, in the second half of the piece; else
 * the last character that is not part of a word; a run with none of these (one giant word) is not cut.
 */
function pushSentence(text: string, start: number, end: number, segments: Segment[]): void {
  let [from, to] = trimmed(text, start, end);
  while (to - from > MAX_SENTENCE_LENGTH) {
    const limit = from + MAX_SENTENCE_LENGTH;
    const earliest = from + MIN_PIECE_LENGTH;
    let cut = -1;
    let space = -1;
    for (let index = limit; index > earliest; index--) {
      const kind = cutAfter(text.charCodeAt(index - 1));
      if (kind === 2) {
        cut = index;
        break;
      }
      if (kind === 1 && space < 0) space = index;
    }
    if (cut < 0) cut = space;
    if (cut < 0) {
      // No clause mark or space: the last non-word character before the limit, else the first after it.
      for (let index = limit; index > from + 1 && cut < 0; index--)
        if (WORD_TABLE[text.charCodeAt(index - 1)] !== 1 && !isLowSurrogate(text.charCodeAt(index)))
          cut = index;
      for (let index = limit; index < to && cut < 0; index++)
        if (WORD_TABLE[text.charCodeAt(index)] !== 1 && !isLowSurrogate(text.charCodeAt(index + 1)))
          cut = index + 1;
      if (cut < 0) break;
    }
    const [pieceFrom, pieceTo] = trimmed(text, from, cut);
    if (pieceTo > pieceFrom) segments.push({ start: pieceFrom, end: pieceTo, kind: 'sentence' });
    [from, to] = trimmed(text, cut, to);
  }
  if (to > from) segments.push({ start: from, end: to, kind: 'sentence' });
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function splitSentences(text: string): Segment[] {
  const segments: Segment[] = [];
  if (typeof text !== 'string') return segments;
  const length = text.length;
  const classes = CHARACTER_CLASS;
  const terminators: number[] = [];
  let lineStart = 0;
  let lineNumber = 0;
  let quoted = false;
  for (let index = 0; index <= length; index++) {
    const kind = index < length ? (classes[text.charCodeAt(index)] as number) : LINE_BREAK;
    if (kind === 0) continue;
    if (kind === TERMINATOR) {
      terminators.push(index);
      continue;
    }
    if (kind === QUOTE) {
      quoted = true;
      continue;
    }
    const [start, end] = trimmed(text, lineStart, index);
    lineStart = index + 1;
    if (end > start)
      splitParagraphLine(text, start, end, lineNumber++ < DATELINE_LINES, terminators, quoted, segments);
    terminators.length = 0;
    quoted = false;
  }
  return segments;
}

/** One non-empty line: a dateline at its start, then a caption, a heading or its sentences. */
function splitParagraphLine(
  text: string,
  start: number,
  end: number,
  mayHaveDateline: boolean,
  terminators: readonly number[],
  quoted: boolean,
  segments: Segment[],
): void {
  let bodyStart = start;
  // A dateline opens the story: look for one in its first lines only (headline, standfirst, body).
  const datelineEnd = mayHaveDateline ? findDateline(text, start, end) : -1;
  if (datelineEnd > start) {
    const [from, to] = trimmed(text, start, datelineEnd);
    segments.push({ start: from, end: to, kind: 'dateline' });
    bodyStart = datelineEnd;
    const [restStart, restEnd] = trimmed(text, bodyStart, end);
    if (restEnd <= restStart) return;
  }
  if (bodyStart === start && captionLike(text, start, end)) {
    segments.push({ start, end, kind: 'caption' });
    return;
  }
  const lineSentences: Segment[] = [];
  splitLine(text, bodyStart, end, terminators, quoted, lineSentences);
  // A heading: one short unpunctuated line that is not several sentences run together.
  // A headline's own separators ("طرابلس تشتعل .. مقتل 6 في اشتباكات", "Libya: …") do not make it sentences.
  const heading =
    bodyStart === start &&
    (lineSentences.length === 1 || HEADLINE_SEPARATOR.test(text.slice(start, end))) &&
    !endsWithPunctuation(text, end) &&
    countWords(text, start, end) <= HEADING_MAX_WORDS;
  if (heading) segments.push({ start, end, kind: 'heading' });
  // One by one: a megabyte line may hold more sentences than a call may take arguments.
  else for (const sentence of lineSentences) segments.push(sentence);
}

export { splitClauses } from './clauses.ts';
