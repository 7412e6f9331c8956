/**
 * Turning the files a person chose into bytes for the worker. Files over the per-file or per-batch limit are
 * refused here, before their bytes are read into memory at all.
 */
import { INGEST_LIMITS, type IngestLimits } from '../pipeline/ingest/formats/limits';
import type { UploadedFile } from '../workers/extraction-protocol';
import type { UploadText } from './upload-text';

/** The part of the DOM `File` used here (a test can pass a plain object). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

export interface ReadFiles {
  files: UploadedFile[];
  /** Files refused before reading, each with a message naming it. */
  refused: { name: string; size: number; message: string }[];
}

export async function readChosenFiles(
  chosen: readonly ChosenFile[],
  text: UploadText,
  limits: IngestLimits = INGEST_LIMITS,
): Promise<ReadFiles> {
  const result: ReadFiles = { files: [], refused: [] };
  let batchBytes = 0;
  for (const file of chosen) {
    if (file.size > limits.maxFileBytes) {
      const message = text('tooLarge', {
        name: file.name,
        size: text('size', { bytes: file.size }),
        limit: text('size', { bytes: limits.maxFileBytes }),
      });
      result.refused.push({ name: file.name, size: file.size, message });
      continue;
    }
    if (batchBytes + file.size > limits.maxBatchBytes) {
      const message = text('batchTooLarge', {
        name: file.name,
        limit: text('size', { bytes: limits.maxBatchBytes }),
      });
      result.refused.push({ name: file.name, size: file.size, message });
      continue;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      batchBytes += file.size;
      result.files.push({ name: file.name, bytes });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result.refused.push({
        name: file.name,
        size: file.size,
        message: text('unreadable', { name: file.name, reason }),
      });
    }
  }
  return result;
}
