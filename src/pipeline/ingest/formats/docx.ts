/**
 * Word documents (.docx), read with mammoth's raw-text extraction. mammoth is imported only when a .docx
 * arrives, so it is a separate chunk that costs nothing otherwise.
 */
import type { Diagnostic } from '../../types.ts';
import type { IngestOptions, IngestResult } from '../types.ts';
import { documentArticle, errorText } from './document-article.ts';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export async function readDocx(
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
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    diagnostics.push({
      severity: 'error',
      code: 'malformed-docx',
      message: `${fileName}: not a Word .docx document (old .doc files must be saved as .docx first)`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  let text: string;
  try {
    const { default: mammoth } = await import('mammoth');
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; both accept the same bytes.
    const copy = bytes.slice();
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
  return documentArticle(text, fileName, 'document', options, diagnostics);
}
