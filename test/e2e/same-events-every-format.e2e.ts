/**
 * Format independence through the real app: one English and one Arabic report (our own wording), each brought as
 * .txt, .html, .pdf (printed from that HTML by the test browser with page.pdf()), .docx (built here with fflate),
 * .csv, .json and pasted, must give the same text and the same events. Also prints how long the first PDF of a
 * fresh page takes to reach the review (measured, not asserted).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  closeBrowser,
  confirmUpload,
  newContext,
  openMarsad,
  pasteArticle,
  setUploadDate,
  uploadFiles,
  waitForMap,
  type FilePayload,
} from './driver';
import { buildDocx } from '../fixtures/uploads/builders';

afterAll(closeBrowser);

interface Report {
  name: string;
  lang: 'en' | 'ar';
  title: string;
  published: string;
  paragraphs: string[];
}

const ENGLISH: Report = {
  name: 'misrata-week',
  lang: 'en',
  title: 'Deadly days around Misrata and Sirte',
  published: '2020-06-17',
  paragraphs: [
    'MISRATA, Libya - A drone strike hit a fuel truck on the coastal road west of Sirte on Monday, killing three drivers, a security official said.',
    'On Tuesday, mortar shells fell on a farm on the outskirts of Abu Qurain, wounding two shepherds, according to the local council.',
    'Aid agencies said hundreds of families had left the area since the spring.',
  ],
};

const ARABIC: Report = {
  name: 'sirte-week',
  lang: 'ar',
  title: 'أيام دامية حول مصراتة وسرت',
  published: '2020-06-17',
  paragraphs: [
    'مصراتة - قتل ثلاثة سائقين في غارة بطائرة مسيرة استهدفت شاحنة وقود على الطريق الساحلي غرب سرت يوم الاثنين، وفق مصدر أمني.',
    'وسقطت قذائف هاون يوم الثلاثاء على مزرعة في ضواحي أبوقرين، ما أدى إلى إصابة راعيين، بحسب المجلس المحلي.',
    'وقالت منظمات إغاثة إن مئات العائلات غادرت المنطقة منذ الربيع.',
  ],
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;

function htmlPage(report: Report): string {
  const direction = report.lang === 'ar' ? ' dir="rtl" lang="ar"' : ' lang="en"';
  return `<!doctype html>
<html${direction}><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>
<meta property="article:published_time" content="${report.published}T09:00:00Z">
<style>body { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; max-width: 40em; margin: 2em auto; }</style>
</head><body><article><h1>${escapeHtml(report.title)}</h1>
${report.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
</article></body></html>`;
}

/** The report printed to PDF by the test browser, as a reader would "Save as PDF". */
async function printedPdf(context: BrowserContext, report: Report): Promise<Buffer> {
  const printer = await context.newPage();
  await printer.setContent(htmlPage(report));
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();
  return Buffer.from(pdf);
}

