/**
 * The typed contract between the page and the extraction worker. Everything here is plain data that can be
 * structured-cloned; file bytes travel as transferred buffers. Failures are values (Diagnostic), never
 * exceptions crossing the boundary.
 */
import type { Article, ArticleExtraction, Diagnostic } from '../pipeline/types';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** What became of one uploaded file. */
export interface FileReport {
  name: string;
  size: number;
  /** Ids of the articles read from the file (from every entry, for a zip). */
  articleIds: string[];
  /** How many of those articles carry no publication date of their own. */
  undated: number;
  diagnostics: Diagnostic[];
}

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  articlesFound: number;
}

export interface IngestBatch {
  files: FileReport[];
  articles: Article[];
}

export interface ExtractProgress {
  /** Articles finished within the current call. */
  articlesDone: number;
  eventsFound: number;
}

export interface ExtractBatch {
  extractions: ArticleExtraction[];
  /** True when the job was cancelled before every article was done; `extractions` holds the finished ones. */
  cancelled: boolean;
  /** Problems of the worker itself (the extractor could not be loaded), as values. */
  diagnostics: Diagnostic[];
}

export interface ExtractionWorkerApi {
  /** Reads files (any supported format) into articles. Never rejects. */
  ingest(
    jobId: number,
    files: UploadedFile[],
    onProgress: (progress: IngestProgress) => void,
  ): Promise<IngestBatch>;
  /** Extracts events from articles, checking for cancellation between articles. Never rejects. */
  extract(
    jobId: number,
    articles: Article[],
    onProgress: (progress: ExtractProgress) => void,
  ): Promise<ExtractBatch>;
  /** Asks a running job to stop after the article it is working on. */
  cancel(jobId: number): void;
}
