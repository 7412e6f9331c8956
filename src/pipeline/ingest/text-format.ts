/** Plain text and Markdown: one article per file; its first heading (not a menu or a date line) is its title. */
import type { Diagnostic } from '../types.ts';
import { baseName, decodeText, guessLanguage, toIsoDay } from './article-fields.ts';
import type { IngestFormat, IngestOptions, IngestResult } from './types.ts';
import { contentId } from './formats/content-id.ts';
import { unwrapHardLines } from './unwrap-lines.ts';
import { firstHeading } from './title.ts';

export function readPlainText(
  bytes: Uint8Array,
  fileName: string,
  options: IngestOptions | undefined,
  markdown: boolean,
): IngestResult {
  const diagnostics: Diagnostic[] = [];
  const text = decodeText(bytes);
  if (text.trim().length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-text',
      message: `${fileName}: the file has no text`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  const published = options?.published === undefined ? null : toIsoDay(options.published);
  if (options?.published !== undefined && published === null) {
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-date',
      message: `${fileName}: the publication date "${options.published}" is not a date (YYYY-MM-DD); relative dates cannot be resolved`,
      file: fileName,
    });
  } else if (published === null) {
    diagnostics.push({
      severity: 'info',
      code: 'missing-date',
      message: `${fileName}: no publication date given; relative dates ("yesterday", weekdays) cannot be resolved`,
      file: fileName,
    });
  }
  // Named after the file, made unique by the text: two different 'report.txt' files never replace each other.
  const id = contentId(baseName(fileName), text);
  return {
    articles: [
      {
        id,
        title: firstHeading(text, markdown),
        published,
        lang: guessLanguage(text),
        source: fileName,
        text: unwrapHardLines(text),
      },
    ],
    diagnostics,
  };
}

export const textFormat: IngestFormat = {
  id: 'text',
  extensions: ['txt', 'text'],
  read: (bytes, fileName, options) => readPlainText(bytes, fileName, options, false),
};

export const markdownFormat: IngestFormat = {
  id: 'markdown',
  extensions: ['md', 'markdown'],
  read: (bytes, fileName, options) => readPlainText(bytes, fileName, options, true),
};
