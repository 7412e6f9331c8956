/**
 * The character folding table behind `normalise`: one Uint16 entry per UTF-16 code unit.
 *
 * An entry below 32 is a class (the control characters it would stand for are never produced):
 * DELETE drops the unit, NEWLINE starts or extends a whitespace run, CARRIAGE_RETURN is a
 * newline that swallows a following '\n', EXPANSION means the unit becomes several units (see
 * `EXPANSIONS`). SPACE (32, ' ') also starts or extends a whitespace run. Any other entry is the code
 * unit to write.
 *
 * Folding choices (for matching only; the original text is always kept):
 * - Arabic harakat, Quranic marks, superscript alef, tatweel: removed.
 * - أ إ آ ٱ ٲ ٳ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي (hamza seats fold to their carrier letter, so
 *   "مسؤول"/"مسئول"/"مسوول" all meet, and "رئيس"/"ريس" meet); the bare hamza ء is kept.
 * - Persian and Urdu letters seen in Arabic copy: ی → ي, ک → ك, ە ۀ ھ ہ ۃ → ه, گ → ك, ڤ ڥ → ف, ڨ → ق.
 * - Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII; ٫ → '.', ٬ → ',', ٪ → '%'.
 * - Arabic punctuation ، ؛ ؟ is KEPT as is (the splitters and parsers accept both scripts).
 * - Latin, Greek, Cyrillic: lower-cased, accents stripped (é → e, İ → i); full-width forms → ASCII.
 * - Presentation forms and ligatures (ﻻ, ﷲ, ﬁ) → their letters through NFKC, then folded as above.
 * - ’ ‘ → ' (so "Libya’s" and "Libya's" meet). Other punctuation is kept.
 * - Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), soft hyphen, bidi marks and other
 *   control characters are removed: they are invisible, so the reader sees the letters as joined.
 * - Spaces, tabs, NBSP and the other Unicode spaces form runs; line breaks (\n, \r\n, \r, U+2028,
 *   U+2029, VT, FF, NEL) are newlines.
 */

export const DELETE = 0;
/** Spaces map to ' ' itself; runs are collapsed by `normalise`. */
export const SPACE = 32;
export const NEWLINE = 2;
export const CARRIAGE_RETURN = 3;
export const EXPANSION = 4;
/** A UTF-16 surrogate: a valid pair is copied, a lone one becomes U+FFFD. */
export const SURROGATE = 5;

