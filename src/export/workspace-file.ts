import type { Article, ArticleExtraction } from '../pipeline/types';
import type { EventCorrection } from '../corrections/correction-types';
import type { ArticleRecord } from '../persistence/schema';

export const WORKSPACE_FORMAT = 'marsad-workspace';
export const WORKSPACE_VERSION = 1;

/** One article of a workspace file, with what the extractor found in it. */
export interface WorkspaceArticle {
  article: Article;
  extraction: ArticleExtraction;
  bundled: boolean;
  added_at: number;
}

/** The whole workspace as one JSON file: it imports back on another machine without loss. */
export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  exported_at: string;
  articles: WorkspaceArticle[];
  corrections: EventCorrection[];
}

export function buildWorkspace(
  records: readonly ArticleRecord[],
  corrections: readonly EventCorrection[],
  now: Date = new Date(),
): WorkspaceFile {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exported_at: now.toISOString(),
    articles: records.map((record) => ({
      article: record.article,
      extraction: record.extraction,
      bundled: record.bundled,
      added_at: record.addedAt,
    })),
    corrections: [...corrections],
  };
}

export type ParsedWorkspace =
  | {
      ok: true;
      records: ArticleRecord[];
      corrections: EventCorrection[];
      /** Records of the file that were not valid, each named with its problem; the rest are imported. */
      setAside: { record: string; problem: string }[];
    }
  | { ok: false; reason: string };
