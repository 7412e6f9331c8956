/**
 * What a PDF costs to read, found before pdf.js opens it: every compressed stream is inflated once against the
 * upload's one inflation budget (the same one zips and Word documents spend), so a flate bomb is refused without
 * being unpacked, and the page-drawing instructions are counted once per reference, so one large stream shared by
 * hundreds of pages counts as what reading every page would parse. Images, fonts and metadata are not drawing
 * instructions and are not counted. The scan reads the file's bytes linearly; nothing here throws.
 */
import { Inflate, Unzlib } from 'fflate';
import { formatBytes, type IngestLimits } from './limits.ts';
import type { ZipBudget } from './zip.ts';

export interface PdfCost {
  /** Set when the file must not be opened: why, in words. */
  refused: string | null;
  /** Bytes of drawing instructions the pages parse between them (a shared stream once per reference). */
  drawingBytes: number;
  /** The largest single drawing stream, unpacked. */
  largestStream: number;
}

const OBJECT = /(\d+)\s+(\d+)\s+obj\b/g;
const REFERENCE = /(\d+)\s+\d+\s+R\b/g;
const NOT_DRAWING =
  /\/(Subtype\s*\/Image|Type\s*\/(XRef|ObjStm|Metadata|EmbeddedFile|XObject\s*\/Subtype\s*\/Image)|Length[123]\b|Subtype\s*\/(Type1C|CIDFontType0C|OpenType|XML))/;
const CHUNK = 16 * 1024;

class OverBudget extends Error {}

/**
 * Inflates one stream, counting its bytes against `room`; keeps the text only when asked (object streams). Data
 * that is not valid zlib or deflate counts what was inflated before the error.
 */
function inflate(data: Uint8Array, room: number, keep: boolean): { size: number; text: string | null } {
  let size = 0;
  const kept: Uint8Array[] = [];
  const ondata = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > room) throw new OverBudget();
    if (keep) kept.push(chunk);
  };
  const zlib =
    data.length >= 2 && (data[0] ?? 0) % 16 === 8 && (((data[0] ?? 0) << 8) | (data[1] ?? 0)) % 31 === 0;
  const stream = zlib ? new Unzlib(ondata) : new Inflate(ondata);
  try {
    for (let start = 0; start < data.length; start += CHUNK) {
      stream.push(data.subarray(start, start + CHUNK), start + CHUNK >= data.length);
    }
  } catch (error) {
    if (error instanceof OverBudget) throw error;
  }
  if (!keep) return { size, text: null };
  let text = '';
  const decoder = new TextDecoder('latin1');
  for (const chunk of kept) text += decoder.decode(chunk, { stream: true });
  return { size, text };
}

interface StreamInfo {
  object: number;
  size: number;
  drawing: boolean;
}

/**
 * The cost of reading a PDF. `budget` is the upload's shared inflation budget (spent here); `limits` give the
 * largest unpacked stream and the drawing instructions one PDF may parse.
 */
export function pdfCost(
  bytes: Uint8Array,
  fileName: string,
  budget: ZipBudget,
  limits: IngestLimits,
): PdfCost {
  const source = new TextDecoder('latin1').decode(bytes);
  const streams: StreamInfo[] = [];
  const references = new Map<number, number>();
  const countReferences = (text: string) => {
    for (const match of text.matchAll(REFERENCE)) {
      const target = Number(match[1]);
      references.set(target, (references.get(target) ?? 0) + 1);
    }
  };
  const over = (what: string) => ({
    refused: `${fileName}: ${what} (a PDF bomb?); the PDF was not read`,
    drawingBytes: 0,
    largestStream: 0,
  });
  OBJECT.lastIndex = 0;
  for (let match = OBJECT.exec(source); match !== null; match = OBJECT.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endobj', start);
    const streamAt = source.indexOf('stream', start);
    if (streamAt < 0 || (end >= 0 && streamAt > end)) {
      countReferences(source.slice(start, end < 0 ? start + 4096 : end));
      OBJECT.lastIndex = end < 0 ? start : end;
      continue;
    }
    const dictionary = source.slice(start, streamAt);
    countReferences(dictionary);
    let dataStart = streamAt + 'stream'.length;
    if (source[dataStart] === '\r') dataStart++;
    if (source[dataStart] === '\n') dataStart++;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    let dataEnd = length ? dataStart + Number(length[1]) : -1;
    if (dataEnd < dataStart || dataEnd > source.length || source.indexOf('endstream', dataEnd) - dataEnd > 4)
      dataEnd = source.indexOf('endstream', dataStart);
    if (dataEnd < 0) dataEnd = source.length;
    const data = bytes.subarray(dataStart, dataEnd);
    const objectStream = /\/Type\s*\/ObjStm/.test(dictionary);
    let size = data.length;
    let text: string | null = null;
    if (/\/(FlateDecode|Fl)\b/.test(dictionary)) {
      const room = Math.min(budget.uncompressedBytes, limits.maxFileBytes);
      try {
        ({ size, text } = inflate(data, room, objectStream));
      } catch {
        return budget.uncompressedBytes < limits.maxFileBytes
          ? over(
              `its streams unpack to more than ${formatBytes(limits.maxZipUncompressedBytes)} in this upload`,
            )
          : over(`one of its streams unpacks to more than ${formatBytes(limits.maxFileBytes)}`);
      }
      budget.uncompressedBytes -= size;
    } else if (objectStream) {
      text = new TextDecoder('latin1').decode(data);
    }
    // Objects packed in an object stream refer to others (pages to their contents) like top-level ones.
    if (text !== null) countReferences(text);
    streams.push({ object: Number(match[1]), size, drawing: !objectStream && !NOT_DRAWING.test(dictionary) });
    OBJECT.lastIndex = Math.max(dataEnd, start);
  }
  let drawingBytes = 0;
  let largestStream = 0;
  for (const stream of streams) {
    if (!stream.drawing) continue;
    largestStream = Math.max(largestStream, stream.size);
    drawingBytes += stream.size * Math.max(1, references.get(stream.object) ?? 0);
  }
  if (drawingBytes > limits.maxPdfDrawingBytes && largestStream > limits.maxPdfDrawingBytes) {
    // Not even one page fits: a page drawing the largest stream alone passes what a whole PDF may cost.
    return over(
      `its pages draw ${formatBytes(drawingBytes)} of instructions between them, more than the ${formatBytes(limits.maxPdfDrawingBytes)} read per PDF`,
    );
  }
  return { refused: null, drawingBytes, largestStream };
}

/**
 * How many of a PDF's pages to read so that the drawing instructions parsed stay within the limit (all of them
 * when they fit), and the warning to give when fewer are read. Pages are assumed to cost alike.
 */
export function pagesWithinBudget(
  cost: PdfCost,
  pageCount: number,
  fileName: string,
  limits: IngestLimits,
): { pages: number; warning: string | null } {
  if (cost.drawingBytes <= limits.maxPdfDrawingBytes || pageCount <= 1)
    return { pages: pageCount, warning: null };
  const pages = Math.max(1, Math.floor((pageCount * limits.maxPdfDrawingBytes) / cost.drawingBytes));
  if (pages >= pageCount) return { pages: pageCount, warning: null };
  return {
    pages,
    warning: `${fileName}: only the first ${pages} of ${pageCount} pages were read: its pages draw ${formatBytes(cost.drawingBytes)} of instructions between them (one stream shared by many pages?), more than the ${formatBytes(limits.maxPdfDrawingBytes)} read per PDF`,
  };
}
