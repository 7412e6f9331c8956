import type { Article, ArticleExtraction, ConflictEvent } from '../pipeline/types';
import type { EventCorrection } from '../corrections/correction-types';
import { textFingerprint } from '../library/text-fingerprint';
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
  { ok: true; records: ArticleRecord[]; corrections: EventCorrection[] } | { ok: false; reason: string };

/** Reads a workspace file; anything malformed is refused as a whole, with the reason. */
export function parseWorkspace(text: string): ParsedWorkspace {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (!isObject(data) || data['format'] !== WORKSPACE_FORMAT)
    return { ok: false, reason: 'not a Marsad workspace' };
  const version = data['version'];
  if (typeof version !== 'number' || version > WORKSPACE_VERSION) {
    return { ok: false, reason: `workspace version ${String(version)} is newer than this Marsad reads` };
  }
  const articles = data['articles'];
  const corrections = data['corrections'];
  if (!Array.isArray(articles) || !Array.isArray(corrections)) return { ok: false, reason: 'missing lists' };
  const records: ArticleRecord[] = [];
  for (const [index, entry] of articles.entries()) {
    if (!isWorkspaceArticle(entry)) return { ok: false, reason: `article ${index + 1} is malformed` };
    records.push({
      id: entry.article.id,
      article: entry.article,
      extraction: { ...entry.extraction, article_id: entry.article.id },
      fingerprint: textFingerprint(entry.article.text),
      bundled: entry.bundled,
      addedAt: entry.added_at,
    });
  }
  for (const [index, correction] of corrections.entries()) {
    if (!isCorrection(correction)) return { ok: false, reason: `correction ${index + 1} is malformed` };
  }
  return { ok: true, records, corrections: corrections as EventCorrection[] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNullable(value: unknown, type: 'string' | 'number'): boolean {
  return value === null || typeof value === type;
}

function isArticle(value: unknown): value is Article {
  return (
    isObject(value) &&
    typeof value['id'] === 'string' &&
    typeof value['title'] === 'string' &&
    typeof value['text'] === 'string' &&
    typeof value['source'] === 'string' &&
    (value['lang'] === 'ar' || value['lang'] === 'en' || value['lang'] === 'other') &&
    isNullable(value['published'], 'string')
  );
}

function isEvent(value: unknown): value is ConflictEvent {
  return (
    isObject(value) &&
    typeof value['id'] === 'string' &&
    typeof value['event_type'] === 'string' &&
    typeof value['sub_event_type'] === 'string' &&
    isNullable(value['date'], 'string') &&
    isNullable(value['latitude'], 'number') &&
    isNullable(value['longitude'], 'number') &&
    isNullable(value['fatalities'], 'number') &&
    typeof value['notes'] === 'string' &&
    Array.isArray(value['sources']) &&
    Array.isArray(value['highlights'])
  );
}

function isWorkspaceArticle(value: unknown): value is WorkspaceArticle {
  if (!isObject(value) || !isArticle(value['article'])) return false;
  const extraction = value['extraction'];
  return (
    isObject(extraction) &&
    Array.isArray(extraction['events']) &&
    extraction['events'].every(isEvent) &&
    Array.isArray(extraction['summaries']) &&
    Array.isArray(extraction['diagnostics']) &&
    typeof value['bundled'] === 'boolean' &&
    typeof value['added_at'] === 'number'
  );
}

function isCorrection(value: unknown): value is EventCorrection {
  if (!isObject(value) || typeof value['event_id'] !== 'string' || typeof value['updatedAt'] !== 'number') {
    return false;
  }
  if (value['kind'] === 'not-event') return true;
  if (value['kind'] === 'edit') return isObject(value['fields']);
  if (value['kind'] === 'added') return isEvent(value['event']);
  if (value['kind'] === 'split' || value['kind'] === 'merge') {
    const members = value['members'];
    return Array.isArray(members) && members.length > 1 && members.every((id) => typeof id === 'string');
  }
  return false;
}
