import { formatBytes, INGEST_LIMITS } from '../pipeline/ingest/formats/limits';
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
    formats: ['txt', 'md', 'html', 'json', 'jsonl', 'csv', 'docx', 'pdf', 'zip']
      .map((extension) => '.' + extension)
      .join(' '),
    file: formatBytes(INGEST_LIMITS.maxFileBytes),
    batch: formatBytes(INGEST_LIMITS.maxBatchBytes),
    zip: formatBytes(INGEST_LIMITS.maxZipUncompressedBytes),
    entries: INGEST_LIMITS.maxZipEntries.toLocaleString('en'),
  });
}

/** The `accept` attribute of the file picker. */
export function acceptAttribute(): string {
  return UPLOAD_EXTENSIONS.map((extension) => '.' + extension).join(',');
}
