/**
 * Arabic text files in the legacy encodings they are still found in, through the built app: the same short report
 * (our own wording) saved as UTF-8, ISO-8859-6 (older Unix and mail), Windows-1256 (Arabic Windows) and UTF-16LE
 * without a byte-order mark must each be uploaded with its Arabic title and text read right, the review must say
 * which encoding it was read in, and each must give the same events as the UTF-8 file.
 *
 * The bytes are made here: UTF-16LE by Node's Buffer (which writes no byte-order mark), the two Arabic code pages
 * by a code-page table built from Node's own decoder (ICU) and checked against the code points each page is known
 * to give a few letters, so the test does not rest on the app's decoder alone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeBrowser,
  confirmUpload,
  newContext,
  openMarsad,
  setUploadDate,
  uploadDialogText,
  uploadFiles,
  waitForMap,
  type FilePayload,
} from './driver';

afterAll(closeBrowser);

const TITLE = 'غارة جوية على سوق في ترهونة';
const PARAGRAPHS = [
  'ترهونة - قتل أربعة مدنيين وأصيب ستة آخرون في غارة جوية استهدفت سوقا شعبية وسط مدينة ترهونة يوم الخميس، بحسب مصدر طبي في المستشفى العام.',
  'وفي اليوم نفسه، اندلعت اشتباكات عنيفة بين قوات متنافسة قرب مطار بني وليد، ما أسفر عن مقتل مقاتلين اثنين، وفق شهود عيان.',
  'وطالب المجلس البلدي بفتح تحقيق في الغارة.',
];
const PUBLISHED = '2021-03-20';
/** The file as a person would save it: headline, blank line, paragraphs, Windows line ends. */
const FILE_TEXT = [TITLE, ...PARAGRAPHS].join('\r\n\r\n') + '\r\n';

type CodePage = 'iso-8859-6' | 'windows-1256';

/** Bytes a code page gives a few characters, from the published tables (for checking the built table). */
const KNOWN: Record<CodePage, Record<string, number>> = {
  'iso-8859-6': { ا: 0xc7, ل: 0xe4, ي: 0xea, ة: 0xc9, '،': 0xac },
  'windows-1256': { ا: 0xc7, ل: 0xe1, ي: 0xed, ة: 0xc9, '،': 0xa1 },
};

/** Character → byte for the upper half of a single-byte code page (ASCII stays itself). */
function codePageTable(codePage: CodePage): Map<string, number> {
  const decoder = new TextDecoder(codePage);
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const character = decoder.decode(Uint8Array.of(byte));
    if (character !== '\ufffd' && !table.has(character)) table.set(character, byte);
  }
  for (const [character, byte] of Object.entries(KNOWN[codePage])) {
    if (table.get(character) !== byte)
      throw new Error(`${codePage}: ${character} is not 0x${byte.toString(16)}`);
  }
  return table;
}

function encodeIn(codePage: CodePage, text: string): Buffer {
  const table = codePageTable(codePage);
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.charCodeAt(0);
    const byte = code < 0x80 ? code : table.get(character);
    if (byte === undefined) throw new Error(`${codePage} has no byte for ${character}`);
    bytes.push(byte);
  }
  return Buffer.from(bytes);
}

const FILES: { file: FilePayload; readAs: RegExp | null }[] = [
  {
    file: { name: 'tarhuna-utf8.txt', mimeType: 'text/plain', buffer: Buffer.from(FILE_TEXT, 'utf8') },
    readAs: null,
  },
  {
    file: {
      name: 'tarhuna-iso-8859-6.txt',
      mimeType: 'text/plain',
      buffer: encodeIn('iso-8859-6', FILE_TEXT),
    },
    readAs: /tarhuna-iso-8859-6\.txt: The file is not UTF-8; it was read as ISO-8859-6 \(Arabic\)\./,
  },
  {
    file: { name: 'tarhuna-1256.txt', mimeType: 'text/plain', buffer: encodeIn('windows-1256', FILE_TEXT) },
    readAs: /tarhuna-1256\.txt: The file is not UTF-8; it was read as Windows-1256 \(Arabic\)\./,
  },
  {
    file: { name: 'tarhuna-utf16le.txt', mimeType: 'text/plain', buffer: Buffer.from(FILE_TEXT, 'utf16le') },
    readAs: /tarhuna-utf16le\.txt: The file has no byte-order mark; it was read as UTF-16LE/,
  },
];

