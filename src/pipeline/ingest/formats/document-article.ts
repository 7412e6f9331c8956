/**
 * The article made from a document's plain text (Word, PDF): the title and publication day from the document's
 * own metadata where it holds them (PDF info dictionary or XMP, Word core properties), else the first heading of
 * the text and the day given with the upload; the id from the content.
 */
import type { Article, Diagnostic } from '../../types.ts';
import { baseName, guessLanguage, toIsoDay } from '../article-fields.ts';
import type { IngestOptions, IngestResult } from '../types.ts';
import { contentId } from './content-id.ts';
import { unwrapHardLines } from '../unwrap-lines.ts';
import { firstHeading, metadataTitle } from '../title.ts';

/** What a document says about itself, read from its metadata (not from its text). */
export interface DocumentMetadata {
  title?: string;
  /** ISO day the document was created (or published), when the metadata holds one worth believing. */
  published?: string;
  /** Where `published` comes from, for the note shown with it ("the PDF's creation date"). */
  publishedFrom?: string;
}

export function documentArticle(
  text: string,
  fileName: string,
  kind: string,
  options?: IngestOptions,
  diagnostics: Diagnostic[] = [],
  metadata: DocumentMetadata = {},
): IngestResult {
  if (text.trim().length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-text',
      message: `${fileName}: the ${kind} holds no text (a scanned image without a text layer?)`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  const ownDay = metadata.published === undefined ? null : toIsoDay(metadata.published);
  const published = ownDay ?? (options?.published === undefined ? null : toIsoDay(options.published));
  if (ownDay !== null && metadata.publishedFrom !== undefined) {
    diagnostics.push({
      severity: 'info',
      code: 'date-from-metadata',
      message: `${fileName}: publication date ${ownDay} taken from ${metadata.publishedFrom}`,
      file: fileName,
    });
  }
  const article: Article = {
    id: contentId(baseName(fileName), text),
    title: metadataTitle(metadata.title, baseName(fileName)) || firstHeading(text) || baseName(fileName),
    published,
    lang: guessLanguage(text),
    source: fileName.slice(fileName.lastIndexOf('/') + 1),
    text: unwrapHardLines(text),
  };
  return { articles: [article], diagnostics };
}

export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 200 ? message.slice(0, 200) + '…' : message;
}
