/**
 * Numbers in normalised news text: digits, Arabic number words in all their gender and case forms
 * and combinations (ثلاثة وعشرين، مئة وخمسون، ثلاثة آلاف), English number words (twenty-five, a
 * dozen, one hundred and twenty), ranges (بين 5 و7، between 5 and 7, 5-7) and vague quantities
 * (عشرات، dozens: see `number-words.ts` for the convention), each tied to the noun it counts.
 *
 * A mention's span covers its qualifier words and the number ("ما لا يقل عن 43"); the noun has its
 * own span. Day numbers next to a month name, years, clock times and percentages are not counts and
 * are left out.
 */

import {
  LINK_WORDS,
  MAXIMUM_MODIFIERS,
  NOT_NOUNS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  TOLL_WORDS,
  nounCategory,
} from './counted-nouns.ts';
import type { CountedCategory, NumberQualifier } from './counted-nouns.ts';
import { monthAt } from './months.ts';
import { normaliseTerm } from './normalise.ts';
import { ARABIC_NUMBER_WORDS } from './number-words.ts';
import { parseNumberAt, parseArabic } from './number-parsing.ts';
import type { ParsedNumber } from './number-parsing.ts';
import { NUMBER_ANCHOR, tokensIn } from './article-tokens.ts';
import { numberValue } from './tokens.ts';
import type { Token } from './tokens.ts';

export type { CountedCategory, NumberQualifier } from './counted-nouns.ts';

export interface NumberMention {
  start: number;
  end: number;
  value: number;
  high: number | null;
  qualifier: NumberQualifier;
  noun: { start: number; end: number; category: CountedCategory } | null;
}

/** Words before tokens[index] matching one of the qualifier phrases: the qualifier and its first token. */
function qualifierBefore(
  list: readonly string[],
  index: number,
): { qualifier: NumberQualifier; first: number } | null {
  let best: { qualifier: NumberQualifier; first: number } | null = null;
  for (const { words: phrase, qualifier } of QUALIFIERS_BEFORE) {
    const first = index - phrase.length;
    if (first < 0 || (best !== null && first >= best.first)) continue;
    let matches = true;
    for (let offset = 0; offset < phrase.length && matches; offset++) {
      const word = list[first + offset] as string;
      const wanted = phrase[offset] as string;
      matches =
        word === wanted ||
        (offset === 0 &&
          word.length === wanted.length + 1 &&
          word.endsWith(wanted) &&
          'وبل'.includes(word[0] ?? ''));
    }
    if (matches) best = { qualifier, first };
  }
  return best;
}

function qualifierAfter(
  list: readonly string[],
  index: number,
): { qualifier: NumberQualifier; last: number } | null {
  for (const { words: phrase, qualifier } of QUALIFIERS_AFTER) {
    if (phrase.every((word, offset) => list[index + offset] === word))
      return { qualifier, last: index + phrase.length };
  }
  return null;
}

const HYPHENED_TIME = /^(second|minute|hour|day|night|week|month|year|decade)s?$/;

/** Whether the number is a date, a year, a clock time or a percentage rather than a count. */
function isNotACount(tokens: readonly Token[], list: readonly string[], parsed: ParsedNumber): boolean {
  const first = tokens[parsed.first] as Token;
  const next = list[parsed.last];
  // "the eight-month conflict", "a 10-day truce", "a two-year-old girl": a number hyphened to a unit of time
  // measures, it counts no one.
  if (next === '-' && HYPHENED_TIME.test(list[parsed.last + 1] ?? '')) return true;
  if (first.kind === 'number') {
    const value = numberValue(first.text);
    if (next === '%' || next === 'بالميه' || next === 'percent' || next === 'بالمايه') return true;
    if (next === ':' && tokens[parsed.last + 1]?.kind === 'number') return true; // 10:30
    if (next === '/' && tokens[parsed.last + 1]?.kind === 'number') return true; // 19/9/2016
    const previous = list[parsed.first - 1];
    // "10:30", "19/9": the second half; not a count after a heading's colon ("On Sunday: 5 dead").
    if ((previous === ':' || previous === '/') && tokens[parsed.first - 2]?.kind === 'number') return true;
    if (previous === 'الساعه' || previous === 'ساعه') return true;
    // "19th", "1st": an ordinal, not a count.
    if (
      (next === 'st' || next === 'nd' || next === 'rd' || next === 'th') &&
      first.end === tokens[parsed.last]?.start
    ) {
      return true;
    }
    const linked = next === 'من' || next === 'of' ? 1 : 0;
    if (value >= 1 && value <= 31 && monthAt(list, parsed.last + linked) !== null) return true; // 19 (من) سبتمبر
    // "September 19", "Sept. 19", "كانون الثاني 2016"
    const dot = previous === '.' ? 1 : 0;
    const monthBefore =
      parsed.first >= 1 + dot &&
      (monthAt(list, parsed.first - 1 - dot) !== null || monthAt(list, parsed.first - 2 - dot)?.words === 2);
    if (monthBefore && ((value >= 1 && value <= 31) || (value >= 1300 && value <= 2100))) return true;
    if (Number.isInteger(value) && value >= 1900 && value <= 2100 && !first.text.includes(',')) {
      return nounCategory(next) === null;
    }
    if (previous === 'عام' || previous === 'سنه' || previous === 'العام' || previous === 'year')
      return value >= 1000;
  }
  return false;
}

