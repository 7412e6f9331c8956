import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from '../../../src/pipeline/ingest/encoding';
import { encodeSingleByte, utf16 } from './legacy-bytes';

const arabic = 'قصفت طائرة مسيرة موقعا قرب مرزق يوم الثلاثاء.';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detecting the encoding of a text file', () => {
  it('reads plain UTF-8 Arabic without any diagnostic', () => {
    const result = decodeText(utf8(arabic), 'a.txt');
    expect(result.text).toBe(arabic);
    expect(result.encoding).toBe('utf-8');
    expect(result.diagnostics).toEqual([]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    const result = decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(arabic)));
    expect(result.text).toBe(arabic);
  });

  it('reads UTF-16 little-endian with a byte-order mark', () => {
    const result = decodeText(utf16(arabic, 'le'));
    expect(result.encoding).toBe('utf-16le');
    expect(result.text).toBe(arabic);
  });

  it('reads UTF-16 big-endian with a byte-order mark', () => {
    const result = decodeText(utf16('Clashes in Tripoli', 'be'));
    expect(result.encoding).toBe('utf-16be');
    expect(result.text).toBe('Clashes in Tripoli');
  });

  it('recognises Arabic saved as Windows-1256 instead of assuming UTF-8', () => {
    const result = decodeText(encodeSingleByte(arabic, 'windows-1256'), 'legacy.txt');
    expect(result.encoding).toBe('windows-1256');
    expect(result.text).toBe(arabic);
    expect(result.diagnostics[0]?.file).toBe('legacy.txt');
  });

  it('falls back to Latin-1 with a warning for accented European text that is not UTF-8', () => {
    const result = decodeText(encodeSingleByte('Affrontements à Syrte, période très tendue', 'windows-1252'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('Affrontements à Syrte, période très tendue');
    expect(result.diagnostics[0]?.severity).toBe('warning');
  });

  it('refuses an empty file with a message', () => {
    const result = decodeText(new Uint8Array(0), 'empty.txt');
    expect(result.text).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code: 'empty-file', file: 'empty.txt' });
  });

  it('refuses a binary file instead of showing garbage', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48);
    const result = decodeText(png, 'photo.txt');
    expect(result.text).toBeNull();
    expect(result.diagnostics[0]?.code).toBe('binary-file');
  });

  it('does not call ordinary text with tabs and newlines binary', () => {
    expect(looksBinary(utf8('title\tdate\r\nline two\n'))).toBe(false);
  });

  it('keeps the text of a UTF-16 file whose last byte was cut off, with a warning', () => {
    const truncated = utf16('Sabha', 'le').subarray(0, 11);
    const result = decodeText(truncated);
    expect(result.text?.startsWith('Sabh')).toBe(true);
    expect(result.diagnostics[0]?.code).toBe('invalid-sequences');
  });
});

describe('damaged UTF-8', () => {
  it('keeps a UTF-8 Arabic file cut off in the middle of a letter as UTF-8, with a warning', () => {
    const bytes = utf8(arabic);
    const result = decodeText(bytes.subarray(0, bytes.length - 4), 'cut.txt');
    expect(result.encoding).toBe('utf-8');
    expect(result.text?.startsWith('قصفت طائرة')).toBe(true);
    expect(result.diagnostics[0]).toMatchObject({ code: 'invalid-sequences', file: 'cut.txt' });
  });

  it('does not mistake a short Windows-1256 file for damaged UTF-8', () => {
    const result = decodeText(encodeSingleByte('غارة على سرت', 'windows-1256'));
    expect(result.encoding).toBe('windows-1256');
    expect(result.text).toBe('غارة على سرت');
  });
});

describe('Latin-1 that happens to be short', () => {
  it('reads a single accented letter in Latin-1 as Latin-1, not as broken UTF-8', () => {
    const result = decodeText(encodeSingleByte('Café de Paris in Benghazi', 'windows-1252'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('Café de Paris in Benghazi');
  });
});
