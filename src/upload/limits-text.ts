import { INGEST_LIMITS } from '../pipeline/ingest/formats/limits';
import type { UploadText } from './upload-text';

/**
 * The extensions the worker reads, listed here so that the page does not load the readers themselves
 * (a unit test checks that this list matches the ingest registry).
 */
export const UPLOAD_EXTENSIONS = [
  'txt',
  'text',
  'md',
  'markdown',
  'html',
  'htm',
  'xhtml',
  'json',
  'jsonl',
  'ndjson',
  'csv',
  'tsv',
  'docx',
  'pdf',
  'zip',
];

/** The formats and size limits, as stated in the upload dialog. */
export function limitsText(text: UploadText): string {
  return text('limits', {
    // Left to right in either language (an isolate), so that the dots stay before their extensions.
    formats:
      '\u2066' +
      ['txt', 'md', 'html', 'json', 'jsonl', 'csv', 'docx', 'pdf', 'zip']
        .map((extension) => '.' + extension)
        .join(' ') +
      '\u2069',
    file: text('size', { bytes: INGEST_LIMITS.maxFileBytes }),
    batch: text('size', { bytes: INGEST_LIMITS.maxBatchBytes }),
    zip: text('size', { bytes: INGEST_LIMITS.maxZipUncompressedBytes }),
    entries: INGEST_LIMITS.maxZipEntries,
  });
}

/** The `accept` attribute of the file picker. */
export function acceptAttribute(): string {
  return UPLOAD_EXTENSIONS.map((extension) => '.' + extension).join(',');
}
