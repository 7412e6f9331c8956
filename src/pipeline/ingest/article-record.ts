/**
 * Turning a parsed JSON value into an Article: {id?, title?, text, published?, url?, source?, lang?}.
 * Common alternative field names from scrapers and exports are accepted (content/body, date/pubDate).
 */
import type { Article, Diagnostic } from '../types.ts';
import { guessLanguage, isLanguage, toIsoDay } from './article-fields.ts';
import type { IngestOptions } from './types.ts';
import { contentId } from './formats/content-id.ts';
import { unwrapHardLines } from './unwrap-lines.ts';

const TEXT_FIELDS = ['text', 'content', 'body', 'article', 'full_text'] as const;
const DATE_FIELDS = ['published', 'date', 'published_at', 'publishedAt', 'pubDate', 'datePublished'] as const;
const TITLE_FIELDS = ['title', 'headline'] as const;
const SOURCE_FIELDS = ['source', 'outlet', 'publisher'] as const;
const URL_FIELDS = ['url', 'link'] as const;

/** Every field name a record is read by, spelled as it is looked up (a table's headers are matched to these). */
export const RECORD_FIELDS: readonly string[] = [
  'id',
  'lang',
  ...TEXT_FIELDS,
  ...DATE_FIELDS,
  ...TITLE_FIELDS,
  ...SOURCE_FIELDS,
  ...URL_FIELDS,
];

function firstString(record: Record<string, unknown>, fields: readonly string[]): string | null {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string') return value;
  }
  return null;
}

export interface RecordResult {
  article: Article | null;
  diagnostics: Diagnostic[];
}

/**
 * `where` names the record in messages ("news.json, article 3"); `fallbackId` is used when the
 * record has no id of its own.
 */
export function recordToArticle(
  value: unknown,
  fallbackId: string,
  fileName: string,
  where: string,
  options?: IngestOptions,
): RecordResult {
  const diagnostics: Diagnostic[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    diagnostics.push({
      severity: 'error',
      code: 'not-an-article',
      message: `${where}: expected an article object`,
      file: fileName,
    });
    return { article: null, diagnostics };
  }
  const record = value as Record<string, unknown>;
  const rawId = record['id'];
  const text = firstString(record, TEXT_FIELDS);
  // A record without an id of its own is named after its file and made unique by its text.
  const id =
    typeof rawId === 'string' && rawId.trim() !== ''
      ? rawId.trim()
      : typeof rawId === 'number'
        ? String(rawId)
        : contentId(fallbackId, text ?? '');
  if (text === null || text.trim().length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-text',
      message: `${where}: the article has no text`,
      file: fileName,
      article_id: id,
    });
    return { article: null, diagnostics };
  }
  const rawDate = firstString(record, DATE_FIELDS);
  let published = rawDate === null ? null : toIsoDay(rawDate);
  if (rawDate !== null && published === null) {
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-date',
      message: `${where}: the publication date "${rawDate}" is not a readable date`,
      file: fileName,
      article_id: id,
    });
  }
  if (published === null && options?.published !== undefined) published = toIsoDay(options.published);
  const lang = isLanguage(record['lang']) ? record['lang'] : guessLanguage(text);
  const source = firstString(record, SOURCE_FIELDS) ?? fileName;
  const url = firstString(record, URL_FIELDS);
  const article: Article = {
    id,
    title: firstString(record, TITLE_FIELDS) ?? '',
    published,
    lang,
    source,
    text: unwrapHardLines(text),
  };
  if (url !== null) article.url = url;
  return { article, diagnostics };
}
