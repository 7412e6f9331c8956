/**
 * Which UTF-16 code units are word characters (letters, digits and combining marks of any script),
 * as one table so boundary checks in hot loops are a single lookup. Built once from Unicode
 * properties; surrogates count as non-word characters.
 */

function buildWordTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (word.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
}

/** WORD_TABLE[code] is 1 for a word character, 0 otherwise. */
export const WORD_TABLE: Uint8Array = buildWordTable();

export function isWordCode(code: number): boolean {
  return WORD_TABLE[code] === 1;
}

/** True when `text[index]` exists and is a word character. */
export function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_TABLE[text.charCodeAt(index)] === 1;
}

/** Arabic letters (after normalisation: ء to ي, plus the extended block). */
export function isArabicLetterCode(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3);
}
