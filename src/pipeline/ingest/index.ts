/**
 * The input formats as a registry: adding a format means adding one module to `ingestFormats`.
 * `ingestFile` picks the format by the file's extension (or by its first bytes when the extension
 * is unknown) and never throws.
 */
import { decodeText, extensionOf } from './article-fields.ts';
import { htmlFormat } from './html-format.ts';
import { jsonFormat, jsonLinesFormat } from './json-format.ts';
import { markdownFormat, textFormat } from './text-format.ts';
import { csvFormat } from './formats/csv.ts';
import type { IngestFormat, IngestOptions, IngestResult } from './types.ts';

export type { IngestFormat, IngestOptions, IngestResult } from './types.ts';

export const ingestFormats: IngestFormat[] = [
  textFormat,
  markdownFormat,
  htmlFormat,
  jsonFormat,
  jsonLinesFormat,
  csvFormat,
];

export function formatForFile(
  fileName: string,
  formats: readonly IngestFormat[] = ingestFormats,
): IngestFormat | null {
  const extension = extensionOf(fileName);
  return formats.find((format) => format.extensions.includes(extension)) ?? null;
}

/** Guesses a format from the first characters when the extension says nothing. */
function sniffFormat(bytes: Uint8Array): IngestFormat {
  const start = decodeText(bytes.subarray(0, 512)).trimStart();
  if (start.startsWith('<')) return htmlFormat;
  if (start.startsWith('[') || start.startsWith('{')) {
    const firstLineEnd = start.indexOf('\n');
    const firstLine = firstLineEnd < 0 ? start : start.slice(0, firstLineEnd).trim();
    return start.startsWith('{') && firstLine.endsWith('}') && firstLineEnd > 0
      ? jsonLinesFormat
      : jsonFormat;
  }
  return textFormat;
}

export function ingestFile(bytes: Uint8Array, fileName: string, options?: IngestOptions): IngestResult {
  const format = formatForFile(fileName) ?? (extensionOf(fileName) === '' ? sniffFormat(bytes) : null);
  if (format === null) {
    return {
      articles: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'unsupported-format',
          message: `${fileName}: unsupported file type ".${extensionOf(fileName)}" (expected ${ingestFormats
            .flatMap((known) => known.extensions)
            .map((extension) => '.' + extension)
            .join(', ')})`,
          file: fileName,
        },
      ],
    };
  }
  try {
    return format.read(bytes, fileName, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      articles: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'unreadable',
          message: `${fileName}: could not be read (${reason})`,
          file: fileName,
        },
      ],
    };
  }
}
