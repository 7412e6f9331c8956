import { BUNDLED_LIBRARY, BUNDLED_MERGED } from 'virtual:marsad-bundled-library';
import type { Article, ArticleExtraction, ConflictEvent } from '../pipeline/types';

/** A sample article with what the pipeline extracts from it. */
export interface BundledEntry {
  article: Article;
  extraction: ArticleExtraction;
}

/**
 * The sample articles that ship with Marsad (data/articles), oldest first, each with the events the current
 * pipeline extracts from it: extracted when the app is built (scripts/vite/bundled-library-plugin.ts), so the
 * first start needs neither the extractor nor the gazetteer.
 */
export const BUNDLED_LIBRARY_ENTRIES: readonly BundledEntry[] = BUNDLED_LIBRARY;

/**
 * The samples' events merged across articles, also when the app is built: the first start shows them without
 * fetching the library worker.
 */
export const BUNDLED_MERGED_EVENTS: readonly ConflictEvent[] = BUNDLED_MERGED;