/** Strings for code units whose entry is EXPANSION (index = code unit). */
export const EXPANSIONS: (string | undefined)[] = [];

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;

  const setRange = (from: number, to: number, value: number): void => {
    for (let code = from; code <= to; code++) table[code] = value;
  };

  // Latin, Greek and Cyrillic letters: strip accents and lower-case.
  const foldLetter = (code: number): void => {
    const folded = String.fromCharCode(code)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    setFolded(code, folded);
  };
  const setFolded = (code: number, folded: string): void => {
    if (folded.length === 0) table[code] = DELETE;
    else if (folded.length === 1) table[code] = folded.charCodeAt(0);
    else {
      table[code] = EXPANSION;
      EXPANSIONS[code] = folded;
    }
  };
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 0x20;
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x370, 0x3ff],
    [0x400, 0x4ff],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let code = from; code <= to; code++) foldLetter(code);
  }

  // Control characters.
  setRange(0x00, 0x1f, DELETE);
  setRange(0x7f, 0x9f, DELETE);
  table[0x09] = SPACE;
  table[0x0a] = NEWLINE;
  table[0x0b] = NEWLINE;
  table[0x0c] = NEWLINE;
  table[0x0d] = CARRIAGE_RETURN;
  table[0x85] = NEWLINE;
  table[0x2028] = NEWLINE;
  table[0x2029] = NEWLINE;

  // Spaces.
  table[0x20] = SPACE;
  table[0xa0] = SPACE;
  table[0x1680] = SPACE;
  setRange(0x2000, 0x200a, SPACE);
  table[0x202f] = SPACE;
  table[0x205f] = SPACE;
  table[0x3000] = SPACE;

  // Invisible characters: zero-width, bidi controls, soft hyphen, BOM, variation selectors.
  table[0xad] = DELETE;
  table[0x034f] = DELETE;
  table[0x061c] = DELETE;
  table[0x180e] = DELETE;
  setRange(0x200b, 0x200f, DELETE);
  setRange(0x202a, 0x202e, DELETE);
  setRange(0x2060, 0x206f, DELETE);
  setRange(0xfe00, 0xfe0f, DELETE);
  table[0xfeff] = DELETE;

  // Combining marks (Latin accents and others) and Arabic diacritics.
  setRange(0x0300, 0x036f, DELETE);
  setRange(0x0483, 0x0489, DELETE);
  setRange(0x0610, 0x061a, DELETE);
  setRange(0x064b, 0x065f, DELETE);
  table[0x0670] = DELETE;
  setRange(0x06d6, 0x06dc, DELETE);
  setRange(0x06df, 0x06e8, DELETE);
  setRange(0x06ea, 0x06ed, DELETE);
  setRange(0x08d3, 0x08e1, DELETE);
  setRange(0x08e3, 0x08ff, DELETE);
  table[0x0640] = DELETE; // tatweel
  setRange(0x1ab0, 0x1aff, DELETE);
  setRange(0x1dc0, 0x1dff, DELETE);
  setRange(0x20d0, 0x20ff, DELETE);

  // Arabic letters.
  const alef = 0x0627;
  for (const code of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675]) table[code] = alef;
  table[0x0649] = 0x064a; // ى → ي
  table[0x0629] = 0x0647; // ة → ه
  table[0x0624] = 0x0648; // ؤ → و
  table[0x0626] = 0x064a; // ئ → ي
  table[0x06cc] = 0x064a; // Farsi yeh
  table[0x06d0] = 0x064a;
  table[0x06a9] = 0x0643; // keheh → kaf
  table[0x06af] = 0x0643; // gaf → kaf
  for (const code of [0x06be, 0x06c0, 0x06c1, 0x06c2, 0x06c3, 0x06d5]) table[code] = 0x0647;
  table[0x06a4] = 0x0641; // veh → feh
  table[0x06a5] = 0x0641;
  table[0x06a8] = 0x0642; // Maghrebi qaf with three dots (g) → qaf
  table[0x066e] = 0x0628; // dotless beh
  table[0x066f] = 0x0642; // dotless qaf

  // Digits and Arabic number punctuation.
  for (let digit = 0; digit < 10; digit++) {
    table[0x0660 + digit] = 0x30 + digit;
    table[0x06f0 + digit] = 0x30 + digit;
    table[0x07c0 + digit] = 0x30 + digit; // N'Ko digits, rare but harmless
  }
  table[0x066b] = 0x2e; // ٫ decimal separator
  table[0x066c] = 0x2c; // ٬ thousands separator
  table[0x066a] = 0x25; // ٪

  table[0x2018] = 0x27;
  table[0x2019] = 0x27;

  // Compatibility forms (full-width ASCII, Latin ligatures, Arabic presentation forms) through NFKC,
  // then through the table built so far.
  const foldThroughTable = (text: string): string => {
    let out = '';
    for (let index = 0; index < text.length; index++) {
      const value = table[text.charCodeAt(index)] ?? DELETE;
      if (value === EXPANSION) out += EXPANSIONS[text.charCodeAt(index)] ?? '';
      else if (value >= 32) out += String.fromCharCode(value);
    }
    return out;
  };
  for (const [from, to] of [
    [0xfb00, 0xfb06],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefc],
    [0xff01, 0xff5e],
  ] as const) {
    for (let code = from; code <= to; code++) {
      const original = String.fromCharCode(code);
      const compatible = original.normalize('NFKC');
      if (compatible === original || compatible.length > 4) continue;
      setFolded(code, foldThroughTable(compatible));
    }
  }
  setRange(0xd800, 0xdfff, SURROGATE);
  return table;
}

export const FOLD_TABLE: Uint16Array = buildTable();