function rangeHigh(
  tokens: readonly Token[],
  list: readonly string[],
  parsed: ParsedNumber,
  between: boolean,
): ParsedNumber | null {
  const joiner = list[parsed.last];
  let start = parsed.last + 1;
  const joiners = between ? ['و', 'and', '-'] : ['الي', 'to', '-', 'او', 'or', 'حتي'];
  if (joiner === undefined || !joiners.includes(joiner)) {
    // "بين خمسة وسبعة": the و is glued to the second number.
    if (!between || joiner === undefined || !joiner.startsWith('و')) return null;
    start = parsed.last;
  }
  const high = start === parsed.last ? parseArabic(list, start) : parseNumberAt(tokens, list, start);
  if (high === null || high.vague || high.dual || high.value <= parsed.value) return null;
  return high;
}

function isLatinWord(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 97 && code <= 122;
}

/**
 * The noun a number counts, after it: right after it (Arabic adjectives follow their noun), after
 * link words (من، of, its, the) or, in English, after up to three modifiers ("17 suspected IS
 * militants"). Without a known noun, the first word after the number is an 'other' noun.
 */
function nounAfter(
  tokens: readonly Token[],
  list: readonly string[],
  index: number,
): { start: number; end: number; category: CountedCategory; last: number } | null {
  let other: Token | null = null;
  let otherPosition = index;
  let modifiers = 0;
  for (let position = index; position < tokens.length && position - index <= 6; position++) {
    const token = tokens[position] as Token;
    const word = list[position] as string;
    const category = nounCategory(word, true);
    if (category !== null) return { start: token.start, end: token.end, category, last: position + 1 };
    if (token.kind === 'number') break;
    if (token.kind === 'punctuation') {
      // "17 U.S. soldiers": the dots of an abbreviation among English modifiers.
      if (other !== null && isLatinWord(other.text) && (token.text === '.' || token.text === '-')) continue;
      break;
    }
    if (LINK_WORDS.has(word)) continue;
    // "بمقتل 4 وإصابة 7": a conjunction right after the number starts another phrase.
    if (other === null && word.startsWith('و') && word.length > 3 && !isLatinWord(word)) break;
    // A function word ends the search ("28 cadets and wounded 33"), except "IS" among English
    // modifiers, a name there ("17 suspected IS militants").
    if (NOT_NOUNS.has(word) && (other === null || word !== 'is')) break;
    if (other === null) {
      other = token;
      otherPosition = position;
    }
    if (!isLatinWord(word) || ++modifiers > MAXIMUM_MODIFIERS) break;
  }
  return other === null
    ? null
    : { start: other.start, end: other.end, category: 'other', last: otherPosition + 1 };
}

function nounBefore(
  tokens: readonly Token[],
  list: readonly string[],
  index: number,
): { start: number; end: number; category: CountedCategory } | null {
  // "قتيل واحد": the noun right before "one"/"two".
  for (let back = 1; back <= 5; back++) {
    const position = index - back;
    const token = tokens[position];
    if (token === undefined || token.kind === 'number') return null;
    if (token.kind === 'punctuation' && token.text !== '-') return null;
    const word = list[position] as string;
    const toll = TOLL_WORDS.get(word);
    if (toll !== undefined) return { start: token.start, end: token.end, category: toll };
    const category = nounCategory(word);
    // "عدد القتلى (إلى) 11", "the number of dead rose to 11".
    if (category !== null && (list[position - 1] === 'عدد' || list[position - 1] === 'of' || back === 1)) {
      return { start: token.start, end: token.end, category };
    }
  }
  return null;
}

/**
 * Verbal nouns that a number follows as its object, not as its adjective: in "مقتل ثلاثة أشخاص" the
 * three count أشخاص, not مقتل.
 */
const EVENT_NOUNS: ReadonlySet<string> = new Set(
  'مقتل وفاة وفيات إصابة إصابات حصيلة جثة'.split(' ').map(normaliseTerm),
);

