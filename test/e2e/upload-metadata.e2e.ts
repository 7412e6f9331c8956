/**
 * Titles and dates from the document's own metadata, through the built app: a PDF's XMP packet or information
 * dictionary, a Word document's core properties and an HTML page's JSON-LD give the title and the publication day
 * shown in the review and kept in the library, and the events' days follow that day; a PDF printed from a browser
 * keeps its title but not its creation day (that is the day it was printed); a text file whose first lines are a
 * menu trail and a date line is titled by its headline. Every file is written here, in our own words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  articleDate,
  closeBrowser,
  confirmUpload,
  openMarsad,
  setUploadDate,
  uploadDialogText,
  uploadFiles,
  waitForMap,
  type FilePayload,
} from './driver';
import { buildDocx, buildPdf } from '../fixtures/uploads/builders';

afterAll(closeBrowser);

const pdf = (name: string, bytes: Uint8Array): FilePayload => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(bytes),
});

/**
 * A one-page PDF (Helvetica, Latin text) as a desktop-publishing program writes it: the title and creation time in
 * an XMP metadata packet, the information dictionary holding only a placeholder title.
 */
function pdfWithXmp(lines: string[], xmp: { title: string; created: string }): Uint8Array {
  const packet = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmp.title}</rdf:li></rdf:Alt></dc:title>
<xmp:CreateDate>${xmp.created}</xmp:CreateDate>
<xmp:CreatorTool>Adobe InDesign 15.0</xmp:CreatorTool>
<pdf:Producer>Adobe PDF Library 15.0</pdf:Producer>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
  const content = `BT /F1 11 Tf 14 TL 56 780 Td ${lines.map((line) => `(${line}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(packet, 'utf8')} >>\nstream\n${packet}\nendstream`,
    '<< /Title (Untitled) >>',
  ];
  let body = '%PDF-1.6\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'utf8'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'utf8');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'utf8');
}

const FILES: FilePayload[] = [
  // Laid out by a publishing program: its XMP packet holds the title and the day.
  pdf(
    'page-3.pdf',
    pdfWithXmp(
      [
        'KUFRA',
        'Clashes between tribal fighters in Kufra on Sunday killed four people,',
        'a member of the municipal council said.',
      ],
      { title: 'Four killed in Kufra tribal clashes', created: '2019-02-18T10:20:00+02:00' },
    ),
  ),
  // Made by an office suite: its Title and CreationDate are the document's own.
  pdf(
    'scan0042.pdf',
    buildPdf(
      [
        'Home | World | Libya',
        'Gunmen attack checkpoint',
        'Gunmen attacked a police checkpoint on the coastal road east of Zliten on Friday,',
        'killing two policemen, a security source said.',
      ],
      {
        Title: 'Two policemen killed in attack near Zliten',
        CreationDate: "D:20210614083000+02'00'",
        Producer: 'LibreOffice 7.1',
      },
    ),
  ),
  // Printed from a browser: its creation day is the day it was printed, not published.
  pdf(
    'print.pdf',
    buildPdf(
      [
        'Rockets hit Mitiga airport',
        'Several rockets fell on Mitiga airport in Tripoli on Saturday, damaging a passenger plane, the airport said.',
      ],
      { Title: 'Rockets hit Mitiga airport', CreationDate: 'D:20240105101500Z', Producer: 'Skia/PDF m120' },
    ),
  ),
  {
    name: 'Document1.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(
      buildDocx(
        [
          'Draft',
          'Clashes erupted on Wednesday between two armed groups in the Janzour district of Tripoli, killing a civilian, medics said.',
        ],
        { core: { title: 'Civilian killed in Janzour clashes', created: '2022-08-26T07:45:00Z' } },
      ),
    ),
  },
  {
    name: 'saved-page.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      `<!doctype html><html><head><meta charset="utf-8"><title>News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Drone strike hits farm near Sirte","datePublished":"2020-06-09T11:00:00Z"}</script>