async function files(context: BrowserContext, report: Report): Promise<FilePayload[]> {
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const plain = [report.title, ...report.paragraphs].join('\n\n') + '\n';
  const record = { title: report.title, text: report.paragraphs.join('\n\n'), published: report.published };
  return [
    { name: `${report.name}.txt`, mimeType: 'text/plain', buffer: utf8(plain) },
    { name: `${report.name}.html`, mimeType: 'text/html', buffer: utf8(htmlPage(report)) },
    { name: `${report.name}.pdf`, mimeType: 'application/pdf', buffer: await printedPdf(context, report) },
    {
      name: `${report.name}.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(
        buildDocx([report.title, ...report.paragraphs], { rightToLeft: report.lang === 'ar' }),
      ),
    },
    {
      name: `${report.name}.csv`,
      mimeType: 'text/csv',
      buffer: utf8(
        `title,text,published\n${csvField(record.title)},${csvField(record.text)},${record.published}\n`,
      ),
    },
    { name: `${report.name}.json`, mimeType: 'application/json', buffer: utf8(JSON.stringify(record)) },
  ];
}

interface StoredArticle {
  id: string;
  title: string;
  source: string;
  text: string;
  published: string | null;
  lang: string;
  events: number;
}

interface StoredEvent {
  line: string;
  articleIds: string[];
}

async function stored(page: Page): Promise<{ articles: StoredArticle[]; events: StoredEvent[] }> {
  return page.evaluate(() => {
    const hooks = window as unknown as {
      __marsadBench?: {
        store: {
          getState: () => {
            articles: Record<
              string,
              {
                id: string;
                title: string;
                source: string;
                text: string;
                published: string | null;
                lang: string;
              }
            >;
            articleStatus: Record<string, { eventCount: number }>;
            events: {
              sub_event_type: string;
              date: string | null;
              location: string | null;
              fatalities: number | null;
              sources: { article_id: string }[];
            }[];
          };
        };
      };
    };
    const state = hooks.__marsadBench?.store.getState();
    if (!state) return { articles: [], events: [] };
    return {
      articles: Object.values(state.articles).map((article) => ({
        id: article.id,
        title: article.title,
        source: article.source,
        text: article.text,
        published: article.published,
        lang: article.lang,
        events: state.articleStatus[article.id]?.eventCount ?? -1,
      })),
      events: state.events.map((event) => ({
        line: [event.sub_event_type, event.date, event.location ?? '-', event.fatalities ?? '-'].join(' | '),
        articleIds: event.sources.map((source) => source.article_id),
      })),
    };
  });
}

/** The text as a reader sees it: the headline left out where a format keeps it in the text, spaces collapsed. */
function bodyText(report: Report, text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.startsWith(report.title) ? collapsed.slice(report.title.length).trim() : collapsed;
}

/** What the app made of one format: the article's text, title, day and language, and its events. */
interface Reading {
  source: string;
  text: string;
  title: string;
  published: string | null;
  lang: string;
  events: string[];
}

/**
 * Reads one format in a fresh profile (the library recognises the same text as the same article, so each format
 * gets a browser profile, and a library, of its own) and returns what the app made of it.
 */
async function readIn(report: Report, file: FilePayload | 'paste'): Promise<Reading> {
  const context = await newContext();
  const session = await openMarsad({ context });
  const { page } = session;
  await waitForMap(page);
  // The bundled sample articles are in the library before ours.
  await page.waitForFunction(
    () =>
      Object.keys(
        (
          window as unknown as { __marsadBench?: { store: { getState: () => { articles: object } } } }
        ).__marsadBench?.store.getState().articles ?? {},
      ).length >= 3,
  );
  const before = new Set((await stored(page)).articles.map((article) => article.id));
  if (file === 'paste') {
    const closing = await pasteArticle(page, {
      title: report.title,
      text: report.paragraphs.join('\n\n'),
      published: report.published,
    });
    expect(closing).toMatch(/^Added 1 article/);
  } else {
    await uploadFiles(page, [file]);
    // The txt, pdf and docx carry no date of their own: the review's one action gives them the day.
    if (/without a publication date/.test(await page.getByRole('dialog').innerText()))
      await setUploadDate(page, report.published);
    expect(await confirmUpload(page), file.name).toMatch(/^Added 1 article/);
  }
  const { articles, events } = await stored(page);
  const ours = articles.filter((article) => !before.has(article.id));
  expect(ours, file === 'paste' ? 'paste' : file.name).toHaveLength(1);
  const article = ours[0] as StoredArticle;
  await session.close();
  await context.close();
  return {
    source: file === 'paste' ? 'paste' : file.name,
    text: bodyText(report, article.text),
    title: article.title,
    published: article.published,
    lang: article.lang,
    events: events
      .filter((event) => event.articleIds.includes(article.id))
      .map((event) => event.line)
      .sort(),
  };
}

describe.each([ENGLISH, ARABIC])('the same text and events from every format ($lang)', (report) => {
  it('reads txt, html, pdf, docx, csv, json and a paste into the same text and events', async () => {
    const context = await newContext();
    const readings: Reading[] = [];
    for (const file of [...(await files(context, report)), 'paste' as const])
      readings.push(await readIn(report, file));
    await context.close();
    const plain = readings[0] as Reading;
    expect(plain.source).toMatch(/\.txt$/);
    expect(plain.text).toBe(report.paragraphs.join(' '));
    expect(plain.events.length, 'events from the .txt').toBeGreaterThanOrEqual(2);
    console.log(`${report.lang}: ${plain.events.join(' ; ')}`);
    for (const reading of readings) {
      expect(reading.text, reading.source).toBe(plain.text);
      expect(reading.title, reading.source).toBe(report.title);
      expect(reading.published, reading.source).toBe(report.published);
      expect(reading.lang, reading.source).toBe(report.lang);
      expect(reading.events, reading.source).toEqual(plain.events);
    }
  }, 300_000);
});

describe('the first PDF of a fresh page', () => {
  it('reaches the review quickly (time printed, not asserted)', async () => {
    const context = await newContext();
    const pdf = await printedPdf(context, ARABIC);
    const session = await openMarsad({ context });
    const { page } = session;
    await waitForMap(page);
    const started = Date.now();
    await uploadFiles(page, [{ name: 'first.pdf', mimeType: 'application/pdf', buffer: pdf }]);
    const elapsed = Date.now() - started;
    console.log(`first PDF (${pdf.length} bytes, Arabic, printed by Chromium): ${elapsed} ms to the review`);
    expect(await page.getByRole('dialog').innerText()).toContain(ARABIC.title);
    await session.close();
    await context.close();
  }, 120_000);
});
