/**
 * Extracting events from a list of articles inside the worker: one article at a time, a turn for the event
 * loop every few tens of milliseconds (so progress flows and a cancel can arrive), and an article whose
 * extraction fails becomes a diagnostic, never an exception.
 */
import type { Article, ArticleExtraction } from '../pipeline/types';
import type { ExtractBatch, ExtractProgress } from './extraction-protocol';
import { CooperativeLoop } from './cooperative-loop';

export type Extractor = (article: Article) => ArticleExtraction;

export interface ExtractJobOptions {
  onProgress?: (progress: ExtractProgress) => void;
  isCancelled?: () => boolean;
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

export async function extractAll(
  articles: readonly Article[],
  extractor: Extractor,
  options: ExtractJobOptions = {},
): Promise<ExtractBatch> {
  const loop = new CooperativeLoop();
  const extractions: ArticleExtraction[] = [];
  let eventsFound = 0;
  for (const article of articles) {
    if (options.isCancelled?.()) return { extractions, cancelled: true, diagnostics: [] };
    let extraction: ArticleExtraction;
    try {
      extraction = extractor(article);
    } catch (error) {
      extraction = failedExtraction(article, error);
    }
    extractions.push(extraction);
    eventsFound += extraction.events.length;
    if (loop.sliceUsed) {
      options.onProgress?.({ articlesDone: extractions.length, eventsFound });
      await loop.yieldTurn();
    }
  }
  options.onProgress?.({ articlesDone: extractions.length, eventsFound });
  return { extractions, cancelled: false, diagnostics: [] };
}
