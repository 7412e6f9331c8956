import type { DBSchema } from 'idb';
import type { Article, ArticleExtraction } from '../pipeline/types';
import type { EventCorrection } from '../corrections/correction-types';

export const DATABASE_NAME = 'marsad';

/** The schema version this code writes. Every older version has a step in `migrations.ts`. */
export const SCHEMA_VERSION = 2;

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

export interface MetaRecord {
  key: string;
  value: string | number | boolean;
}

export interface MarsadSchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
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

/** Meta key set once the bundled sample articles have been offered, so they load on first start only. */
export const BUNDLED_LOADED_KEY = 'bundled-articles-loaded';
