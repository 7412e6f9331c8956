/**
 * Extracting events from a list of articles inside the worker: one article at a time, a turn for the event
 * loop every few tens of milliseconds (so progress flows and a cancel can arrive), and an article whose
 * extraction fails becomes a diagnostic, never an exception.
 */
import type { Article, ArticleExtraction } from '../pipeline/types';
import { MAX_SLICE_ARTICLES, type ExtractBatch, type ExtractProgress } from './extraction-protocol';
import { CooperativeLoop } from './cooperative-loop';

export type Extractor = (article: Article) => ArticleExtraction;

export interface ExtractJobOptions {
  onProgress?: (progress: ExtractProgress) => void;
  isCancelled?: () => boolean;
  /**
   * Receives finished extractions at every turn of the event loop and at the end (awaited, so they arrive in
   * order and before the job resolves); the returned batch then holds none.
   */
  onResults?: (extractions: ArticleExtraction[]) => Promise<void> | void;
}

function failedExtraction(article: Article, error: unknown): ArticleExtraction {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    article_id: article.id,
    events: [],
    summaries: [],
    diagnostics: [
      {
        severity: 'error',
        code: 'extraction-failed',
        message: `${article.title || article.id}: events could not be extracted (${reason.slice(0, 200)})`,
        article_id: article.id,
      },
    ],
  };
}

/**
 * Finished articles are handed over before one at least this long (in characters) starts: extraction time grows
 * with length, so a long article is a long wait for those finished before it (and a cancel during it keeps them).
 */
const LONG_ARTICLE_CHARS = 20_000;

export async function extractAll(
  articles: readonly Article[],
  extractor: Extractor,
  options: ExtractJobOptions = {},
): Promise<ExtractBatch> {
  const loop = new CooperativeLoop();
  const kept: ArticleExtraction[] = [];
  let unsent: ArticleExtraction[] = [];
  let done = 0;
  let eventsFound = 0;
  // Slices in between are not awaited (the worker goes on); the last one is, and messages keep their order, so
  // every slice has arrived when the job resolves.
  const handOver = async (wait: boolean) => {
    if (!options.onResults || unsent.length === 0) return;
    const slice = unsent;
    unsent = [];
    const delivered = options.onResults(slice);
    if (wait) await delivered;
  };
  const finish = async (cancelled: boolean): Promise<ExtractBatch> => {
    await handOver(true);
    return { extractions: kept, cancelled, diagnostics: [] };
  };
  for (const article of articles) {
    if (options.isCancelled?.()) return finish(true);
    if (unsent.length > 0 && article.text.length >= LONG_ARTICLE_CHARS) {
      await handOver(false);
      options.onProgress?.({ articlesDone: done, eventsFound });
    }
    let extraction: ArticleExtraction;
    try {
      extraction = extractor(article);
    } catch (error) {
      extraction = failedExtraction(article, error);
    }
    (options.onResults ? unsent : kept).push(extraction);
    done++;
    eventsFound += extraction.events.length;
    if (loop.sliceUsed || unsent.length >= MAX_SLICE_ARTICLES) {
      await handOver(false);
      options.onProgress?.({ articlesDone: done, eventsFound });
      await loop.yieldTurn();
    }
  }
  options.onProgress?.({ articlesDone: done, eventsFound });
  return finish(false);
}
