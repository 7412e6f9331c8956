/**
 * Tokens of ranges of a text, each carrying flags telling whether a date or a number may start
 * there, so the parsers run only at those tokens. The extractor reads dates and then numbers of the
 * same sentence (the last range is kept), and sometimes the dates of the whole text first: once the
 * whole text is read, its tokens are kept and every later range of it is a slice of them. Before
 * that, a range is tokenized alone (most sentences of an article are never read). Quotations of the
 * whole text are found once per text.
 *
 * A range whose ends fall inside a token ("19/9/20|16") is always tokenized on its own: a range read
 * alone gives exactly the tokens `tokenize(text, start, end)` gives.
 */

import { DATE_ANCHOR_WORDS, NUMBER_TOKEN_STARTS } from './date-anchors.ts';
import { NUMBER_ANCHOR_WORDS } from './number-parsing.ts';
import { quotedRanges } from './quotes.ts';
import type { QuotedRange } from './quotes.ts';
import { hashWord, tokenizeHashed } from './tokens.ts';
import type { Token } from './tokens.ts';

/** A number may start at this token; the bits below it are the date parsers' (`date-anchors.ts`). */
export const NUMBER_ANCHOR = 1 << 12;

/**
 * Anchor words in an open-addressing table keyed by `hashWord`, so a token is looked up by the hash
 * the tokenizer computed while reading it, without hashing its string again.
 */
class AnchorTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly bits: number[] = [];

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (const [word, bits] of entries) {
      let slot = hashWord(word) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.words.length;
      this.words.push(word);
      this.bits.push(bits);
    }
  }

  /** The anchor bits of `word`, whose `hashWord` is `hash`. */
  get(word: string, hash: number): number {
    const slots = this.slots;
    let slot = hash & this.mask;
    for (;;) {
      const entry = slots[slot] as number;
      if (entry === -1) return 0;
      if (this.words[entry] === word) return this.bits[entry] as number;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Every word some date or number parser may start at, with its anchor bits. */
const ANCHOR_WORDS = new AnchorTable(
  (() => {
    const anchors = new Map(DATE_ANCHOR_WORDS);
    for (const word of NUMBER_ANCHOR_WORDS) anchors.set(word, (anchors.get(word) ?? 0) | NUMBER_ANCHOR);
    return anchors;
  })(),
);

/** Hashes of the tokens being read, reused from text to text. */
const scratch = { hashes: new Int32Array(1024) };

export interface TokenRange {
  tokens: readonly Token[];
  /** Token texts. */
  words: readonly string[];
  /** Anchor bits (date parsers, NUMBER_ANCHOR), one entry per token. */
  anchors: Uint16Array;
}

interface ArticleTokens {
  text: string;
  tokens: Token[];
  words: string[];
  anchors: Uint16Array;
}

let cached: ArticleTokens | null = null;
let cachedQuotes: { text: string; quotes: readonly QuotedRange[] } | null = null;
/** The range read last: the extractor reads dates and then numbers of the same sentence. */
let lastRange: { text: string; start: number; end: number; range: TokenRange } | null = null;

/** Tokens of text[start, end) with their anchor bits. */
function anchoredTokens(text: string, start: number, end: number): { tokens: Token[]; anchors: Uint16Array } {
  const tokens = tokenizeHashed(text, start, end, scratch);
  const hashes = scratch.hashes;
  const anchors = new Uint16Array(tokens.length);
  const table = ANCHOR_WORDS;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    anchors[index] =
      token.kind === 'number'
        ? NUMBER_TOKEN_STARTS | NUMBER_ANCHOR
        : table.get(token.text, hashes[index] as number);
  }
  return { tokens, anchors };
}

function articleTokens(text: string): ArticleTokens {
  if (cached !== null && cached.text === text) return cached;
  const { tokens, anchors } = anchoredTokens(text, 0, text.length);
  const words = new Array<string>(tokens.length);
  for (let index = 0; index < tokens.length; index++) words[index] = (tokens[index] as Token).text;
  cached = { text, tokens, words, anchors };
  return cached;
}

/** Index of the first token ending after `position`. */
function firstEndingAfter(tokens: readonly Token[], position: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first token starting at or after `position`. */
function firstStartingFrom(tokens: readonly Token[], position: number, low: number): number {
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The tokens of text[start, end) (0 ≤ start ≤ end ≤ text.length), with their anchor flags. */
export function tokensIn(text: string, start: number, end: number): TokenRange {
  if (lastRange !== null && lastRange.start === start && lastRange.end === end && lastRange.text === text)
    return lastRange.range;
  const range = readRange(text, start, end);
  lastRange = { text, start, end, range };
  return range;
}

function readRange(text: string, start: number, end: number): TokenRange {
  // Until the whole text is read once, a range is tokenized alone: most sentences of an article are
  // never read, and a range read alone gives the same tokens as the whole text's.
  if ((cached === null || cached.text !== text) && (start > 0 || end < text.length)) {
    const { tokens, anchors } = anchoredTokens(text, start, end);
    return { tokens, words: tokens.map((token) => token.text), anchors };
  }
  const article = articleTokens(text);
  const all = article.tokens;
  const first = firstEndingAfter(all, start);
  const last = firstStartingFrom(all, end, first);
  const straddlesStart = first < all.length && (all[first] as Token).start < start;
  const straddlesEnd = last > first && (all[last - 1] as Token).end > end;
  if (straddlesStart || straddlesEnd) {
    const { tokens, anchors } = anchoredTokens(text, start, end);
    return { tokens, words: tokens.map((token) => token.text), anchors };
  }
  if (first === 0 && last === all.length) return article;
  return {
    tokens: all.slice(first, last),
    words: article.words.slice(first, last),
    anchors: article.anchors.subarray(first, last),
  };
}

/** Quoted ranges of the whole text (`quotedRanges`), found once per text. */
export function quotesOf(text: string): readonly QuotedRange[] {
  if (cachedQuotes === null || cachedQuotes.text !== text)
    cachedQuotes = { text, quotes: quotedRanges(text) };
  return cachedQuotes.quotes;
}
