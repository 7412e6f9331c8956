/**
 * Stable event ids: a 128-bit hash of what identifies an extracted event (its article, the offsets of its evidence
 * and its type), so that a correction keyed by id survives re-extraction of the same text. 128 bits (32 hex digits)
 * keep the chance that two of 100 million events share an id below one in 10^22; the 53-bit ids of earlier versions
 * (`legacyEventId`) had a 43 % chance of one such pair at that size, which would have merged their corrections.
 */

/** The 32-bit finaliser of MurmurHash3: every input bit reaches every output bit. */
function mix(value: number): number {
  let hash = value;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

function hex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/**
 * A 128-bit string hash as 32 hex digits: four 32-bit lanes, each fed every code unit with its own rotation and
 * multiplier, then the lanes mixed into each other (and the length) before each is finalised.
 */
export function hashString128(value: string): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  let c = 0xc2b2ae35;
  let d = 0x27d4eb2f;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    a = Math.imul(((a ^ code) << 5) | ((a ^ code) >>> 27), 0xcc9e2d51);
    b = Math.imul(((b ^ code) << 11) | ((b ^ code) >>> 21), 0x1b873593);
    c = Math.imul(((c ^ code) << 17) | ((c ^ code) >>> 15), 0x38b34ae5);
    d = Math.imul(((d ^ code) << 23) | ((d ^ code) >>> 9), 0xa1e38b93);
  }
  const length = value.length;
  a = (a ^ length) >>> 0;
  b = (b ^ length) >>> 0;
  a = (a + b + c + d) >>> 0;
  b = (b + a) >>> 0;
  c = (c + a) >>> 0;
  d = (d + a) >>> 0;
  a = mix(a);
  b = mix(b);
  c = mix(c);
  d = mix(d);
  a = (a + b + c + d) >>> 0;
  b = (b + a) >>> 0;
  c = (c + a) >>> 0;
  d = (d + a) >>> 0;
  return hex(a) + hex(b) + hex(c) + hex(d);
}

/** The 53-bit hash of earlier versions (two interleaved 32-bit multiplicative hashes), as 14 hex digits. */
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

function identity(articleId: string, start: number, end: number, kind: string): string {
  return `${articleId}\u0000${start}\u0000${end}\u0000${kind}`;
}

/** An event's id (32 hex digits) from its article, the offsets of its first evidence span and its kind. */
export function eventId(articleId: string, start: number, end: number, kind: string): string {
  return hashString128(identity(articleId, start, end, kind));
}

/** The id the same event had before ids were widened (14 hex digits); read only to carry old corrections over. */
export function legacyEventId(articleId: string, start: number, end: number, kind: string): string {
  return hashString(identity(articleId, start, end, kind));
}

/** Whether an id is one of the 53-bit ids of earlier versions (14 hex digits). */
export function isLegacyEventId(id: string): boolean {
  return id.length === 14 && /^[0-9a-f]{14}$/.test(id);
}
