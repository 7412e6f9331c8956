import { describe, expect, it } from 'vitest';
import { unzipEntries, freshZipBudget } from '../../../src/pipeline/ingest/formats/zip';
import { INGEST_LIMITS } from '../../../src/pipeline/ingest/formats/limits';
import { buildZip, buildZipBomb } from '../../fixtures/uploads/builders';

const small = { ...INGEST_LIMITS, maxFileBytes: 4096, maxZipUncompressedBytes: 10_000, maxZipEntries: 5 };

describe('opening zip archives safely', () => {
  it('lists the files of an archive, skipping folders and macOS metadata', () => {
    const zip = buildZip({
      'news/a.txt': 'Clashes in Zawiya.',
      '__MACOSX/news/._a.txt': 'x',
      'news/.DS_Store': 'x',
    });
    const { entries, diagnostics } = unzipEntries(zip, 'batch.zip');
    expect(entries.map((entry) => entry.name)).toEqual(['news/a.txt']);
    expect(diagnostics).toEqual([]);
  });

  it('refuses a zip bomb by its declared size before inflating anything', () => {
    const bomb = buildZipBomb(4, 4000);
    const result = unzipEntries(bomb, 'bomb.zip', freshZipBudget(small), small);
    expect(result.entries).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ code: 'zip-too-large', file: 'bomb.zip' });
    expect(result.diagnostics[0]?.message).toMatch(/bomb\.zip.*unpacks to more than/);
  });

  it('refuses an archive with too many entries', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 6; index++) files[`f${index}.txt`] = 'x';
    const result = unzipEntries(buildZip(files), 'many.zip', freshZipBudget(small), small);
    expect(result.diagnostics[0]?.code).toBe('zip-too-large');
    expect(result.diagnostics[0]?.message).toMatch(/more than 5 files/);
  });

  it('skips one entry larger than a file may be and keeps the rest', () => {
    const zip = buildZip({ 'big.txt': 'x'.repeat(5000), 'small.txt': 'Shelling in Sirte.' });
    const result = unzipEntries(
      zip,
      'mixed.zip',
      freshZipBudget({ ...small, maxZipUncompressedBytes: 1e6 }),
      small,
    );
    expect(result.entries.map((entry) => entry.name)).toEqual(['small.txt']);
    expect(result.diagnostics[0]).toMatchObject({ code: 'file-too-large', file: 'mixed.zip/big.txt' });
  });

  it('reports a truncated archive instead of throwing', () => {
    const zip = buildZip({ 'a.txt': 'Clashes in Zawiya.' });
    const result = unzipEntries(zip.subarray(0, zip.length - 30), 'cut.zip');
    expect(result.diagnostics[0]).toMatchObject({ code: 'malformed-zip', file: 'cut.zip' });
  });

  it('reports random bytes named .zip as not a zip', () => {
    const result = unzipEntries(new TextEncoder().encode('not a zip at all'), 'fake.zip');
    expect(result.diagnostics[0]?.code).toBe('malformed-zip');
  });
});

describe('a hand-built zip bomb', () => {
  it('inflates to the sizes it declares when within the limits', () => {
    const { entries } = unzipEntries(buildZipBomb(2, 3000), 'zeros.zip');
    expect(entries.map((entry) => entry.bytes.length)).toEqual([3000, 3000]);
  });
});
