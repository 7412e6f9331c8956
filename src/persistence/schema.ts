import type { DBSchema } from 'idb';
import type { Article, ArticleExtraction, Diagnostic } from '../pipeline/types';
import type { EventCorrection } from '../corrections/correction-types';

export const DATABASE_NAME = 'marsad';

/** The schema version this code writes. Every older version has a step in `migrations.ts`. */
export const SCHEMA_VERSION = 3;

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
 * An extraction as IndexedDB keeps it: every event as its JSON text. Structured cloning a string is a copy,
 * while cloning an event object walks and writes every field name and value, so this shape makes saving and
 * loading a large library several times faster. `events` stays an array, one entry per event.
 */
export interface StoredExtraction {
  article_id: string;
  events: string[];
  summaries: string[];
  diagnostics: Diagnostic[];
}

/** An article record as IndexedDB keeps it (see `StoredExtraction`). */
export interface StoredArticleRecord extends Omit<ArticleRecord, 'extraction'> {
  extraction: StoredExtraction;
}

/**
 * The library's events as merged across articles, saved so that opening the library need not merge them again.
 * Valid only while `generation` equals the library's generation (see `LIBRARY_GENERATION_KEY`).
 */
export interface MergedEventsCache {
  generation: number;
  /** Every merged machine event (before corrections) as its JSON text, in the merged order. */
  events: string[];
  /** For each merged event of several machine events, its members' ids. */
  members: [string, string[]][];
}

export interface MetaRecord {
  key: string;
  value: string | number | boolean | MergedEventsCache;
}

export interface MarsadSchema extends DBSchema {
  articles: {
    key: string;
    value: StoredArticleRecord;
    indexes: { 'by-fingerprint': string };
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

export type MarsadStoreName = 'articles' | 'corrections' | 'meta';

/** Meta key of a counter raised in the same transaction as every change to the stored articles. */
export const LIBRARY_GENERATION_KEY = 'library-generation';
/** Meta key of the `MergedEventsCache`. */
export const MERGED_EVENTS_KEY = 'merged-events';

/** Meta key set once the bundled sample articles have been offered, so they load on first start only. */
export const BUNDLED_LOADED_KEY = 'bundled-articles-loaded';
