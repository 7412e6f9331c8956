import type { DBSchema } from 'idb';
import type { Article, ArticleExtraction, Diagnostic } from '../pipeline/types';
import type { EventColumns } from './event-columns';
import type { EventCorrection } from '../corrections/correction-types';

export const DATABASE_NAME = 'marsad';

/** The schema version this code writes. Every older version has a step in `migrations.ts`. */
export const SCHEMA_VERSION = 6;

/**
 * One article with what the extractor found in it, stored as one record so that an article is either
 * fully there with its events or not there at all.
 */
export interface ArticleRecord {
  id: string;
  article: Article;
  extraction: ArticleExtraction;
  /** Hash of the normalised text: the same text uploaded twice has the same fingerprint. */
  fingerprint: string;
  bundled: boolean;
  addedAt: number;
}

/**
 * An extraction as schema version 3 kept it, inside one record per article: every event as its JSON text. Read
 * only by the migration to version 4.
 */
export interface StoredExtraction {
  article_id: string;
  events: string[];
  summaries: string[];
  diagnostics: Diagnostic[];
}

/** An article record as schema version 3 kept it (one record per article); read only by migrations. */
export interface StoredArticleRecord extends Omit<ArticleRecord, 'extraction'> {
  extraction: StoredExtraction;
}

/**
 * Up to a few hundred articles saved together as one record (schema version 4): writing and reading one large
 * record costs about as much as one small one, so a library of 10,000 articles is a few dozen records instead of
 * 10,000. A shelf holds the articles of one write; deleting or replacing an article rewrites its shelf. The texts
 * are in the `texts` store and the ids with their fingerprints in the `catalog` store, under the same id, so
 * what a write must look up is read without the events and the events without the texts. (Indexes over every
 * article would cost more than the shelves save: the browser writes an index entry per article.)
 */
export interface ShelfRecord {
  id: string;
  /** The articles' ids, in shelf order. */
  ids: string[];
  /** JSON text of the `ShelfEntry` list, one per article in shelf order. */
  entries: string;
  /** Every article's events, article after article in shelf order (`ShelfEntry.eventCount` each). */
  events: EventColumns;
}

/**
 * Where one stored article is (schema version 6): its shelf and its text's fingerprint, under the article's id. The
 * catalog is the list of what the library holds: an article is stored while its entry names a shelf holding it, so
 * deleting an article deletes its entry (and its shelf once no entry names it) without writing anything, which works
 * on a full disk; an article replaced or deleted stays on its old shelf, unread, until that shelf is rewritten.
 */
export interface CatalogRecord {
  id: string;
  shelf: string;
  fingerprint: string;
}

/** The catalog record of schema versions 4 and 5: a shelf's `[article id, fingerprint][]` as JSON text. */
export interface ShelfCatalogRecord {
  id: string;
  articles: string;
}

/** One article of a shelf, as its JSON text holds it: everything but the text and the events. */
export interface ShelfEntry {
  article: Omit<Article, 'text'>;
  fingerprint: string;
  eventCount: number;
  summaries: string[];
  diagnostics: Diagnostic[];
  bundled: boolean;
  addedAt: number;
}

/** The texts of a shelf's articles, in shelf order, under the shelf's id. */
export interface ShelfTexts {
  id: string;
  texts: string[];
}

/**
 * The library's events as merged across articles, saved so that opening the library need not merge them again.
 * Valid only while `generation` equals the library's generation (see `LIBRARY_GENERATION_KEY`).
 */
export interface MergedEventsCache {
  generation: number;
  /**
   * Every merged machine event (before corrections) in the merged order: the id of the article's own event it is
   * (an event reported by one article only is merged into itself), or null for the next event of `combined`.
   */
  order: (string | null)[];
  /** The events that combine several reports, in the merged order. */
  combined: EventColumns;
  /** For each merged event of several machine events, its members' ids. */
  members: [string, string[]][];
  /** The grouping rule it was merged by (`MERGE_RULE`); a cache of an earlier rule is merged again. */
  rule?: number;
  /** The user's split and merge decisions it was merged under (`constraintsKey`). */
  constraints?: string;
}

/**
 * The version of the cross-article grouping rule. 2: grouping by incident (every report compatible with every
 * other, coarse reports only when unambiguous, user split/merge constraints) instead of chained links.
 */
export const MERGE_RULE = 2;

/** Articles an upgrade could not read (their events were not JSON), kept as they were instead of dropped. */
export interface UnreadableArticles {
  records: unknown[];
}

export interface MetaRecord {
  key: string;
  value: string | number | boolean | MergedEventsCache | UnreadableArticles;
}

export interface MarsadSchema extends DBSchema {
  shelves: {
    key: string;
    value: ShelfRecord;
  };
  catalog: {
    key: string;
    value: CatalogRecord;
  };
  texts: {
    key: string;
    value: ShelfTexts;
  };
  corrections: {
    key: string;
    value: EventCorrection;
  };
  meta: {
    key: string;
    value: MetaRecord;
  };
}

export type MarsadStoreName = 'shelves' | 'texts' | 'catalog' | 'corrections' | 'meta';

/** Meta key of a counter raised in the same transaction as every change to the stored articles. */
export const LIBRARY_GENERATION_KEY = 'library-generation';
/** Meta key of the `UnreadableArticles` the upgrade to version 4 set aside. */
export const UNREADABLE_ARTICLES_KEY = 'unreadable-articles';
/** Meta key of the `MergedEventsCache`. */
export const MERGED_EVENTS_KEY = 'merged-events';

/** Meta key set once the bundled sample articles have been offered, so they load on first start only. */
export const BUNDLED_LOADED_KEY = 'bundled-articles-loaded';
