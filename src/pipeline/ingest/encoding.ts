/**
 * Turning the bytes of a text file into a string: the encoding is detected, never assumed.
 * Order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); else strict UTF-8; else Windows-1256 when it yields
 * mostly Arabic letters (still common for Arabic text saved on Windows); else Latin-1 (Windows-1252) with a warning.
 * Binary files (NUL bytes or many control characters) are refused with a diagnostic instead of decoded.
 */
import type { Diagnostic } from '../types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'windows-1252';

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

  const arabic = new TextDecoder('windows-1256').decode(bytes);
  if (arabicShareOfNonAscii(arabic) >= ARABIC_SHARE_FOR_1256) {
    return {
      text: arabic,
      encoding: 'windows-1256',
      diagnostics: [
        withFile(
          {
            severity: 'info',
            code: 'encoding-windows-1256',
            message: 'The file is not UTF-8; it was read as Windows-1256 (Arabic).',
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
