/**
 * PDF files, read with pdf.js's text layer. pdf.js is imported only when a .pdf arrives (a separate chunk).
 * Its worker module is imported into the current thread first, so pdf.js runs its "fake worker" here: inside
 * Marsad's extraction worker no second worker (and no worker URL, which the CSP would have to allow) is needed,
 * and the same code runs in Node.
 */
import type { Diagnostic } from '../../types.ts';
import type { IngestOptions, IngestResult } from '../types.ts';
import { documentArticle, errorText } from './document-article.ts';
import { pdfPagesText, type PdfTextPiece } from './pdf-layout.ts';

/** Pages read at most: a news article is a few pages; a 2,000-page report is not one article. */
export const MAX_PDF_PAGES = 300;
const PDF_SIGNATURE = '%PDF-';

async function loadPdfJs() {
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

function hasPdfSignature(bytes: Uint8Array): boolean {
  // The signature may follow a little junk (some generators write a few bytes first).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(PDF_SIGNATURE);
}

export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  options?: IngestOptions,
): Promise<IngestResult> {
  const diagnostics: Diagnostic[] = [];
  if (bytes.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-file',
      message: `${fileName}: the file is empty`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  if (!hasPdfSignature(bytes)) {
    diagnostics.push({
      severity: 'error',
      code: 'malformed-pdf',
      message: `${fileName}: not a PDF file`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  const pages: PdfTextPiece[][] = [];
  const heights: (number | undefined)[] = [];
  let loadingTask: { destroy: () => Promise<void> } | null = null;
  try {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({
      // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    loadingTask = task;
    const document = await task.promise;
    const pageCount = Math.min(document.numPages, MAX_PDF_PAGES);
    if (document.numPages > MAX_PDF_PAGES) {
      diagnostics.push({
        severity: 'warning',
        code: 'pdf-truncated',
        message: `${fileName}: only the first ${MAX_PDF_PAGES} of ${document.numPages} pages were read`,
        file: fileName,
      });
    }
    for (let number = 1; number <= pageCount; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      // Marked-content markers have no `str`; the layout keeps only pieces of text with their positions.
      pages.push(content.items.flatMap((item): PdfTextPiece[] => ('str' in item ? [item] : [])));
      const top = page.view[3];
      heights.push(top !== undefined && top > 0 ? top : undefined);
      page.cleanup();
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    diagnostics.push({
      severity: 'error',
      code: 'malformed-pdf',
      message:
        name === 'PasswordException'
          ? `${fileName}: the PDF is protected by a password`
          : `${fileName}: the PDF is damaged or truncated (${errorText(error)})`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  } finally {
    await loadingTask?.destroy().catch(() => undefined);
  }
  return documentArticle(pdfPagesText(pages, heights), fileName, 'PDF', options, diagnostics);
}