</head><body><nav><ul><li>Home</li><li>World</li><li>Libya</li></ul></nav>
<article><p>A drone strike hit a farm south of Sirte on Monday, killing three shepherds, a local official said.</p>
<p>The farm lies on the road to Jufra, where the two sides have massed forces for weeks.</p></article></body></html>`,
      'utf8',
    ),
  },
  {
    name: 'copied.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'Home › News › Libya\nTuesday 12 March 2019\nShelling kills two in Ain Zara\n\nShells fell on homes in Ain Zara in southern Tripoli, killing two children, the health ministry said.\n',
      'utf8',
    ),
  },
];

interface Stored {
  title: string;
  published: string | null;
  eventDays: string[];
}

/** Every article of the library by title, with its publication day and the days of its events. */
async function library(page: Page): Promise<Record<string, Stored>> {
  return page.evaluate(() => {
    const state = window.__marsadBench?.store.getState();
    if (!state) return {};
    return Object.fromEntries(
      Object.values(state.articles).map((article) => [
        article.title,
        {
          title: article.title,
          published: article.published,
          eventDays: state.events
            .filter((event) => event.sources.some((source) => source.article_id === article.id))
            .map((event) => event.date ?? 'unknown')
            .sort(),
        },
      ]),
    );
  });
}

describe("titles and dates from the document's own metadata", () => {
  it('titles and dates a PDF, a Word document and a web page by their metadata, and a text file by its headline', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await uploadFiles(page, FILES);
    const review = await uploadDialogText(page);

    // The titles the documents give themselves, never a menu trail, a placeholder or the file's name.
    for (const title of [
      'Four killed in Kufra tribal clashes',
      'Two policemen killed in attack near Zliten',
      'Rockets hit Mitiga airport',
      'Civilian killed in Janzour clashes',
      'Drone strike hits farm near Sirte',
      'Shelling kills two in Ain Zara',
    ])
      expect(review).toContain(title);
    expect(review).not.toMatch(/Home \| World|Home › News|\nDraft\n|\nNews\n/);

    // The days the documents give, said to come from the file; the browser's print day is not taken.
    expect(await articleDate(page, 'Two policemen killed in attack near Zliten')).toEqual({
      value: '2021-06-14',
      note: 'from the file',
    });
    expect(review).toMatch(/scan0042\.pdf: publication date 2021-06-14 taken from the PDF's creation date/);
    expect(await articleDate(page, 'Four killed in Kufra tribal clashes')).toEqual({
      value: '2019-02-18',
      note: 'from the file',
    });
    expect(await articleDate(page, 'Civilian killed in Janzour clashes')).toEqual({
      value: '2022-08-26',
      note: 'from the file',
    });
    expect(await articleDate(page, 'Drone strike hits farm near Sirte')).toEqual({
      value: '2020-06-09',
      note: 'from the file',
    });
    expect((await articleDate(page, 'Rockets hit Mitiga airport')).value).not.toBe('2024-01-05');
    // The text file's date line is at its top: suggested from there, not from any metadata.
    expect(await articleDate(page, 'Shelling kills two in Ain Zara')).toEqual({
      value: '2019-03-12',
      note: 'suggested from the date at the top: 12 Mar 2019',
    });

    await setUploadDate(page, '2019-04-13');
    expect(await confirmUpload(page)).toMatch(/^Added 6 articles/);
    const stored = await library(page);
    expect(stored['Four killed in Kufra tribal clashes']).toMatchObject({
      published: '2019-02-18',
      // "on Sunday" before Monday 18 February 2019.
      eventDays: ['2019-02-17'],
    });
    expect(stored['Two policemen killed in attack near Zliten']).toMatchObject({
      published: '2021-06-14',
      // "on Friday" before Monday 14 June 2021.
      eventDays: ['2021-06-11'],
    });
    expect(stored['Civilian killed in Janzour clashes']).toMatchObject({
      published: '2022-08-26',
      eventDays: ['2022-08-24'],
    });
    expect(stored['Drone strike hits farm near Sirte']).toMatchObject({
      published: '2020-06-09',
      eventDays: ['2020-06-08'],
    });
    expect(stored['Rockets hit Mitiga airport']).toMatchObject({
      published: '2019-04-13',
      eventDays: ['2019-04-13'],
    });
    expect(stored['Shelling kills two in Ain Zara']?.published).toBe('2019-03-12');
    await session.close();
  });
});
