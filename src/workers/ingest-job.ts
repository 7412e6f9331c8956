/**
 * Reading a batch of uploaded files into articles, inside the worker. Enforces the batch limit, keeps article
 * ids unique across the batch, and reports every problem as a diagnostic naming its file.
 */
import { ingestAnyFile } from '../pipeline/ingest/formats/any-file';
import { suggestPublicationDate } from '../pipeline/ingest/date-suggestion';
import { formatBytes, INGEST_LIMITS, type IngestLimits } from '../pipeline/ingest/formats/limits';
import type { Article, Diagnostic } from '../pipeline/types';
import type { IngestOptions } from '../pipeline/ingest/types';
import { CooperativeLoop } from './cooperative-loop';
import { textFingerprint } from '../library/text-fingerprint';
import {
  MAX_SLICE_ARTICLES,
  MAX_SLICE_CHARS,
  type FileReport,
  type IngestBatch,
  type IngestProgress,
  type UploadedFile,
} from './extraction-protocol';

export interface IngestJobOptions {
  onProgress?: (progress: IngestProgress) => void;
  isCancelled?: () => boolean;
  limits?: IngestLimits;
  /**
   * Receives the articles in slices of at most MAX_SLICE_ARTICLES articles and about MAX_SLICE_CHARS characters
   * (awaited, so they arrive in order and before the job resolves); the returned batch then holds none.
   */
  onArticles?: (articles: Article[]) => Promise<void> | void;
}

/** Cuts articles into the slices handed to the page: few enough, and short enough in total, for a short task. */
export function articleSlices(articles: readonly Article[]): Article[][] {
  const slices: Article[][] = [];
  let current: Article[] = [];
  let chars = 0;
  for (const article of articles) {
    const length = article.text.length + article.title.length;
    if (current.length > 0 && (current.length >= MAX_SLICE_ARTICLES || chars + length > MAX_SLICE_CHARS)) {
      slices.push(current);
      current = [];
      chars = 0;
    }
    current.push(article);
    chars += length;
  }
  if (current.length > 0) slices.push(current);
  return slices;
}

/** Gives a repeated id a suffix when the text differs; drops an exact repeat (the same article twice). */
class BatchIds {
  private readonly texts = new Map<string, string>();

  place(article: Article): Article | null {
    const earlier = this.texts.get(article.id);
    if (earlier === undefined) {
      this.texts.set(article.id, article.text);
      return article;
    }
    if (earlier === article.text) return null;
    let counter = 2;
    while (this.texts.has(`${article.id}-${counter}`)) counter++;
    const id = `${article.id}-${counter}`;
    this.texts.set(id, article.text);
    return { ...article, id };
  }
}

/** Files whose articles may come from JSON records (a zip may hold JSON files). */
const RECORD_FILE = /\.(json|jsonl|ndjson|zip)$/i;

/** The record check for JSON inputs, loaded with its validator only when such a file is uploaded. */
async function recordCheck(files: readonly UploadedFile[]): Promise<IngestOptions | undefined> {
  if (!files.some((file) => RECORD_FILE.test(file.name))) return undefined;
  const { checkArticleRecord } = await import('./article-input-check');
  return { checkRecord: checkArticleRecord };
}

function refused(file: UploadedFile, code: string, message: string): FileReport {
  const diagnostic: Diagnostic = {
    severity: 'error',
    code,
    message: `${file.name}: ${message}`,
    file: file.name,
  };
  return { name: file.name, size: file.bytes.length, articleIds: [], undated: 0, diagnostics: [diagnostic] };
}

export async function ingestFiles(
  files: UploadedFile[],
  options: IngestJobOptions = {},
): Promise<IngestBatch> {
  const limits = options.limits ?? INGEST_LIMITS;
  const reports: FileReport[] = [];
  const articles: Article[] = [];
  const ids = new BatchIds();
  let batchBytes = 0;
  let found = 0;
  const loop = new CooperativeLoop();
  const readOptions = await recordCheck(files);
  for (const file of files) {
    if (options.isCancelled?.()) {
      reports.push(refused(file, 'cancelled', 'not read: the upload was cancelled'));
      continue;
    }
    batchBytes += file.bytes.length;
    if (batchBytes > limits.maxBatchBytes) {
      reports.push(
        refused(
          file,
          'batch-too-large',
          `not read: the files chosen together pass ${formatBytes(limits.maxBatchBytes)}; add it in another upload`,
        ),
      );
      continue;
    }
    const result = await ingestAnyFile(file.bytes, file.name, readOptions, limits);
    const report: FileReport = {
      name: file.name,
      size: file.bytes.length,
      articleIds: [],
      fingerprints: [],
      undated: 0,
      diagnostics: result.diagnostics,
    };
    const placed: Article[] = [];
    for (const read of result.articles) {
      const article = ids.place(read);
      if (!article) continue;
      report.articleIds.push(article.id);
      report.fingerprints?.push(textFingerprint(article.text));
      if (article.published === null) {
        report.undated++;
        // A day read from the article's dateline or text, for the person to confirm or change in the review.
        const suggested = suggestPublicationDate(article);
        if (suggested) (report.dateSuggestions ??= []).push({ articleId: article.id, ...suggested });
      }
      placed.push(article);
    }
    found += placed.length;
    if (options.onArticles) {
      for (const slice of articleSlices(placed)) await options.onArticles(slice);
    } else {
      for (const article of placed) articles.push(article);
    }
    if (report.articleIds.length === 0 && !report.diagnostics.some((item) => item.severity === 'error')) {
      report.diagnostics.push({
        severity: 'error',
        code: 'no-articles',
        message: `${file.name}: no article could be read from the file`,
        file: file.name,
      });
    }
    reports.push(report);
    options.onProgress?.({
      filesDone: reports.length,
      filesTotal: files.length,
      articlesFound: found,
    });
    // Each file gives the event loop a turn, so a cancel can arrive between files.
    await loop.yieldTurn();
  }
  return { files: reports, articles };
}
