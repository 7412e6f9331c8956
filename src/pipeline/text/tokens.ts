/**
 * Tokens of normalised text for the number and date parsers: runs of letters, runs of digits (with
 * their decimal point and thousands commas: 1,500 and 2.5 are one token) and single punctuation
 * characters. Letters and digits glued together are separate tokens ("40كم" → "40", "كم";
 * "و7" → "و", "7"), so glued units and clitics need no special case downstream.
 */

import { WORD_TABLE } from './word-characters.ts';

export type TokenKind = 'word' | 'number' | 'punctuation';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Character classes of the tokenizer, one table lookup per character (0: punctuation). */
const SPACE = 1;
const DIGIT = 2;
const LETTER = 3;
const CHARACTER_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (WORD_TABLE[code] === 1) table[code] = LETTER;
  for (const code of [32, 10, 9, 13, 0xa0]) table[code] = SPACE;
  for (let code = 48; code <= 57; code++) table[code] = DIGIT;
  return table;
})();

/** FNV-1a over UTF-16 units: the hash `tokenizeHashed` gives each token, for lookups without slicing. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The `hashStep` hash of a whole word. */
export function hashWord(word: string): number {
  let hash = HASH_SEED;
  for (let index = 0; index < word.length; index++) hash = hashStep(hash, word.charCodeAt(index));
  return hash;
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  return tokenizeHashed(text, start, end, null);
}

/**
 * `tokenize`, also writing each word's and punctuation mark's `hashWord` into `hashes` (grown as
 * needed and returned through `out.hashes`) when given. Number tokens get hash 0.
 */
export function tokenizeHashed(
  text: string,
  start: number,
  end: number,
  out: { hashes: Int32Array } | null,
): Token[] {
  const tokens: Token[] = [];
  // A local binding: some loaders compile imported bindings to getters.
  const classes = CHARACTER_CLASS;
  const limit = Math.min(end, text.length);
  let hashes = out?.hashes ?? null;
  let index = Math.max(0, start);
  while (index < limit) {
    const code = text.charCodeAt(index);
    const kind = classes[code] as number;
    if (kind === SPACE) {
      index++;
      continue;
    }
    if (hashes !== null && out !== null && tokens.length >= hashes.length) {
      const grown = new Int32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
      out.hashes = grown;
    }
    const from = index;
    if (kind === DIGIT) {
      index++;
      for (;;) {
        while (index < limit && classes[text.charCodeAt(index)] === DIGIT) index++;
        const separator = text.charCodeAt(index);
        // 1,500 (a comma before exactly three digits) and 2.5 (a point between digits).
        if (
          separator === 44 &&
          index + 3 < limit &&
          isDigit(text.charCodeAt(index + 1)) &&
          isDigit(text.charCodeAt(index + 2)) &&
          isDigit(text.charCodeAt(index + 3)) &&
          (index + 4 >= limit || !isDigit(text.charCodeAt(index + 4)))
        ) {
          index += 4;
          continue;
        }
        if (separator === 46 && index + 1 < limit && isDigit(text.charCodeAt(index + 1))) {
          index += 2;
          continue;
        }
        break;
      }
      if (hashes !== null) hashes[tokens.length] = 0;
      tokens.push({ start: from, end: index, text: text.slice(from, index), kind: 'number' });
      continue;
    }
    let hash = hashStep(HASH_SEED, code);
    index++;
    if (kind === LETTER) {
      while (index < limit) {
        const next = text.charCodeAt(index);
        if (classes[next] !== LETTER) break;
        hash = hashStep(hash, next);
        index++;
      }
    }
    if (hashes !== null) hashes[tokens.length] = hash;
    tokens.push({
      start: from,
      end: index,
      text: text.slice(from, index),
      kind: kind === LETTER ? 'word' : 'punctuation',
    });
  }
  return tokens;
}

/** The value of a number token: "1,500" → 1500, "2.5" → 2.5. */
export function numberValue(token: string): number {
  let digits = '';
  for (let index = 0; index < token.length; index++) {
    const character = token[index] as string;
    if (character !== ',') digits += character;
  }
  const value = Number(digits);
  return Number.isFinite(value) ? value : Number.NaN;
}
