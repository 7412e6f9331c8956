/**
 * Stable event ids: a 53-bit hash of what identifies an extracted event (its article, the offsets of
 * its evidence and its type), so that a correction keyed by id survives re-extraction of the same text.
 */

/** A 53-bit string hash (two interleaved 32-bit multiplicative hashes), as 14 hex digits. */
export function hashString(value: string): string {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  const combined = 4294967296 * (2097151 & second) + (first >>> 0);
  return combined.toString(16).padStart(14, '0');
}

export function eventId(articleId: string, start: number, end: number, subEventType: string): string {
  return hashString(`${articleId}\u0000${start}\u0000${end}\u0000${subEventType}`);
}
