/**
 * PDF files, read with pdf.js's text layer. pdf.js is imported only when a .pdf arrives (a separate chunk).
 * Its worker module is imported into the current thread first, so pdf.js runs its "fake worker" here: inside
 * Marsad's extraction worker no second worker (and no worker URL, which the CSP would have to allow) is needed,
 * and the same code runs in Node.
 */
import { INGEST_LIMITS, type IngestLimits } from './limits.ts';
import { pagesWithinBudget, pdfCost } from './pdf-budget.ts';
import { freshZipBudget, type ZipBudget } from './zip.ts';
import type { Diagnostic } from '../../types.ts';
import type { IngestOptions, IngestResult } from '../types.ts';
import { documentArticle, errorText, type DocumentMetadata } from './document-article.ts';
import { pdfPagesText, type PdfTextPiece } from './pdf-layout.ts';

/** Pages read at most: a news article is a few pages; a 2,000-page report is not one article. */
export const MAX_PDF_PAGES = 300;
/** A page with fewer letters than this on average carries no text of its own (a scan with a page number). */
const MIN_LETTERS_PER_PAGE = 20;

/** Whether the text holds at least `wanted` letters (stops counting once it does). */
function hasLetters(text: string, wanted: number): boolean {
  let letters = 0;
  for (const character of text) {
    if (/\p{L}/u.test(character) && ++letters >= wanted) return true;
  }
  return letters >= wanted;
}
const PDF_SIGNATURE = '%PDF-';

async function loadPdfJs() {
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** The makers of PDFs printed from a web browser: their creation date is the day of printing, not of publication. */
const PRINTED_FROM_BROWSER =
  /skia\/pdf|chrom|mozilla|firefox|safari|webkit|wkhtmltopdf|print to pdf|headless/i;

/** The ISO day of a PDF date ("D:20200726093000+02'00'") or an XMP date ("2020-07-26T09:30:00Z"). */
export function pdfDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1990 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The title and creation day a PDF states about itself: XMP (dc:title, xmp:CreateDate) before the info dictionary
 * (Title, CreationDate). The creation day of a page printed from a browser is the day it was printed: left out.
 */
export function pdfMetadata(info: unknown, xmp: { get: (name: string) => unknown } | null): DocumentMetadata {
  const record = typeof info === 'object' && info !== null ? (info as Record<string, unknown>) : {};
  const metadata: DocumentMetadata = {};
  const title = textOf(xmp?.get('dc:title')).trim() || textOf(record['Title']).trim();
  if (title !== '') metadata.title = title;
  const maker = `${textOf(record['Producer'])} ${textOf(record['Creator'])} ${textOf(xmp?.get('pdf:producer'))} ${textOf(xmp?.get('xmp:creatortool'))}`;
  if (PRINTED_FROM_BROWSER.test(maker)) return metadata;
  const day = pdfDay(xmp?.get('xmp:createdate')) ?? pdfDay(record['CreationDate']);
  if (day !== null) {
    metadata.published = day;
    metadata.publishedFrom = "the PDF's creation date";
  }
  return metadata;
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
  budget?: ZipBudget,
  limits: IngestLimits = INGEST_LIMITS,
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
  // Streams inflated once within the upload's inflation budget, drawing instructions counted per page.
  const cost = pdfCost(bytes, fileName, budget ?? freshZipBudget(limits), limits);
  if (cost.refused !== null) {
    diagnostics.push({ severity: 'error', code: 'pdf-too-costly', message: cost.refused, file: fileName });
    return { articles: [], diagnostics };
  }
  const pages: PdfTextPiece[][] = [];
  const heights: (number | undefined)[] = [];
  let metadata: DocumentMetadata = {};
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
    try {
      const { info, metadata: xmp } = await document.getMetadata();
      metadata = pdfMetadata(info, xmp);
    } catch {
      // Broken metadata is no reason to lose the text: the title then comes from the first heading.
    }
    const within = pagesWithinBudget(cost, Math.min(document.numPages, MAX_PDF_PAGES), fileName, limits);
    const pageCount = within.pages;
    if (within.warning !== null) {
      diagnostics.push({
        severity: 'warning',
        code: 'pdf-truncated',
        message: within.warning,
        file: fileName,
      });
    }
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
  const text = pdfPagesText(pages, heights);
  if (!hasLetters(text, MIN_LETTERS_PER_PAGE * Math.max(1, pages.length))) {
    // Page images and no text (or a page number here and there): a scan, which has to go through OCR first.
    diagnostics.push({
      severity: 'error',
      code: 'pdf-no-text-layer',
      message: `${fileName}: this PDF has no text layer — it looks scanned (${pages.length === 1 ? 'its page holds' : `its ${pages.length} pages hold`} no text to read). Run it through OCR (text recognition) first, or paste the article's text.`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  return documentArticle(text, fileName, 'PDF', options, diagnostics, metadata);
}
