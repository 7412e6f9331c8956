import type { ArticleExtraction, ConflictEvent } from '../pipeline/types';
import type { ArticleRecord } from '../persistence/schema';
import type { ArticleStatus } from '../store/articles-slice';

/** What the library keeps in memory beside the store: every article's machine extraction and fingerprint. */
export class LibraryMemory {
  private readonly extractions = new Map<string, ArticleExtraction>();
  private readonly fingerprintToId = new Map<string, string>();
  private readonly idToFingerprint = new Map<string, string>();

  put(record: ArticleRecord): void {
    const previous = this.idToFingerprint.get(record.id);
    if (previous !== undefined && this.fingerprintToId.get(previous) === record.id) {
      this.fingerprintToId.delete(previous);
    }
    this.extractions.set(record.id, record.extraction);
    this.idToFingerprint.set(record.id, record.fingerprint);
    if (!this.fingerprintToId.has(record.fingerprint))
      this.fingerprintToId.set(record.fingerprint, record.id);
  }

  remove(id: string): void {
    const fingerprint = this.idToFingerprint.get(id);
    if (fingerprint !== undefined && this.fingerprintToId.get(fingerprint) === id) {
      this.fingerprintToId.delete(fingerprint);
    }
    this.idToFingerprint.delete(id);
    this.extractions.delete(id);
  }

  clear(): void {
    this.extractions.clear();
    this.fingerprintToId.clear();
    this.idToFingerprint.clear();
  }

  has(id: string): boolean {
    return this.extractions.has(id);
  }

  /** The id of the stored article with this fingerprint, if any. */
  idWithFingerprint(fingerprint: string): string | undefined {
    return this.fingerprintToId.get(fingerprint);
  }

  fingerprintOf(id: string): string | undefined {
    return this.idToFingerprint.get(id);
  }

  extractionOf(id: string): ArticleExtraction | undefined {
    return this.extractions.get(id);
  }

  /** Every machine event of every article, in no particular order. */
  machineEvents(): ConflictEvent[] {
    const events: ConflictEvent[] = [];
    for (const extraction of this.extractions.values()) {
      for (const event of extraction.events) events.push(event);
    }
    return events;
  }

  get size(): number {
    return this.extractions.size;
  }
}

/** The library status of a stored article, as the store keeps it. */
export function statusOf(record: ArticleRecord): ArticleStatus {
  return {
    eventCount: record.extraction.events.length,
    summaries: record.extraction.summaries,
    diagnostics: record.extraction.diagnostics,
    bundled: record.bundled,
    addedAt: record.addedAt,
  };
}
