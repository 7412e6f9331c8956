/**
 * Extraction for the library's re-runs, loaded on first use: the worker client (and through it the worker, the
 * extractor and the gazetteer) is fetched only when an article is actually extracted, never at start-up.
 */
import type { Article, ArticleExtraction } from '../pipeline/types';

/** Same contract as `extractArticles` in extraction-client.ts: never rejects; nothing extracted is `[]`. */
export async function extractArticlesOnDemand(articles: Article[]): Promise<ArticleExtraction[]> {
  let client: typeof import('./extraction-client');
  try {
    client = await import('./extraction-client');
  } catch {
    // The chunk could not be fetched (offline after an update): nothing is extracted, as when the worker dies.
    return [];
  }
  return client.extractArticles(articles);
}
