/** Word-level steps over normalised text: the words just before or after a position. */

import { WORD_TABLE } from '../text/word-characters.ts';

/** A local reference: the table is read in tight loops. */
const WORD: Uint8Array = WORD_TABLE;

export function isWordCode(code: number): boolean {
  return WORD[code] === 1;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Up to `count` words ending before `position`, nearest first; stops at a line break or sentence end. */
export function wordsBefore(text: string, position: number, count: number): Word[] {
  const words: Word[] = [];
  let index = position;
  while (words.length < count && index > 0) {
    while (index > 0 && !isWordCode(text.charCodeAt(index - 1))) {
      const code = text.charCodeAt(index - 1);
      if (code === 10 || code === 46 || code === 33 || code === 63 || code === 0x061f || code === 0x061b)
        return words;
      index--;
    }
    const end = index;
    while (index > 0 && isWordCode(text.charCodeAt(index - 1))) index--;
    if (end > index) words.push({ text: text.slice(index, end), start: index, end });
  }
  return words;
}

/**
 * The words before a position, nearest first, read only as far as they are asked for: `at(0)` is the
 * word right before the position. Stops at a line break or sentence end, like `wordsBefore`. One
 * reader is reused for every name (`reset`), so reading the words before a name allocates only the
 * words it reads.
 */
export class WordsBefore {
  private text = '';
  /** Where reading continues backwards; -1 once a sentence end or the limit was reached. */
  private cursor = -1;
  private limit = 0;
  private readonly words: Word[] = [];

  reset(text: string, position: number, limit: number): this {
    this.text = text;
    this.cursor = position;
    this.limit = limit;
    this.words.length = 0;
    return this;
  }

  at(index: number): Word | undefined {
    while (this.words.length <= index && this.cursor >= 0) this.readOne();
    return this.words[index];
  }

  private readOne(): void {
    const text = this.text;
    let index = this.cursor;
    if (this.words.length >= this.limit || index <= 0) {
      this.cursor = -1;
      return;
    }
    while (index > 0 && WORD[text.charCodeAt(index - 1)] !== 1) {
      const code = text.charCodeAt(index - 1);
      if (code === 10 || code === 46 || code === 33 || code === 63 || code === 0x061f || code === 0x061b) {
        this.cursor = -1;
        return;
      }
      index--;
    }
    const end = index;
    while (index > 0 && WORD[text.charCodeAt(index - 1)] === 1) index--;
    if (end > index) this.words.push({ text: text.slice(index, end), start: index, end });
    this.cursor = index;
  }
}

/** Up to `count` words starting at or after `position`, in order; stops at a line break or sentence end. */
export function wordsAfter(text: string, position: number, count: number): Word[] {
  const words: Word[] = [];
  let index = position;
  const length = text.length;
  while (words.length < count && index < length) {
    while (index < length && !isWordCode(text.charCodeAt(index))) {
      const code = text.charCodeAt(index);
      if (code === 10 || code === 33 || code === 63 || code === 0x061f || code === 0x061b) return words;
      // A full stop ends the sentence unless it sits between digits (40.5).
      if (code === 46 && !(isDigit(text.charCodeAt(index - 1)) && isDigit(text.charCodeAt(index + 1))))
        return words;
      index++;
    }
    const start = index;
    while (index < length && isWordCode(text.charCodeAt(index))) index++;
    if (index > start) words.push({ text: text.slice(start, index), start, end: index });
  }
  return words;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The characters between two positions contain only spaces and commas (an apposition or a list). */
export function onlySpacing(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 0x060c && code !== 44 && code !== 10) return false;
  }
  return true;
}
