import { describe, expect, it } from 'vitest';
import { acceptedExtensions, ingestAnyFile } from '../../../src/pipeline/ingest/formats/any-file';
import { INGEST_LIMITS } from '../../../src/pipeline/ingest/formats/limits';
import { buildDocx, buildPdf, buildZip } from '../../fixtures/uploads/builders';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading any uploaded file', () => {
  it('reads every article inside a zip, naming entries after the archive', async () => {
    const zip = buildZip({
      'a.md': '# Clashes in Zawiya\n\nFighting broke out in Zawiya.',
      'b.csv': 'title,text,published\nSirte,Shelling hit Sirte.,2016-08-01\n',
      'c.docx': buildDocx(['Derna', 'Clashes in Derna.']),
      'd.pdf': buildPdf(['Ubari', 'A strike near Ubari.']),
    });
    const result = await ingestAnyFile(zip, 'batch.zip');
    expect(result.articles.map((article) => article.title).sort()).toEqual([
      'Clashes in Zawiya',
      'Derna',
      'Sirte',
      'Ubari',
    ]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('opens a zip inside a zip', async () => {
    const inner = buildZip({ 'a.txt': 'Clashes in Zawiya.' });
    const result = await ingestAnyFile(buildZip({ 'inner.zip': inner }), 'outer.zip');
    expect(result.articles).toHaveLength(1);
  });

  it('stops opening zips nested too deep', async () => {
    let zip = buildZip({ 'a.txt': 'Clashes in Zawiya.' });
    for (let depth = 0; depth < INGEST_LIMITS.maxZipDepth; depth++)
      zip = buildZip({ [`level${depth}.zip`]: zip });
    const result = await ingestAnyFile(zip, 'deep.zip');
    expect(result.articles).toEqual([]);
    expect(result.diagnostics.some((d) => d.code === 'zip-too-deep')).toBe(true);
  });

  it('names the bad entry of a zip and still reads the good ones', async () => {
    const zip = buildZip({ 'good.txt': 'Clashes in Zawiya.', 'bad.json': '{"text": ' });
    const result = await ingestAnyFile(zip, 'mixed.zip');
    expect(result.articles).toHaveLength(1);
    expect(result.diagnostics.find((d) => d.severity === 'error')?.file).toBe('mixed.zip/bad.json');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const limits = { ...INGEST_LIMITS, maxFileBytes: 10 };
    const result = await ingestAnyFile(utf8('Clashes in Zawiya, again.'), 'big.txt', undefined, limits);
    expect(result.diagnostics[0]).toMatchObject({ code: 'file-too-large', file: 'big.txt' });
    expect(result.diagnostics[0]?.message).toMatch(
      /big\.txt: the file is 25 bytes; the limit is 10 bytes per file/,
    );
  });

  it('explains that an old .doc must be saved as .docx', async () => {
    const result = await ingestAnyFile(utf8('x'), 'old.doc');
    expect(result.diagnostics[0]?.message).toMatch(/\.docx/);
  });

  it('lists every accepted extension, including the document formats', () => {
    expect(acceptedExtensions()).toEqual(
      expect.arrayContaining(['txt', 'md', 'html', 'json', 'jsonl', 'csv', 'docx', 'pdf', 'zip']),
    );
  });
});

describe('files of unknown kinds', () => {
  it('names the file and lists the formats it can read', async () => {
    const result = await ingestAnyFile(utf8('x'), 'photo.jpg');
    expect(result.diagnostics[0]?.message).toMatch(
      /^photo\.jpg: "\.jpg" files cannot be read \(expected .*\.docx, \.pdf, \.zip\)/,
    );
  });
});
