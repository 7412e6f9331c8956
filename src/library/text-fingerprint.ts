import { normalise } from '../pipeline/text/normalise';

/**
 * The fingerprint of an article's text: the same text uploaded twice (even with different spacing, tatweel,
 * hamza or letter variants the normaliser folds) gives the same fingerprint. Synchronous and single-pass, so
 * it can run inside an IndexedDB upgrade transaction.
 */
export function textFingerprint(text: string): string {
  const folded = normalise(text).text;
  // Two multiplicative 32-bit lanes over the text with every whitespace run read as one space and the
  // leading and trailing runs dropped.
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  let length = 0;
  let pendingSpace = false;
  for (let index = 0; index < folded.length; index += 1) {
    const code = folded.charCodeAt(index);
    if (code === 32 || code === 10 || code === 13 || code === 9) {
      pendingSpace = length > 0;
      continue;
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
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  const high = (second >>> 0).toString(36);
  const low = (first >>> 0).toString(36);
  return `${length.toString(36)}-${high}-${low}`;
}