const EVENT_NOUN_PREFIXES = ['', 'و', 'ب', 'ف', 'ل', 'وب', 'ال', 'وال', 'بال', 'فال'];

function isEventNoun(word: string): boolean {
  for (const prefix of EVENT_NOUN_PREFIXES) {
    if (word.startsWith(prefix) && EVENT_NOUNS.has(word.slice(prefix.length))) return true;
  }
  return false;
}

/** "ثلاثة منهم": a part of the noun before, not a count of it. */
const PARTITIVE_AFTER: ReadonlySet<string> = new Set(['منهم', 'منهن', 'منها', 'من']);

/**
 * Arabic puts a number word after its noun, as an adjective ("مدنيين اثنين", "جنود ثلاثة"): the
 * counted noun right before a number word is the one it counts, whatever follows the number.
 */
function nounRightBefore(
  tokens: readonly Token[],
  list: readonly string[],
  parsed: ParsedNumber,
): { start: number; end: number; category: CountedCategory } | null {
  const numberToken = tokens[parsed.first] as Token;
  const previous = tokens[parsed.first - 1];
  if (numberToken.kind !== 'word' || previous === undefined || previous.kind !== 'word') return null;
  // isArabicLetterCode, inlined (it runs for every number word).
  const code = numberToken.text.charCodeAt(0);
  if (!((code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3))) return null;
  const word = list[parsed.first - 1] as string;
  if (isEventNoun(word) || PARTITIVE_AFTER.has(list[parsed.last] ?? '')) return null;
  const category = nounCategory(word);
  return category === null ? null : { start: previous.start, end: previous.end, category };
}

/** The number word "two" (اثنين، اثنتان …) after a dual noun only repeats it: "طفلين اثنين". */
function repeatsTwo(list: readonly string[], index: number): boolean {
  const entry = ARABIC_NUMBER_WORDS.get(list[index] ?? '');
  return entry !== undefined && entry.value === 2 && entry.kind === 'unit' && entry.boundOnly !== true;
}

export function findNumbers(text: string, start?: number, end?: number): NumberMention[] {
  const mentions: NumberMention[] = [];
  if (typeof text !== 'string') return mentions;
  const from = Math.max(0, Math.min(text.length, start ?? 0));
  const to = Math.max(from, Math.min(text.length, end ?? text.length));
  const { tokens, words: list, anchors } = tokensIn(text, from, to);
  let index = 0;
  while (index < tokens.length) {
    if (((anchors[index] as number) & NUMBER_ANCHOR) === 0) {
      index++;
      continue;
    }
    const parsed = parseNumberAt(tokens, list, index);
    if (parsed === null) {
      index++;
      continue;
    }
    if (parsed.dual) {
      const token = tokens[index] as Token;
      const category = nounCategory(list[index]) ?? 'other';
      const repeated = repeatsTwo(list, index + 1);
      mentions.push({
        start: token.start,
        end: repeated ? (tokens[index + 1] as Token).end : token.end,
        value: 2,
        high: null,
        qualifier: 'exact',
        noun: { start: token.start, end: token.end, category },
      });
      index += repeated ? 2 : 1;
      continue;
    }
    if (isNotACount(tokens, list, parsed)) {
      index = parsed.last;
      continue;
    }
    const before = qualifierBefore(list, parsed.first);
    const between = ['بين', 'between'].includes(list[parsed.first - 1] ?? '');
    const high = rangeHigh(tokens, list, parsed, between);
    const numberEnd = high?.last ?? parsed.last;
    let noun: { start: number; end: number; category: CountedCategory; last?: number } | null =
      high === null ? nounRightBefore(tokens, list, parsed) : null;
    noun ??= nounAfter(tokens, list, numberEnd);
    if (noun === null || (noun.category === 'other' && parsed.value <= 2)) {
      const previous = nounBefore(tokens, list, parsed.first);
      if (previous !== null) noun = previous;
    }
    const after = qualifierAfter(list, noun?.last ?? numberEnd);
    const qualifier: NumberQualifier = parsed.vague
      ? 'vague'
      : (before?.qualifier ?? after?.qualifier ?? 'exact');
    const firstToken = tokens[between ? parsed.first - 1 : (before?.first ?? parsed.first)] as Token;
    const lastToken = tokens[numberEnd - 1] as Token;
    mentions.push({
      start: firstToken.start,
      end: lastToken.end,
      value: parsed.value,
      high: high?.value ?? null,
      qualifier,
      noun: noun === null ? null : { start: noun.start, end: noun.end, category: noun.category },
    });
    index = Math.max(numberEnd, index + 1);
  }
  return mentions;
}
