/**
 * Word tokens of a normalised text, as typed arrays of offsets, so that "within three words of the
 * trigger" is a binary search rather than a scan.
 */
import { isWordCode } from '../text/index.ts';

export interface TokenIndex {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

export function indexTokens(text: string): TokenIndex {
  let capacity = 64;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    while (index < length && !isWordCode(text.charCodeAt(index))) index++;
    if (index >= length) break;
    const start = index;
    while (index < length && isWordCode(text.charCodeAt(index))) index++;
    if (count === capacity) {
      capacity *= 2;
      const nextStarts = new Int32Array(capacity);
      const nextEnds = new Int32Array(capacity);
      nextStarts.set(starts);
      nextEnds.set(ends);
      starts = nextStarts;
      ends = nextEnds;
    }
    starts[count] = start;
    ends[count] = index;
    count++;
  }
  return { starts, ends, count };
}

/** Index of the first token that ends after `position` (the token containing it, or the next one). */
export function tokenAt(tokens: TokenIndex, position: number): number {
  let low = 0;
  let high = tokens.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens.ends[middle] as number) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Number of whole tokens between two offsets (0 when they are adjacent words). */
export function tokensBetween(tokens: TokenIndex, from: number, to: number): number {
  if (to <= from) return 0;
  return Math.max(0, tokenAt(tokens, to) - tokenAt(tokens, from));
}