interface Reading {
  title: string;
  text: string;
  published: string | null;
  lang: string;
  events: string[];
}

/** The one article the upload added (the samples are there before it) and its events, as lines. */
async function added(page: Page, before: Set<string>): Promise<Reading[]> {
  return page.evaluate(
    (known) => {
      const state = window.__marsadBench?.store.getState();
      if (!state) return [];
      return Object.values(state.articles)
        .filter((article) => !known.includes(article.id))
        .map((article) => ({
          title: article.title,
          text: article.text,
          published: article.published,
          lang: article.lang,
          events: state.events
            .filter((event) => event.sources.some((source) => source.article_id === article.id))
            .map((event) =>
              [event.sub_event_type, event.date, event.location ?? '-', event.fatalities ?? '-'].join(' | '),
            )
            .sort(),
        }));
    },
    [...before],
  );
}

/** Uploads one file in a browser profile of its own (the library keeps the same text once) and reads it back. */
async function upload(entry: (typeof FILES)[number]): Promise<Reading> {
  const context = await newContext();
  const session = await openMarsad({ context });
  const { page } = session;
  await waitForMap(page);
  await page.waitForFunction(
    () => Object.keys(window.__marsadBench?.store.getState().articles ?? {}).length >= 3,
  );
  const before = new Set(
    await page.evaluate(() => Object.keys(window.__marsadBench?.store.getState().articles ?? {})),
  );
  await uploadFiles(page, [entry.file]);
  const review = await uploadDialogText(page);
  // The review shows the Arabic headline as it was written, and says how the file was read (or nothing, for UTF-8).
  expect(review, entry.file.name).toContain(TITLE);
  if (entry.readAs) expect(review, entry.file.name).toMatch(entry.readAs);
  else expect(review).not.toMatch(/was read as/);
  expect(review, entry.file.name).not.toMatch(/uncertain|Latin-1/);
  await setUploadDate(page, PUBLISHED);
  expect(await confirmUpload(page), entry.file.name).toMatch(/^Added 1 article/);
  const articles = await added(page, before);
  expect(articles, entry.file.name).toHaveLength(1);
  await session.close();
  await context.close();
  return articles[0] as Reading;
}

describe('Arabic text files in legacy encodings', () => {
  it('reads ISO-8859-6, Windows-1256 and UTF-16LE without a byte-order mark into the same Arabic text and events as UTF-8', async () => {
    const readings: Reading[] = [];
    for (const entry of FILES) readings.push(await upload(entry));
    const utf8 = readings[0] as Reading;
    // The UTF-8 file itself: Arabic headline and text, the air strike on the market and the clash near the airport.
    expect(utf8.title).toBe(TITLE);
    expect(utf8.text.replace(/\s+/g, ' ')).toContain(PARAGRAPHS[0]);
    expect(utf8.lang).toBe('ar');
    expect(utf8.events.join('\n')).toMatch(/Air\/drone strike \| 2021-03-18 \| Tarhuna[^|]* \| 4/);
    expect(utf8.events.join('\n')).toMatch(/Armed clash \| 2021-03-18 \| Bani Walid[^|]* \| 2/);
    readings.forEach((reading, index) => {
      const name = FILES[index]?.file.name;
      expect(reading.title, name).toBe(utf8.title);
      expect(reading.text, name).toBe(utf8.text);
      expect(reading.published, name).toBe(PUBLISHED);
      expect(reading.lang, name).toBe('ar');
      expect(reading.events, name).toEqual(utf8.events);
    });
  }, 240_000);

  it('warns, naming both code pages and what to do, when a short legacy file cannot be told apart', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    // Two words whose letters read as Arabic in both code pages, and no definite article to go by.
    await uploadFiles(page, [
      { name: 'note.txt', mimeType: 'text/plain', buffer: encodeIn('windows-1256', 'جرح حسن\r\n') },
    ]);
    expect(await uploadDialogText(page)).toMatch(
      /note\.txt: The file is not UTF-8 and its Arabic code page is uncertain: it was read as (Windows-1256|ISO-8859-6), but it may be (ISO-8859-6|Windows-1256)\. If letters look wrong, save the file as UTF-8 and upload it again\./,
    );
    await session.close();
  });
});
