/**
 * The article made from a document's plain text (Word, PDF): the first line is the title, the publication
 * date comes from the upload (documents rarely say it in a machine-readable way), the id from the content.
 */
import type { Article, Diagnostic } from '../../types.ts';
import { baseName, guessLanguage, toIsoDay } from '../article-fields.ts';
import type { IngestOptions, IngestResult } from '../types.ts';
import { contentId } from './content-id.ts';
import { unwrapHardLines } from '../unwrap-lines.ts';

const MAX_TITLE_LENGTH = 200;

function firstLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length > 0)
      return line.length <= MAX_TITLE_LENGTH ? line : line.slice(0, MAX_TITLE_LENGTH) + '…';
    start = end + 1;
  }
  return '';
}

export function documentArticle(
  text: string,
  fileName: string,
  kind: string,
  options?: IngestOptions,
  diagnostics: Diagnostic[] = [],
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
  const published = options?.published === undefined ? null : toIsoDay(options.published);
  const article: Article = {
    id: contentId(baseName(fileName), text),
    title: firstLine(text) || baseName(fileName),
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
