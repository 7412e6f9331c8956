/**
 * Reading any uploaded file: the registry's formats (txt, md, html, json, jsonl, csv) and the ones that need
 * asynchronous libraries or recursion (docx, pdf, zip). Enforces the size limits. Never throws and never
 * rejects: every problem is a diagnostic naming the file.
 */
import type { Diagnostic } from '../../types.ts';
import { extensionOf } from '../article-fields.ts';
import { ingestFile, ingestFormats } from '../index.ts';
import type { IngestOptions, IngestResult } from '../types.ts';
import { decodeText } from '../encoding.ts';
import { errorText } from './document-article.ts';
import { formatBytes, INGEST_LIMITS, type IngestLimits } from './limits.ts';
import { textSanityWarnings } from './text-sanity.ts';
import { freshZipBudget, readZip, type ZipBudget } from './zip.ts';

/** Extensions read here besides the registry's. */
export const DOCUMENT_EXTENSIONS = ['docx', 'pdf', 'zip'];

/** Every extension an upload may have, for the file picker's `accept` and for messages. */
export function acceptedExtensions(): string[] {
  return [...ingestFormats.flatMap((format) => format.extensions), ...DOCUMENT_EXTENSIONS];
}

interface Context {
  limits: IngestLimits;
  budget: ZipBudget;
  depth: number;
}

function failure(fileName: string, code: string, message: string): IngestResult {
  const diagnostic: Diagnostic = {
    severity: 'error',
    code,
    message: `${fileName}: ${message}`,
    file: fileName,
  };
  return { articles: [], diagnostics: [diagnostic] };
}

/**
 * Text formats go to the registry as UTF-8: the encoding is detected first (UTF-16, Windows-1256, Latin-1 are
 * transcoded, with a note), and empty or binary files are refused here with a message naming the file.
 */
function readTextFormat(
  bytes: Uint8Array,
  fileName: string,
  options: IngestOptions | undefined,
): IngestResult {
  const decoded = decodeText(bytes, fileName);
  const notes = decoded.diagnostics.map((diagnostic) => ({
    ...diagnostic,
    message: `${fileName}: ${diagnostic.message}`,
  }));
  if (decoded.text === null) return { articles: [], diagnostics: notes };
  const utf8 =
    decoded.encoding === 'utf-8' && notes.length === 0 ? bytes : new TextEncoder().encode(decoded.text);
  const result = ingestFile(utf8, fileName, options);
  return { articles: result.articles, diagnostics: [...notes, ...result.diagnostics] };
}

async function dispatch(
  bytes: Uint8Array,
  fileName: string,
  options: IngestOptions | undefined,
  context: Context,
) {
  if (bytes.length > context.limits.maxFileBytes) {
    return failure(
      fileName,
      'file-too-large',
      `the file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(context.limits.maxFileBytes)} per file`,
    );
  }
  const extension = extensionOf(fileName);
  switch (extension) {
    case 'docx': {
      const { readDocx } = await import('./docx.ts');
      return readDocx(bytes, fileName, options, context.budget, context.limits);
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf.ts');
      return readPdf(bytes, fileName, options, context.budget, context.limits);
    }
    case 'zip': {
      if (context.depth >= context.limits.maxZipDepth) {
        return failure(
          fileName,
          'zip-too-deep',
          `zips nested more than ${context.limits.maxZipDepth} deep are not opened`,
        );
      }
      const inner: Context = { ...context, depth: context.depth + 1 };
      return readZip(
        bytes,
        fileName,
        (entryBytes, entryName, entryOptions) => safeDispatch(entryBytes, entryName, entryOptions, inner),
        options,
        context.budget,
        context.limits,
      );
    }
    case 'doc':
      return failure(
        fileName,
        'unsupported-format',
        'old Word .doc files cannot be read; save the file as .docx',
      );
    default:
      if (extension !== '' && !acceptedExtensions().includes(extension)) {
        const expected = acceptedExtensions()
          .map((known) => '.' + known)
          .join(', ');
        return failure(
          fileName,
          'unsupported-format',
          `".${extension}" files cannot be read (expected ${expected})`,
        );
      }
      return readTextFormat(bytes, fileName, options);
  }
}

async function safeDispatch(
  bytes: Uint8Array,
  fileName: string,
  options: IngestOptions | undefined,
  context: Context,
): Promise<IngestResult> {
  try {
    return await dispatch(bytes, fileName, options, context);
  } catch (error) {
    return failure(fileName, 'unreadable', `could not be read (${errorText(error)})`);
  }
}

/** Reads one uploaded file of any supported format into articles and diagnostics. */
export function ingestAnyFile(
  bytes: Uint8Array,
  fileName: string,
  options?: IngestOptions,
  limits: IngestLimits = INGEST_LIMITS,
): Promise<IngestResult> {
  return safeDispatch(bytes, fileName, options, { limits, budget: freshZipBudget(limits), depth: 0 }).then(
    (result) => ({
      articles: result.articles,
      diagnostics: [
        ...result.diagnostics,
        ...result.articles.flatMap((article) => textSanityWarnings(article, fileName)),
      ],
    }),
  );
}
