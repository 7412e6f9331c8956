/**
 * The typed contract between the page and the extraction worker. Everything here is plain data that can be
 * structured-cloned; file bytes travel as transferred buffers. Failures are values (Diagnostic), never
 * exceptions crossing the boundary.
 */
import type { Article, ArticleExtraction, Diagnostic } from '../pipeline/types';
import type { DateSuggestion } from '../pipeline/ingest/date-suggestion';

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
  /**
   * The fingerprint of each of those articles' text (`textFingerprint`, same order), so the review can say when an
   * id is already in the library with another text.
   */
  fingerprints?: string[];
  /** How many of those articles carry no publication date of their own. */
  undated: number;
  /** Publication days suggested for undated articles from their dateline or text (`suggestPublicationDate`). */
  dateSuggestions?: ({ articleId: string } & DateSuggestion)[];
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

/** Most articles handed from the worker to the page in one message (a bounded task on the page). */
export const MAX_SLICE_ARTICLES = 200;
/** Most characters of article text handed over in one message (a longer single article travels alone). */
export const MAX_SLICE_CHARS = 2_000_000;

export interface ExtractionWorkerApi {
  /**
   * Reads files (any supported format) into articles. Never rejects. The articles are handed to `onArticles` in
   * bounded slices as they are read (the returned batch then holds none); each call is awaited before the next.
   */
  ingest(
    jobId: number,
    files: UploadedFile[],
    onProgress: ((progress: IngestProgress) => void) | undefined,
    onArticles?: (articles: Article[]) => Promise<void> | void,
  ): Promise<IngestBatch>;
  /**
   * Extracts events from articles. Never rejects. Finished extractions are handed to `onResults` every few tens of
   * milliseconds (the returned batch then holds none), so a job stopped mid-article keeps what was finished.
   */
  extract(
    jobId: number,
    articles: Article[],
    onProgress: ((progress: ExtractProgress) => void) | undefined,
    onResults?: (extractions: ArticleExtraction[]) => Promise<void> | void,
  ): Promise<ExtractBatch>;
  /** Asks a running job to stop after the article it is working on (the page may also stop the worker). */
  cancel(jobId: number): void;
}
