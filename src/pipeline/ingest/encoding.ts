/**
 * Turning the bytes of a text file into a string: the encoding is detected, never assumed.
 * Order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); else UTF-16 without a mark, told by where its zero and
 * Arabic-block high bytes fall; else strict UTF-8; else the legacy Arabic code pages, Windows-1256 (Arabic saved
 * on Windows) and ISO-8859-6 (older Unix and mail), told apart statistically (`arabicDecodingScore`); else Latin-1
 * (Windows-1252) with a warning. Binary files (NUL bytes or many control characters) are refused with a
 * diagnostic instead of decoded. A guess the statistics cannot settle comes with a warning naming both readings.
 */
import type { Diagnostic } from '../types';

export type TextEncodingName =
  'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6' | 'windows-1252';

export interface DecodedText {
  /** The decoded text, or null when the bytes are not text (see diagnostics). */
  text: string | null;
  encoding: TextEncodingName | null;
  diagnostics: Diagnostic[];
}

/** How many bytes the binary check and the Arabic check look at: enough to judge, bounded for huge files. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of the non-ASCII characters that must be Arabic letters for Windows-1256 to be believed. */
const ARABIC_SHARE_FOR_1256 = 0.6;
/** Share of replaced characters among the non-ASCII ones below which damaged UTF-8 is still read as UTF-8. */
const MAX_REPLACED_SHARE_FOR_UTF8 = 0.01;
/** Share of control characters (other than tab, newline, carriage return, form feed) that marks a file as binary. */
const CONTROL_SHARE_FOR_BINARY = 0.05;

function withFile(diagnostic: Diagnostic, fileName: string | undefined): Diagnostic {
  return fileName === undefined ? diagnostic : { ...diagnostic, file: fileName };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let index = 0; index < prefix.length; index++) if (bytes[index] !== prefix[index]) return false;
  return true;
}

/** The encoding announced by a byte-order mark, with the mark's length, or null. */
export function encodingFromBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** True when the first bytes contain a NUL or too many control characters to be text in a single-byte encoding. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  if (end === 0) return false;
  let controls = 0;
  for (let index = 0; index < end; index++) {
    const byte = bytes[index] as number;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) {
      controls++;
    }
  }
  return controls / end > CONTROL_SHARE_FOR_BINARY;
}

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3) || code === 0x067e;
}

/** The share of non-ASCII characters in the sample that are Arabic letters (0 when there are none). */
function arabicShareOfNonAscii(text: string): number {
  let nonAscii = 0;
  let arabic = 0;
  const end = Math.min(text.length, SAMPLE_BYTES);
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    nonAscii++;
    if (isArabicLetter(code)) arabic++;
  }
  return nonAscii === 0 ? 0 : arabic / nonAscii;
}

/** Share of all letters that must be Arabic for ISO-8859-6 to be believed (Arabic prose with Latin names passes). */
const ARABIC_SHARE_OF_LETTERS = 0.5;

/** The share of the letters in the sample (ASCII and Arabic) that are Arabic. */
function arabicShareOfLetters(text: string): number {
  let latin = 0;
  let arabic = 0;
  const end = Math.min(text.length, SAMPLE_BYTES);
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
    else if (isArabicLetter(code)) arabic++;
  }
  return arabic + latin === 0 ? 0 : arabic / (arabic + latin);
}

/**
 * UTF-8 text with a few broken sequences (a file cut off mid-character, a stray byte) is still UTF-8:
 * the lenient decoding, when replacements are rare among the non-ASCII characters; otherwise null.
 */
function mostlyValidUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  // Replacements at the very end come from a cut-off last character: they do not count against UTF-8.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0xfffd) end--;
  let nonAscii = 0;
  let replaced = 0;
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd) replaced++;
  }
  return nonAscii > 0 && replaced <= nonAscii * MAX_REPLACED_SHARE_FOR_UTF8 ? text : null;
}

/** Share of the high bytes of UTF-16 code units that must be 0x00 (ASCII) or 0x06 (Arabic) to call it UTF-16. */
const UTF16_HIGH_SHARE = 0.9;
/** Share of the other bytes that may be zero in UTF-16 (hardly any: a low byte of 0 is a rare character). */
const UTF16_LOW_ZERO_SHARE = 0.05;

