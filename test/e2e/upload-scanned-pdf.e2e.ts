/**
 * A scanned PDF (page images, no text layer) through the built app: the review says the PDF has no text layer and
 * needs OCR, instead of taking it as an article and reporting "0 events". The PDF is written here by hand: pages
 * that each draw one grey-scale image (a stand-in for a scanned page) and, on the second page, a page number as
 * the only text, as scanners and copiers often add.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  closeBrowser,
  confirmUpload,
  libraryTitles,
  openMarsad,
  setUploadDate,
  uploadDialogText,
  waitForMap,
  type FilePayload,
} from './driver';

afterAll(closeBrowser);

/** A grey-scale "scan": light paper with darker bands where lines of print would be. */
function scanPixels(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height, 0xf0);
  for (let y = 0; y < height; y++) {
    const printed = y % 12 >= 4 && y % 12 <= 7;
    for (let x = 6; printed && x < width - 6; x++)
      pixels[y * width + x] = (x * 37 + y * 11) % 5 === 0 ? 0xa0 : 0x30;
  }
  return pixels;
}

/**
 * A PDF of `pages` A4 pages, each showing one image, the last also a page number in Helvetica; the cross-reference
 * table is computed from the bytes written, as a real writer does.
 */
function scannedPdf(pages: number): Buffer {
  const width = 120;
  const height = 170;
  const image = scanPixels(width, height);
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (part: string | Buffer) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: string | Buffer[]) => {
    offsets[id] = length;
    write(`${id} 0 obj\n`);
    if (typeof body === 'string') write(body);
    else for (const part of body) write(part);
    write('\nendobj\n');
  };
  // 1 catalog, 2 page tree, 3 font, 4 image; then per page: the page, its content stream.
  const pageIds = Array.from({ length: pages }, (_, index) => 5 + index * 2);
  write('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`);
  object(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  object(4, [
    Buffer.from(
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${image.length} >>\nstream\n`,
      'latin1',
    ),
    image,
    Buffer.from('\nendstream', 'latin1'),
  ]);
  pageIds.forEach((pageId, index) => {
    const last = index === pages - 1;
    const content =
      'q 535 0 0 757 30 42 cm /Scan Do Q' + (last ? `\nBT /F1 9 Tf 290 20 Td (- ${index + 1} -) Tj ET` : '');
    object(
      pageId,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan 4 0 R >> /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`,
    );
    object(pageId + 1, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  const xref = length;
  const count = 5 + pages * 2;
  write(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) write(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

const SCAN: FilePayload = { name: 'misrata-scan.pdf', mimeType: 'application/pdf', buffer: scannedPdf(2) };
const TYPED: FilePayload = {
  name: 'sabha-clashes.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    'Clashes in Sabha\n\nClashes broke out in Sabha on Tuesday between two armed groups, killing three fighters, a hospital official said.\n',
    'utf8',
  ),
};

describe('a scanned PDF', () => {
  it('is shown in the review as having no text layer (run OCR first), not added as an article with 0 events', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await page.getByLabel(/^upload articles$/i).setInputFiles([SCAN]);
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/no text layer/).waitFor({ timeout: 30_000 });
    const review = await uploadDialogText(page);
    expect(review).toMatch(
      /misrata-scan\.pdf: this PDF has no text layer — it looks scanned \(its 2 pages hold no text to read\)\. Run it through OCR \(text recognition\) first, or paste the article's text\./,
    );
    expect(review).toMatch(/misrata-scan\.pdf\n[^\n]+\nnot read\n/);
    expect(review).not.toMatch(/\b0 events\b|no events|1 article/);
    // Nothing to add from it: the add button cannot be pressed.
    expect(await dialog.getByRole('button', { name: /^add 0 articles$/i }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: /^cancel$/i }).click();
    await session.close();
  });

  it('leaves the other files of the same upload to be added, and keeps the scan out of the library', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await page.getByLabel(/^upload articles$/i).setInputFiles([SCAN, TYPED]);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^add 1 article$/i }).waitFor({ timeout: 30_000 });
    await dialog.getByText(/no text layer/).waitFor({ timeout: 30_000 });
    expect(await uploadDialogText(page)).toMatch(
      /sabha-clashes\.txt\n[^\n]+\none article · 1 without a publication date\n/,
    );
    await setUploadDate(page, '2022-05-12');
    expect(await confirmUpload(page)).toMatch(/^Added 1 article: 1 report of 1 incident\./);
    const titles = (await libraryTitles(page)).join('\n');
    expect(titles).toMatch(/Clashes in Sabha/);
    expect(titles).not.toMatch(/misrata-scan/);
    await session.close();
  });
});
