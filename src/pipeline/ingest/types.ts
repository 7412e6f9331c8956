import type { Article, Diagnostic } from '../types.ts';

export interface IngestOptions {
  /** ISO day used as the publication date when the file itself does not give one. */
  published?: string;
  /**
   * Checks each parsed record of a JSON or JSON Lines file before it is read as an article: what is wrong with it
   * (naming the field), or null. A record with a problem is set aside and reported; the others are read.
   */
  checkRecord?: (record: unknown) => string | null;
}

export interface IngestResult {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** One input format. `read` never throws: problems come back as diagnostics. */
export interface IngestFormat {
  id: string;
  /** Lower-case file name endings without the dot, e.g. ['txt', 'md']. */
  extensions: string[];
  read(bytes: Uint8Array, fileName: string, options?: IngestOptions): IngestResult;
}