/**
 * UTF-16 without a byte-order mark: in news text nearly every code unit is ASCII or Arabic, so one of the two byte
 * positions is almost always 0x00 or 0x06 (the high byte) while the other almost never is 0x00. Null when the bytes
 * do not show that pattern.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (end < 8) return null;
  let highEven = 0;
  let highOdd = 0;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < end; index += 2) {
    const even = bytes[index] as number;
    const odd = bytes[index + 1] as number;
    if (even === 0 || even === 0x06 || even === 0x20) highEven++;
    if (odd === 0 || odd === 0x06 || odd === 0x20) highOdd++;
    if (even === 0) zeroEven++;
    if (odd === 0) zeroOdd++;
  }
  const units = end / 2;
  if (highOdd / units >= UTF16_HIGH_SHARE && zeroEven / units <= UTF16_LOW_ZERO_SHARE && zeroOdd > 0)
    return 'utf-16le';
  if (highEven / units >= UTF16_HIGH_SHARE && zeroOdd / units <= UTF16_LOW_ZERO_SHARE && zeroEven > 0)
    return 'utf-16be';
  return null;
}

function isHaraka(code: number): boolean {
  return code >= 0x064b && code <= 0x0652;
}

/** Letters that glue to the definite article as prefixes: و ف ب ك ل. */
function isArticlePrefix(code: number): boolean {
  return code === 0x0648 || code === 0x0641 || code === 0x0628 || code === 0x0643 || code === 0x0644;
}

export interface ArabicScore {
  /** Arabic letters in the sample. */
  letters: number;
  /** Words opening with the definite article ال (or a prefix and ال): about one word in four of Arabic prose. */
  articles: number;
  /** Characters no Arabic text holds among its letters: U+FFFD, C1 controls, Latin-1 letters and signs. */
  impossible: number;
  /** A vowel sign that follows no letter. */
  strayMarks: number;
}

/**
 * How much a decoding looks like Arabic prose. The two Arabic code pages agree on the letters ء to ض and differ
 * above: read in the wrong one, ل becomes ف or ن, the article ال disappears, and letters turn into Latin letters
 * with accents (à â ç è é ê), unassigned bytes (U+FFFD) or vowel signs after spaces.
 */
export function arabicDecodingScore(text: string): ArabicScore {
  const score: ArabicScore = { letters: 0, articles: 0, impossible: 0, strayMarks: 0 };
  const end = Math.min(text.length, SAMPLE_BYTES);
  let wordStart = true;
  let previous = 0x20;
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isArabicLetter(code)) {
      score.letters++;
      if (code === 0x0627 && text.charCodeAt(index + 1) === 0x0644) {
        // "ال" opening a word, or after one prefix letter that opens it ("وال", "بال").
        const prefixed = isArticlePrefix(previous) && !isArabicLetter(text.charCodeAt(index - 2));
        if (wordStart || prefixed) score.articles++;
      }
      wordStart = false;
    } else if (isHaraka(code)) {
      if (!isArabicLetter(previous) && !isHaraka(previous) && previous !== 0x0640) score.strayMarks++;
      wordStart = false;
    } else if (code === 0xfffd || (code >= 0x80 && code <= 0x9f) || (code >= 0xc0 && code <= 0xff)) {
      score.impossible++;
      wordStart = false;
    } else {
      wordStart = code <= 0x40 || code === 0x060c || code === 0x061b || code === 0x061f || code === 0xab;
    }
    previous = code;
  }
  return score;
}

/** One number per decoding: letters count, each definite article more, each impossible character much less. */
function plausibility(score: ArabicScore): number {
  return score.letters + 4 * score.articles - 8 * (score.impossible + score.strayMarks);
}

/** The lead (as a share of the letters) below which the choice between the two code pages is called unsure. */
const SURE_LEAD = 0.15;

interface ArabicChoice {
  text: string;
  encoding: 'windows-1256' | 'iso-8859-6';
  sure: boolean;
}

/** The better of the two Arabic readings of the bytes, or null when neither is mostly Arabic letters. */
function chooseArabicCodePage(bytes: Uint8Array): ArabicChoice | null {
  const windows = new TextDecoder('windows-1256').decode(bytes);
  let iso: string;
  try {
    iso = new TextDecoder('iso-8859-6').decode(bytes);
  } catch {
    iso = windows;
  }
  const windowsArabic = arabicShareOfNonAscii(windows) >= ARABIC_SHARE_FOR_1256;
  // Accented Latin letters read in ISO-8859-6 turn into Arabic ones (é ى, è و): a few of them among many Latin
  // letters are French or Italian, not Arabic.
  const isoArabic =
    arabicShareOfNonAscii(iso) >= ARABIC_SHARE_FOR_1256 &&
    arabicShareOfLetters(iso) >= ARABIC_SHARE_OF_LETTERS;
  if (!windowsArabic && !isoArabic) return null;
  // Text in the letters both code pages share reads the same in either: nothing to choose.
  if (windows.slice(0, SAMPLE_BYTES) === iso.slice(0, SAMPLE_BYTES))
    return { text: windows, encoding: 'windows-1256', sure: true };
  const windowsScore = arabicDecodingScore(windows);
  const isoScore = arabicDecodingScore(iso);
  const lead = plausibility(windowsScore) - plausibility(isoScore);
  const letters = Math.max(windowsScore.letters, isoScore.letters, 1);
  const sure = Math.abs(lead) / letters >= SURE_LEAD;
  return lead >= 0
    ? { text: windows, encoding: 'windows-1256', sure }
    : { text: iso, encoding: 'iso-8859-6', sure };
}

