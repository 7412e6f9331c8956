/**
 * Word documents (.docx), read with mammoth's raw-text extraction; the title and date from the document's core
 * properties. mammoth is imported only when a .docx
 * arrives, so it is a separate chunk that costs nothing otherwise.
 */
import type { Diagnostic } from '../../types.ts';
import type { IngestOptions, IngestResult } from '../types.ts';
import { unzipSync } from 'fflate';
import { documentArticle, errorText, type DocumentMetadata } from './document-article.ts';
import { toIsoDay } from '../article-fields.ts';
import { INGEST_LIMITS, type IngestLimits } from './limits.ts';
import { freshZipBudget, repackWithinBudget, type ZipBudget } from './zip.ts';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** The core properties part is a few hundred bytes; a larger one is not read. */
const MAX_CORE_BYTES = 64 * 1024;
const CORE_PART = 'docProps/core.xml';

function xmlText(xml: string, element: string): string {
  const match = new RegExp(`<${element}(?:\\s[^>]*)?>([^<]*)</${element}>`).exec(xml);
  if (!match) return '';
  return (match[1] as string)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * The title and day a Word document states in its core properties (docProps/core.xml): dc:title, and
 * dcterms:created (else dcterms:modified). Nothing when the part is missing, too large or unreadable.
 */
export function docxMetadata(bytes: Uint8Array): DocumentMetadata {
  let xml = '';
  try {
    const parts = unzipSync(bytes, {
      filter: (file) => file.name === CORE_PART && file.originalSize <= MAX_CORE_BYTES,
    });
    const core = parts[CORE_PART];
    if (core === undefined) return {};
    xml = new TextDecoder().decode(core.subarray(0, MAX_CORE_BYTES));
  } catch {
    return {};
  }
  const metadata: DocumentMetadata = {};
  const title = xmlText(xml, 'dc:title');
  if (title !== '') metadata.title = title;
  const created = toIsoDay(xmlText(xml, 'dcterms:created'));
  const modified = toIsoDay(xmlText(xml, 'dcterms:modified'));
  if (created !== null) {
    metadata.published = created;
    metadata.publishedFrom = "the document's creation date";
  } else if (modified !== null) {
    metadata.published = modified;
    metadata.publishedFrom = "the document's last-modified date";
  }
  return metadata;
}

export async function readDocx(
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
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    diagnostics.push({
      severity: 'error',
      code: 'malformed-docx',
      message: `${fileName}: not a Word .docx document (old .doc files must be saved as .docx first)`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  // Unpacked within the upload's inflation budget and handed to mammoth uncompressed: a bomb is refused here.
  const packed = repackWithinBudget(
    bytes,
    fileName,
    'Word document',
    budget ?? freshZipBudget(limits),
    limits,
  );
  const refused = packed.diagnostics.find((item) => item.code === 'document-too-large');
  if (refused) return { articles: [], diagnostics: [...diagnostics, refused] };
  let text: string;
  try {
    if (!packed.bytes) throw new Error('not a readable zip archive');
    const { default: mammoth } = await import('mammoth');
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; both accept the same bytes.
    const copy = packed.bytes;
    const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as Parameters<
      typeof mammoth.extractRawText
    >[0];
    const result = await mammoth.extractRawText(input);
    text = result.value.replace(/\n{3,}/g, '\n\n').trim();
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      code: 'malformed-docx',
      message: `${fileName}: the Word document is damaged or truncated (${errorText(error)})`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  return documentArticle(text, fileName, 'document', options, diagnostics, docxMetadata(bytes));
}
