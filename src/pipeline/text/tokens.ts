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

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  // A local binding: some loaders compile imported bindings to getters.
  const wordTable = WORD_TABLE;
  const limit = Math.min(end, text.length);
  let index = Math.max(0, start);
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      index++;
      continue;
    }
    const from = index;
    if (isDigit(code)) {
      index++;
      for (;;) {
        while (index < limit && isDigit(text.charCodeAt(index))) index++;
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
      tokens.push({ start: from, end: index, text: text.slice(from, index), kind: 'number' });
      continue;
    }
    if (wordTable[code] === 1) {
      index++;
      while (index < limit) {
        const next = text.charCodeAt(index);
        if (wordTable[next] !== 1 || isDigit(next)) break;
        index++;
      }
      tokens.push({ start: from, end: index, text: text.slice(from, index), kind: 'word' });
      continue;
    }
    index++;
    tokens.push({ start: from, end: index, text: text.slice(from, index), kind: 'punctuation' });
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
