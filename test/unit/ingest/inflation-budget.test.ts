/**
 * One inflation budget for every container: a Word document, a PDF's streams and the pages that share them, and
 * zips inside zips spend the same budget, so a bomb in any of them is refused (or cut) with a message naming the
 * file, quickly and without unpacking it; and no reader spreads an unbounded list into one call.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { ingestAnyFile } from '../../../src/pipeline/ingest/formats/any-file';
import { INGEST_LIMITS } from '../../../src/pipeline/ingest/formats/limits';
import { docxBomb, flateBombPdf, sharedStreamPdf } from '../../fixtures/bombs/bombs';
import { buildDocx } from '../../fixtures/uploads/builders';

const MEGABYTE = 1024 * 1024;

function errors(result: Awaited<ReturnType<typeof ingestAnyFile>>): string[] {
  return result.diagnostics.filter((item) => item.severity === 'error').map((item) => item.message);
}

describe('Word documents within the inflation budget', () => {
  it(
    'refuses a 300 MB docx bomb at once, naming the file, without unpacking it',
    { timeout: 60_000 },
    async () => {
      const bomb = docxBomb(300);
      expect(bomb.length).toBeLessThan(2 * MEGABYTE);
      const result = await ingestAnyFile(bomb, 'report.docx');
      expect(result.articles).toEqual([]);
      expect(errors(result)).toEqual([
        'report.docx: the Word document unpacks to more than 25 MB (a zip bomb?); it was not read',
      ]);
    },
  );

  it('spends the same budget as the zip the documents came in: a document past it is refused', async () => {
    const limits = { ...INGEST_LIMITS, maxZipUncompressedBytes: 10 * MEGABYTE };
    const archive = zipSync(
      { 'one.docx': buildDocx(['Clashes in Sirte', 'Two fighters were killed.']), 'two.docx': docxBomb(20) },
      { level: 0 },
    );
    const result = await ingestAnyFile(archive, 'reports.zip', undefined, limits);
    expect(result.articles.map((article) => article.title)).toEqual(['Clashes in Sirte']);
    expect(errors(result)).toEqual([
      'reports.zip/two.docx: the Word document unpacks to more than 10 MB (a zip bomb?); nothing was read from it',
    ]);
  }, 60_000);

  it('still reads an ordinary Word document, with its relationships', async () => {
    const result = await ingestAnyFile(
      buildDocx(['Clashes in Sirte', 'Two fighters were killed.']),
      'sirte.docx',
    );
    expect(result.articles[0]?.text).toContain('Two fighters were killed.');
  });
});

describe('PDF streams within the inflation budget', () => {
  it(
    'refuses a 3.6 MB flate bomb (a stream of 3.6 GB) at once, naming the file',
    { timeout: 60_000 },
    async () => {
      const bomb = flateBombPdf(3600);
      expect(bomb.length).toBeLessThan(4 * MEGABYTE);
      const result = await ingestAnyFile(bomb, 'bomb.pdf');
      expect(result.articles).toEqual([]);
      expect(errors(result)).toEqual([
        'bomb.pdf: one of its streams unpacks to more than 25 MB (a PDF bomb?); the PDF was not read',
      ]);
    },
  );

  it(
    'refuses a 75 kB PDF whose 300 pages all draw one 8 MB stream, without parsing a page',
    { timeout: 60_000 },
    async () => {
      const bomb = sharedStreamPdf(300, 8);
      expect(bomb.length).toBeLessThan(100 * 1024);
      const result = await ingestAnyFile(bomb, 'shared.pdf');
      expect(result.articles).toEqual([]);
      expect(errors(result)).toEqual([
        'shared.pdf: its pages draw 2.3 GB of instructions between them, more than the 4.0 MB read per PDF (a PDF bomb?); the PDF was not read',
      ]);
    },
  );

  it(
    'reads only the first pages of a PDF whose shared stream makes the whole too costly, and says so',
    { timeout: 60_000 },
    async () => {
      const limits = { ...INGEST_LIMITS, maxPdfDrawingBytes: 600 * 1024 };
      const result = await ingestAnyFile(sharedStreamPdf(50, 0.25), 'many-pages.pdf', undefined, limits);
      expect(result.articles).toHaveLength(1);
      expect(result.articles[0]?.text).toContain('Clashes in Sirte left two dead.');
      expect(result.diagnostics.map((item) => item.message)).toContain(
        'many-pages.pdf: only the first 2 of 50 pages were read: its pages draw 13 MB of instructions between them (one stream shared by many pages?), more than the 600 kB read per PDF',
      );
    },
  );

  it(
    'spends the budget a zip left: a PDF inside an archive that used it up is refused',
    { timeout: 60_000 },
    async () => {
      const limits = { ...INGEST_LIMITS, maxZipUncompressedBytes: 30 * MEGABYTE };
      const archive = zipSync(
        { 'a.pdf': sharedStreamPdf(1, 20), 'b.pdf': sharedStreamPdf(1, 12) },
        { level: 0 },
      );
      const result = await ingestAnyFile(archive, 'mixed.zip', undefined, limits);
      // The first PDF is refused for what its one page draws, but the streams it unpacked were spent all the same.
      expect(errors(result)).toEqual([
        'mixed.zip/a.pdf: its pages draw 20 MB of instructions between them, more than the 4.0 MB read per PDF (a PDF bomb?); the PDF was not read',
        'mixed.zip/b.pdf: its streams unpack to more than 30 MB in this upload (a PDF bomb?); the PDF was not read',
      ]);
    },
  );
});

describe('no unbounded spread into a call', () => {
  it('reads a zip whose one entry holds 200,000 articles', async () => {
    const lines: string[] = [];
    for (let index = 0; index < 200_000; index++)
      lines.push(JSON.stringify({ text: `Clashes in town ${index}.` }));
    const archive = zipSync({ 'all.jsonl': strToU8(lines.join('\n')) });
    const result = await ingestAnyFile(archive, 'all.zip');
    expect(result.articles).toHaveLength(200_000);
  }, 60_000);
});
