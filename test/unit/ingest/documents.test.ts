import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/pipeline/ingest/formats/docx';
import { readPdf } from '../../../src/pipeline/ingest/formats/pdf';
import { buildDocx, buildPdf } from '../../fixtures/uploads/builders';

describe('reading Word documents', () => {
  it('reads the paragraphs of an Arabic .docx, the first one as the title', async () => {
    const docx = buildDocx(['اشتباكات في درنة', 'اندلعت اشتباكات عنيفة في مدينة درنة يوم الجمعة.'], {
      rightToLeft: true,
    });
    const result = await readDocx(docx, 'derna.docx', { published: '2018-05-18' });
    expect(result.diagnostics).toEqual([]);
    expect(result.articles[0]).toMatchObject({
      title: 'اشتباكات في درنة',
      published: '2018-05-18',
      lang: 'ar',
    });
    expect(result.articles[0]?.text).toContain('اندلعت اشتباكات عنيفة');
  });

  it('leaves the date unknown when the upload gives none', async () => {
    const result = await readDocx(buildDocx(['Clashes in Derna', 'Fighting broke out.']), 'derna.docx');
    expect(result.articles[0]?.published).toBeNull();
  });

  it('explains that an old .doc (or any non-zip) renamed .docx cannot be read', async () => {
    const result = await readDocx(new TextEncoder().encode('plain text'), 'old.docx');
    expect(result.diagnostics[0]).toMatchObject({ code: 'malformed-docx', file: 'old.docx' });
  });

  it('reports a truncated .docx instead of throwing', async () => {
    const docx = buildDocx(['Clashes in Derna', 'Fighting broke out.']);
    const result = await readDocx(docx.subarray(0, docx.length / 2), 'cut.docx');
    expect(result.articles).toEqual([]);
    expect(result.diagnostics[0]?.message).toMatch(/cut\.docx: .*damaged or truncated/);
  });

  it('reports an empty .docx file', async () => {
    const result = await readDocx(new Uint8Array(0), 'empty.docx');
    expect(result.diagnostics[0]?.code).toBe('empty-file');
  });
});

describe('reading PDF files', () => {
  it('reads the text layer of a PDF, line by line', async () => {
    const pdf = buildPdf(['Drone strike near Ubari', 'A drone strike hit a vehicle near Ubari on Tuesday.']);
    const result = await readPdf(pdf, 'ubari.pdf');
    expect(result.diagnostics).toEqual([]);
    expect(result.articles[0]?.title).toBe('Drone strike near Ubari');
    expect(result.articles[0]?.text).toContain('A drone strike hit a vehicle near Ubari on Tuesday.');
    expect(result.articles[0]?.lang).toBe('en');
  });

  it('refuses a file that is not a PDF', async () => {
    const result = await readPdf(new TextEncoder().encode('hello'), 'fake.pdf');
    expect(result.diagnostics[0]).toMatchObject({ code: 'malformed-pdf', file: 'fake.pdf' });
  });

  it('says a PDF without any text looks scanned, instead of reading it as an article with no events', async () => {
    const result = await readPdf(buildPdf([]), 'scan.pdf');
    expect(result.articles).toEqual([]);
    expect(result.diagnostics[0]?.message).toMatch(
      /^scan\.pdf: this PDF has no text layer — it looks scanned .*OCR/,
    );
  });

  it('says a scan with only page numbers in its text layer looks scanned too', async () => {
    const result = await readPdf(buildPdf(['- 1 -']), 'numbered-scan.pdf');
    expect(result.diagnostics.map((item) => item.code)).toEqual(['pdf-no-text-layer']);
  });

  it('reports a truncated PDF instead of throwing', async () => {
    const pdf = buildPdf(['Drone strike near Ubari']);
    const result = await readPdf(pdf.subarray(0, 60), 'cut.pdf');
    expect(result.articles).toEqual([]);
    expect(result.diagnostics[0]?.file).toBe('cut.pdf');
  });
});
