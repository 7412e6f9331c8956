/**
 * The check every article record of an uploaded JSON or JSON Lines file passes before it is read (loaded only
 * when such a file, or a zip that may hold one, is uploaded): the workspace file's article schema
 * (`ArticleSchema` in workspace-schema.ts, valibot), widened only where uploads are freer — the other field names
 * scrapers use (content, body, headline, outlet, link, date…) each checked as the field they stand for, a numeric
 * id, any language code and a date in any readable form. A record with a field of the wrong kind is set aside
 * with a message naming the field; an unknown field is ignored.
 */
import * as v from 'valibot';
import { ArticleSchema } from '../pipeline/export/workspace-schema';

const { id, text } = ArticleSchema.entries;
/** A field that may be left out or null, else checked as `schema`. */
const field = <T extends v.GenericSchema>(schema: T) => v.optional(v.nullable(schema));

export const ArticleInputSchema = v.looseObject({
  id: field(v.union([id, v.pipe(v.number(), v.finite())], 'a non-empty text or a number')),
  lang: field(v.string()),
  text: field(text),
  content: field(text),
  body: field(text),
  article: field(text),
  full_text: field(text),
  title: field(text),
  headline: field(text),
  published: field(text),
  date: field(text),
  published_at: field(text),
  publishedAt: field(text),
  pubDate: field(text),
  datePublished: field(text),
  source: field(text),
  outlet: field(text),
  publisher: field(text),
  url: field(text),
  link: field(text),
});

/** What is wrong with a record ("title: Invalid type: Expected string but received 42"), or null. */
export function checkArticleRecord(record: unknown): string | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
  const result = v.safeParse(ArticleInputSchema, record);
  if (result.success) return null;
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}
