/**
 * Whether a place name is a dateline ("طرابلس - (وكالات)", "واشنطنطرابلس (وكالات)", "TRIPOLI (Reuters) -"):
 * the name opens the text, a line or a sentence, and is followed by a dash, a colon or a bracketed
 * source. A dateline names where the story was filed, not where the event happened.
 */

import { findDateline } from '../text/datelines.ts';
import { WORD_TABLE } from '../text/word-characters.ts';
import { DATELINE_SOURCES, LIBYA_WORDS } from './cues.ts';

const WORD: Uint8Array = WORD_TABLE;

function isWordCode(code: number): boolean {
  return WORD[code] === 1;
}

function isDashCode(code: number): boolean {
  return (
    code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2012 || code === 0x2015 || code === 0x0640
  );
}

/** Start of the token holding `position` (a glued token "واشنطنطرابلس" starts at its first letter). */
function tokenStart(text: string, position: number): number {
  let index = position;
  while (index > 0 && isWordCode(text.charCodeAt(index - 1))) index--;
  return index;
}

/** The token opens the text, a line or a sentence. */
function opensUnit(text: string, start: number): boolean {
  let index = start;
  while (index > 0) {
    const code = text.charCodeAt(index - 1);
    if (code === 32 || code === 9 || code === 0xa0 || code === 34 || code === 0xab) index--;
    else break;
  }
  if (index === 0) return true;
  const code = text.charCodeAt(index - 1);
  return code === 10 || code === 46 || code === 33 || code === 63 || code === 0x061f;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 0xa0)) index++;
  return index;
}

export function isDatelineAt(text: string, start: number, end: number): boolean {
  const first = tokenStart(text, start);
  if (!opensUnit(text, first)) return false;
  let index = end;
  // A glued token ("واشنطنطرابلس"): the dateline mark comes after the whole token.
  while (index < text.length && isWordCode(text.charCodeAt(index))) index++;
  index = skipSpaces(text, index);
  // "TRIPOLI, Libya (Reuters)", "بنغازي (ليبيا) -": a country after the place.
  const comma = text.charCodeAt(index);
  if (comma === 44 || comma === 0x060c) {
    index = skipSpaces(text, index + 1);
    const word = /^[\p{L}]+/u.exec(text.slice(index, index + 20))?.[0] ?? '';
    if (LIBYA_WORDS.has(word)) index += word.length;
    index = skipSpaces(text, index);
  }
  const code = text.charCodeAt(index);
  if (isDashCode(code) || code === 58) return true;
  if (code === 40 || code === 0xab) {
    const close = text.indexOf(code === 40 ? ')' : '»', index + 1);
    if (close < 0 || close - index > 40) return false;
    const inside = text.slice(index + 1, close).trim();
    if (DATELINE_SOURCES.has(inside) || LIBYA_WORDS.has(inside)) return true;
    return inside.split(' ').length <= 3 && /[-–—:]/.test(text.slice(close + 1, close + 4));
  }
  const datelineEnd = findDateline(text, first, lineEnd(text, first));
  return datelineEnd > end;
}
