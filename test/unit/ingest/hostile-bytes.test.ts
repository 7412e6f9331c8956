import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestAnyFile } from '../../../src/pipeline/ingest/formats/any-file';
import { decodeText } from '../../../src/pipeline/ingest/encoding';
import { buildDocx, buildPdf, buildZip } from '../../fixtures/uploads/builders';

const EXTENSIONS = ['txt', 'md', 'html', 'json', 'jsonl', 'csv', 'docx', 'pdf', 'zip', ''];

/** Valid files of each format, to be damaged by the properties below. */
const VALID: Record<string, Uint8Array> = {
  csv: new TextEncoder().encode('title,text\nA,"Clashes, in ""Zawiya"""\n'),
  docx: buildDocx(['Derna', 'Clashes in Derna.']),
  pdf: buildPdf(['Ubari', 'A strike near Ubari.']),
  zip: buildZip({ 'a.txt': 'Clashes in Zawiya.', 'b.json': '{"text":"Shelling in Sirte."}' }),
  json: new TextEncoder().encode('[{"title":"A","text":"Clashes in Zawiya.","published":"2019-01-02"}]'),
  html: new TextEncoder().encode(
    '<html><head><title>A</title></head><body><p>Clashes in Zawiya.</p></body></html>',
  ),
};

/** Every result must be well-formed: arrays of articles with string text, diagnostics naming the file. */
function wellFormed(result: Awaited<ReturnType<typeof ingestAnyFile>>, fileName: string): boolean {
  return (
    Array.isArray(result.articles) &&
    Array.isArray(result.diagnostics) &&
    result.articles.every((article) => typeof article.id === 'string' && typeof article.text === 'string') &&
    result.diagnostics.every(
      (diagnostic) => diagnostic.file === undefined || diagnostic.file.startsWith(fileName),
    )
  );
}

describe('random and adversarial bytes never throw past the ingest boundary', () => {
  it('any bytes under any supported extension give articles or diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom(...EXTENSIONS),
        async (bytes, extension) => {
          const name = extension === '' ? 'upload' : `upload.${extension}`;
          expect(wellFormed(await ingestAnyFile(bytes, name), name)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('valid files damaged at random (bytes flipped, cut short) still give a value', async () => {
    const formats = Object.keys(VALID);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...formats),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(),
        async (format, flips, cut) => {
          const original = VALID[format] as Uint8Array;
          const bytes = original.slice(0, 1 + (cut % original.length));
          for (const [position, value] of flips) bytes[position % bytes.length] = value;
          const name = `damaged.${format}`;
          expect(wellFormed(await ingestAnyFile(bytes, name), name)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('text of any unicode string survives a UTF-8 round trip through the decoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = decodeText(new TextEncoder().encode(text));
        if (text.length === 0) expect(result.text).toBeNull();
        else if (result.text !== null)
          expect(result.text).toBe(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      }),
    );
  });

  it('structured hostile JSON and CSV come back as values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const json = new TextEncoder().encode(JSON.stringify(value));
        expect(wellFormed(await ingestAnyFile(json, 'x.json'), 'x.json')).toBe(true);
        const csv = new TextEncoder().encode('text,title\n' + JSON.stringify(value));
        expect(wellFormed(await ingestAnyFile(csv, 'x.csv'), 'x.csv')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