const CODE_PAGE_NAMES: Record<ArabicChoice['encoding'], string> = {
  'windows-1256': 'Windows-1256',
  'iso-8859-6': 'ISO-8859-6',
};

/**
 * Decodes the bytes of a text file. Never throws: empty, binary and undecodable input come back as
 * `text: null` with an error diagnostic; a guessed legacy encoding comes back with a warning or an info.
 */
export function decodeText(bytes: Uint8Array, fileName?: string): DecodedText {
  if (bytes.length === 0) {
    return {
      text: null,
      encoding: null,
      diagnostics: [
        withFile({ severity: 'error', code: 'empty-file', message: 'The file is empty.' }, fileName),
      ],
    };
  }
  const bom = encodingFromBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = decodeStrict(body, bom.encoding);
    if (text !== null) return { text, encoding: bom.encoding, diagnostics: [] };
    // A BOM followed by invalid sequences: decode leniently so the reader still gets the text, and say so.
    const lenient = new TextDecoder(bom.encoding).decode(body);
    return {
      text: lenient,
      encoding: bom.encoding,
      diagnostics: [
        withFile(
          {
            severity: 'warning',
            code: 'invalid-sequences',
            message: `The file says it is ${bom.encoding.toUpperCase()} but contains invalid byte sequences; they were replaced.`,
          },
          fileName,
        ),
      ],
    };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) {
    const text = decodeStrict(bytes, utf16) ?? new TextDecoder(utf16).decode(bytes);
    return {
      text,
      encoding: utf16,
      diagnostics: [
        withFile(
          {
            severity: 'info',
            code: 'encoding-utf-16',
            message: `The file has no byte-order mark; it was read as ${utf16.toUpperCase()} (Unicode in two-byte units).`,
          },
          fileName,
        ),
      ],
    };
  }
  if (looksBinary(bytes)) {
    return {
      text: null,
      encoding: null,
      diagnostics: [
        withFile(
          {
            severity: 'error',
            code: 'binary-file',
            message: 'The file looks binary (it contains NUL or control bytes), not text.',
          },
          fileName,
        ),
      ],
    };
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', diagnostics: [] };
  const damaged = mostlyValidUtf8(bytes);
  if (damaged !== null) {
    return {
      text: damaged,
      encoding: 'utf-8',
      diagnostics: [
        withFile(
          {
            severity: 'warning',
            code: 'invalid-sequences',
            message:
              'The file is UTF-8 with a few invalid or cut-off byte sequences (is it truncated?); they were replaced.',
          },
          fileName,
        ),
      ],
    };
  }

  const arabic = chooseArabicCodePage(bytes);
  if (arabic !== null) {
    const chosen = CODE_PAGE_NAMES[arabic.encoding];
    const other = CODE_PAGE_NAMES[arabic.encoding === 'windows-1256' ? 'iso-8859-6' : 'windows-1256'];
    return {
      text: arabic.text,
      encoding: arabic.encoding,
      diagnostics: [
        withFile(
          arabic.sure
            ? {
                severity: 'info',
                code: `encoding-${arabic.encoding}`,
                message: `The file is not UTF-8; it was read as ${chosen} (Arabic).`,
              }
            : {
                severity: 'warning',
                code: 'encoding-unsure',
                message: `The file is not UTF-8 and its Arabic code page is uncertain: it was read as ${chosen}, but it may be ${other}. If letters look wrong, save the file as UTF-8 and upload it again.`,
              },
          fileName,
        ),
      ],
    };
  }
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    encoding: 'windows-1252',
    diagnostics: [
      withFile(
        {
          severity: 'warning',
          code: 'encoding-guessed',
          message:
            'The file is neither UTF-8 nor Arabic Windows-1256; it was read as Latin-1, and some characters may be wrong.',
        },
        fileName,
      ),
    ],
  };
}
