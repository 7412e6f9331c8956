/**
 * An Arabic PDF with mixed-direction text, through the built app: a report (our own wording) holding digits, a
 * range of numbers, a percentage, a time, Latin abbreviations in parentheses, an outlet's Latin name and a Latin
 * name closing a sentence, printed to PDF by the test browser in a narrow column (so every paragraph is broken
 * over many lines), must come out in logical order with its lines joined back into the same paragraphs, and give
 * the same title, text and events as the same report saved as .txt. Also prints how long this first PDF of a
 * fresh page took to reach the review.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  closeBrowser,
  confirmUpload,
  newContext,
  openMarsad,
  setUploadDate,
  uploadFiles,
  waitForMap,
  type FilePayload,
} from './driver';

afterAll(closeBrowser);

const TITLE = 'مقتل 5 مدنيين في قصف على طرابلس';
const PARAGRAPHS = [
  'طرابلس - قتل خمسة مدنيين، بينهم طفلان، وأصيب ما بين 10-12 آخرين عندما سقطت قذائف على حي أبوسليم في العاصمة طرابلس مساء الأحد، وفق ما أعلنته وزارة الصحة في حكومة الوفاق الوطني (GNA).',
  'وقال المتحدث باسم جهاز الإسعاف والطوارئ لوكالة Reuters إن القذائف أطلقت من مواقع جنوب المدينة، مشيرا إلى أن فرق الإنقاذ نقلت الجرحى إلى مستشفى الخضراء في الساعة 9:30 مساء.',
  'وكانت بعثة الأمم المتحدة (UNSMIL) قد دعت في 3 مايو إلى هدنة إنسانية لمدة 72 ساعة، وقالت إن 25% من النازحين أطفال وفق تقديرات UN OCHA.',
];
const PUBLISHED = '2020-05-12';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report printed to PDF by the test browser, right to left, in a column narrow enough to wrap every paragraph. */
async function printedPdf(context: BrowserContext): Promise<Buffer> {
  const printer = await context.newPage();
  await printer.setContent(`<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8">
<style>body { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; width: 22em; margin: 2em; }</style>
</head><body><h1>${escapeHtml(TITLE)}</h1>
${PARAGRAPHS.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
</body></html>`);
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();
  return Buffer.from(pdf);
}

interface Reading {
  title: string;
  text: string;
  lang: string;
  events: string[];
}

async function readBack(page: Page, before: string[]): Promise<Reading[]> {
  return page.evaluate((known) => {
    const state = window.__marsadBench?.store.getState();
    if (!state) return [];
    return Object.values(state.articles)
      .filter((article) => !known.includes(article.id))
      .map((article) => ({
        title: article.title,
        text: article.text,
        lang: article.lang,
        events: state.events
          .filter((event) => event.sources.some((source) => source.article_id === article.id))
          .map((event) =>
            [event.sub_event_type, event.date, event.location ?? '-', event.fatalities ?? '-'].join(' | '),
          )
          .sort(),
      }));
  }, before);
}

/** Uploads one file in a fresh profile (the library keeps the same text once); returns what the app made of it. */
async function upload(file: FilePayload): Promise<Reading & { toReview: number }> {
  const context = await newContext();
  const session = await openMarsad({ context });
  const { page } = session;
  await waitForMap(page);
  await page.waitForFunction(
    () => Object.keys(window.__marsadBench?.store.getState().articles ?? {}).length >= 3,
  );
  const before = await page.evaluate(() =>
    Object.keys(window.__marsadBench?.store.getState().articles ?? {}),
  );
  const started = Date.now();
  await uploadFiles(page, [file]);
  const toReview = Date.now() - started;
  await setUploadDate(page, PUBLISHED);
  expect(await confirmUpload(page), file.name).toMatch(/^Added 1 article/);
  const added = await readBack(page, before);
  expect(added, file.name).toHaveLength(1);
  await session.close();
  await context.close();
  return { ...(added[0] as Reading), toReview };
}

/** Paragraphs as a reader sees them: the headline left out where the text keeps it, spaces inside collapsed. */
function paragraphs(reading: Reading): string[] {
  return reading.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '' && paragraph !== TITLE);
}

describe('an Arabic PDF with numbers and Latin words inside its sentences', () => {
  it('reads in logical order, with its paragraphs joined back, into the same text and events as the .txt', async () => {
    const printer = await newContext();
    const pdf = await printedPdf(printer);
    await printer.close();
    const text = await upload({
      name: 'abu-salim.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([TITLE, ...PARAGRAPHS].join('\n\n') + '\n', 'utf8'),
    });
    const printed = await upload({ name: 'abu-salim.pdf', mimeType: 'application/pdf', buffer: pdf });
    console.log(
      `first PDF of a fresh page (Arabic, ${pdf.length} bytes): ${printed.toReview} ms to the review`,
    );

    expect(paragraphs(text)).toEqual(PARAGRAPHS);
    expect(text.events.join('\n')).toMatch(
      /Shelling\/artillery\/missile attack \| 2020-05-10 \| Abu Salim \| 5/,
    );
    // Numbers, the time and the Latin names stand where they were written, not mirrored or moved to a line's end.
    expect(paragraphs(printed)).toEqual(PARAGRAPHS);
    expect(printed.title).toBe(TITLE);
    expect(printed.lang).toBe('ar');
    expect(printed.events).toEqual(text.events);
  }, 180_000);
});
