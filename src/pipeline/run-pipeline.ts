/**
 * The whole pure pipeline over a batch of articles: extraction per article, then one merge of the
 * events that several articles report. Never throws: an article that fails becomes a diagnostic.
 */
import { extractArticle, mergeEvents, type ExtractionResources } from './extract/index.ts';
import type { Article, ArticleExtraction, ConflictEvent } from './types.ts';

export interface PipelineResult {
  events: ConflictEvent[];
  extractions: ArticleExtraction[];
}

export function runPipeline(articles: readonly Article[], resources: ExtractionResources): PipelineResult {
  const extractions: ArticleExtraction[] = [];
  for (const article of articles) {
    try {
      extractions.push(extractArticle(article, resources));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      extractions.push({
        article_id: article.id,
        events: [],
        summaries: [],
        diagnostics: [
          {
            severity: 'error',
            code: 'extraction-failed',
            message: `${article.id}: extraction failed (${reason})`,
            article_id: article.id,
          },
        ],
      });
    }
  }
  const events = extractions.flatMap((extraction) => extraction.events);
  // The same merge as the app's: a report naming only the city joins one naming a quarter inside it.
  return { events: mergeEvents(events, { places: resources.places }), extractions };
}
