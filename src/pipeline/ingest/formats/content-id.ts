/**
 * Article ids made from content: the same text uploaded twice gets the same id (and replaces itself in the
 * library instead of doubling), while different texts from files with the same name stay apart.
 */

/** 64-bit FNV-1a over the UTF-16 code units, as 16 hex digits. One pass, no allocation per character. */
export function contentHash(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let index = 0; index < text.length; index++) {
    low = (low ^ text.charCodeAt(index)) >>> 0;
    // Multiply the 64-bit value (high, low) by the FNV prime 0x100000001b3.
    const lowTimes = low * 0x1b3;
    const carry = Math.floor(lowTimes / 0x100000000);
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = lowTimes >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/** A readable, stable id: the file's base name (letters, digits and dashes only) and a content hash. */
export function contentId(baseName: string, text: string): string {
  const readable = baseName
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const hash = contentHash(text).slice(0, 12);
  return readable.length > 0 ? `${readable}-${hash}` : hash;
}
