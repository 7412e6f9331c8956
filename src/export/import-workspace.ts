import type { LibraryService } from '../library/library-service';
import type { StorageFailure } from '../persistence/storage-failure';

export interface ImportSummary {
  added: number;
  updated: number;
  duplicates: number;
  corrections: number;
  /** Records of the file set aside as invalid (each named with its problem); the library keeps all it had. */
  setAside: { record: string; problem: string }[];
}

export type ImportOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; reason: string }
  | { ok: false; failure: StorageFailure; summary: ImportSummary };

/** Articles per transaction: few transactions for speed, each small enough to be stored whole or not at all. */
export const IMPORT_BATCH = 500;

/**
 * Imports a workspace file into the library, batch by batch (every batch stored whole or not at all), then the
 * corrections. Stops at the first batch that cannot be stored; what was stored before stays.
 */
export async function importWorkspace(
  service: LibraryService,
  text: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ImportOutcome> {
  // The reader and its schema are loaded only now, with the first import.
  const { parseWorkspace } = await import('./read-workspace');
  const parsed = parseWorkspace(text);
  if (!parsed.ok) return parsed;
  const summary: ImportSummary = {
    added: 0,
    updated: 0,
    duplicates: 0,
    corrections: 0,
    setAside: parsed.setAside,
  };
  if (parsed.setAside.length > 0) service.reportSetAside(parsed.setAside);
  const total = parsed.records.length;
  for (let start = 0; start < total; start += IMPORT_BATCH) {
    const result = await service.commitRecords(parsed.records.slice(start, start + IMPORT_BATCH));
    if (result.failure) return { ok: false, failure: result.failure, summary };
    summary.added += result.added.length;
    summary.updated += result.updated.length;
    summary.duplicates += result.duplicates.length;
    onProgress(Math.min(total, start + IMPORT_BATCH), total);
  }
  if (parsed.corrections.length > 0) {
    const failure = await service.correct(parsed.corrections);
    if (failure) return { ok: false, failure, summary };
    summary.corrections = parsed.corrections.length;
  }
  return { ok: true, summary };
}
