/**
 * Size limits for uploads: one place, enforced by the readers and stated in the upload dialog.
 * They keep a hostile or mistaken upload (a zip bomb, a 2 GB log file) within bounded time and memory. One
 * inflation budget (`maxZipUncompressedBytes`, with `maxZipEntries`) is spent by every container of a file: zips,
 * zips inside zips, Word documents and PDF streams.
 */
export interface IngestLimits {
  /** Largest single file, and largest single entry inside a zip, in bytes. */
  maxFileBytes: number;
  /** Largest total of all files chosen at once, in bytes. */
  maxBatchBytes: number;
  /** Most entries a zip may list (nested zips count towards the same total). */
  maxZipEntries: number;
  /** Largest total uncompressed size of a zip's entries (nested zips count towards the same total). */
  maxZipUncompressedBytes: number;
  /** How deep zips inside zips are opened. */
  maxZipDepth: number;
  /**
   * Most bytes of page-drawing instructions read from one PDF, a stream shared by several pages counted once per
   * page (a 75 kB file whose 300 pages draw one 8 MB stream would otherwise make the reader parse 2.4 GB).
   */
  maxPdfDrawingBytes: number;
}

const MEGABYTE = 1024 * 1024;

export const INGEST_LIMITS: IngestLimits = {
  maxFileBytes: 25 * MEGABYTE,
  maxBatchBytes: 200 * MEGABYTE,
  maxZipEntries: 10_000,
  maxZipUncompressedBytes: 500 * MEGABYTE,
  maxZipDepth: 3,
  maxPdfDrawingBytes: 4 * MEGABYTE,
};

/** "25 MB", "1.5 kB": sizes as people read them (powers of 1024, one decimal below 10). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}
