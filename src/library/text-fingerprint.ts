import { EXPANSION, EXPANSIONS, FOLD_TABLE, SURROGATE } from '../pipeline/text/fold-table';

/**
 * The fingerprint of an article's text: the same text uploaded twice (even with different spacing, tatweel,
 * hamza or letter variants the normaliser folds) gives the same fingerprint. Synchronous and single-pass, so
 * it can run inside an IndexedDB upgrade transaction.
 *
 * It reads the normaliser's folding table directly instead of building the normalised text: the code units
 * hashed are those of `normalise(text).text` with every whitespace run read as one space and the leading and
 * trailing runs dropped, so fingerprints saved by earlier versions still match.
 */
export function textFingerprint(text: string): string {
  const table = FOLD_TABLE;
  // Two multiplicative 32-bit lanes.
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  let length = 0;
  let pendingSpace = false;
  const feed = (code: number): void => {
    if (code === 32 || code === 10 || code === 13 || code === 9) {
      pendingSpace = length > 0;
      return;
    }
    if (pendingSpace) {
      first = Math.imul(first ^ 32, 2654435761);
      second = Math.imul(second ^ 32, 1597334677);
      length += 1;
      pendingSpace = false;
    }
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
    length += 1;
  };
  const source = typeof text === 'string' ? text : '';
  for (let index = 0; index < source.length; index += 1) {
    const code = source.charCodeAt(index);
    const value = table[code] as number;
    if (value > 32) {
      // The common case, inlined: a character the folding keeps or replaces by one other.
      if (pendingSpace) {
        first = Math.imul(first ^ 32, 2654435761);
        second = Math.imul(second ^ 32, 1597334677);
        length += 1;
        pendingSpace = false;
      }
      first = Math.imul(first ^ value, 2654435761);
      second = Math.imul(second ^ value, 1597334677);
      length += 1;
    } else if (value === 32 || (value > 0 && value < EXPANSION)) {
      // A space, a line break or a carriage return.
      pendingSpace = length > 0;
    } else if (value === SURROGATE) {
      const next = index + 1 < source.length ? source.charCodeAt(index + 1) : 0;
      if (code < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
        feed(code);
        feed(next);
        index += 1;
      } else {
        feed(0xfffd);
      }
    } else if (value === EXPANSION) {
      const expansion = EXPANSIONS[code] ?? '';
      for (let part = 0; part < expansion.length; part += 1) feed(expansion.charCodeAt(part));
    }
    // Anything else is deleted by the folding.
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  const high = (second >>> 0).toString(36);
  const low = (first >>> 0).toString(36);
  return `${length.toString(36)}-${high}-${low}`;
}
