import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import {
  closeBrowser,
  confirmUpload,
  dismissNotices,
  libraryArticles,
  newContext,
  noticeTexts,
  openMarsad,
  screenshot,
  storeEvents,
  uploadFiles,
  waitForMap,
  type FilePayload,
  type MarsadSession,
} from './driver';
import { buildDocx, buildZipBomb } from '../fixtures/uploads/builders';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const shots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const text = (name: string, content: string, mimeType = 'text/plain'): FilePayload => ({
  name,
  mimeType,
  buffer: Buffer.from(content, 'utf8'),
});
const bytes = (name: string, content: Uint8Array, mimeType = 'application/octet-stream'): FilePayload => ({
  name,
  mimeType,
  buffer: Buffer.from(content),
});

/** A valid article (a new one each time) that must still be added when it travels with bad files. */
let goodCount = 0;
function good(): FilePayload {
  goodCount++;
  return text(
    `good-${goodCount}.txt`,
    `Clashes in Zuwara (${goodCount})\n\nClashes broke out in Zuwara on Monday, killing ${goodCount} fighters.`,
  );
}

let context: BrowserContext;
let session: MarsadSession;
let page: Page;

beforeAll(async () => {
  context = await newContext();
  session = await openMarsad({ context });
  page = session.page;
  await waitForMap(page);
  await page.waitForFunction(() => document.querySelectorAll('.article-list > li').length >= 3, undefined, {
    timeout: 30_000,
  });
});

afterAll(async () => {
  await session.close();
  await context.close();
  await closeBrowser();
});

/** The ids and titles of the articles in the library. */
async function articleTitles(current: Page): Promise<string[]> {
  return (await libraryArticles(current)).map((article) => `${article.id} ${article.title}`);
}

/** Uploads the files with one good article, and returns the notices; checks the library took only the good one. */
async function uploadWithGood(files: FilePayload[], expectAdded = 1): Promise<string[]> {
  await dismissNotices(page);
  const before = await articleTitles(page);
  await uploadFiles(page, [...files, good()]);
  const closing = await confirmUpload(page, 90_000);
  expect(closing).toMatch(new RegExp(`^Added ${expectAdded} articles?[:;]`));
  const after = await articleTitles(page);
  // The library is intact: everything it held is still there, plus at most the good article.
  for (const title of before) expect(after).toContain(title);
  expect(after.length - before.length).toBeLessThanOrEqual(expectAdded);
  return noticeTexts(page);
}

describe('bad input gets a clear message naming the file, and the rest of the batch goes on', () => {
  it('an empty file', async () => {
    const notices = await uploadWithGood([text('empty.txt', '')]);
    expect(notices).toContainEqual(expect.stringMatching(/^empty\.txt: .*empty/i));
  });

  it('a binary file', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const notices = await uploadWithGood([bytes('photo.txt', png)]);
    expect(notices).toContainEqual(expect.stringMatching(/^photo\.txt: .*binary/i));
  });

  it('a truncated Word document and a truncated zip', async () => {
    const docx = buildDocx(['Derna', 'Clashes in Derna.']);
    const zip = zipSync({ 'a.txt': strToU8('Clashes in Zawiya.') });
    const notices = await uploadWithGood([
      bytes('cut.docx', docx.subarray(0, docx.length / 2)),
      bytes('cut.zip', zip.subarray(0, zip.length - 25)),
    ]);
    expect(notices).toContainEqual(expect.stringMatching(/^cut\.docx: .*damaged or truncated/));
    expect(notices).toContainEqual(expect.stringMatching(/^cut\.zip: .*(damaged|truncated)/));
  });

  it('a mis-encoded file (neither UTF-8 nor Arabic) is read with a warning', async () => {
    const latin1 = Uint8Array.from([...'Affrontements à Syrte, période tendue.'].map((c) => c.charCodeAt(0)));
    const notices = await uploadWithGood([bytes('latin1.txt', latin1)], 2);
    expect(notices).toContainEqual(expect.stringMatching(/^latin1\.txt: .*Latin-1/));
  });

  it('a huge file is refused before it is read, and the limit is stated', async () => {
    const huge = Buffer.alloc(26 * 1024 * 1024, 0x61);
    const notices = await uploadWithGood([{ name: 'huge.txt', mimeType: 'text/plain', buffer: huge }]);
    expect(notices).toContainEqual(
      'huge.txt: the file is 26 MB; the limit is 25 MB per file. It was not read.',
    );
  });

  it('malformed JSON and malformed CSV', async () => {
    const notices = await uploadWithGood([
      text('broken.json', '[{"title": "A", "text": "Clashes in Zawiya."'),
      text('broken.csv', 'name,age\nAli,40\n'),
    ]);
    expect(notices).toContainEqual(expect.stringMatching(/^broken\.json: malformed JSON/));
    expect(notices).toContainEqual(expect.stringMatching(/^broken\.csv: no "text" column/));
  });

  it('a zip bomb is refused by its size before it is unpacked', async () => {
    const bomb = buildZipBomb(22, 24 * 1024 * 1024);
    const started = Date.now();
    const notices = await uploadWithGood([bytes('bomb.zip', bomb)]);
    expect(notices).toContainEqual(
      expect.stringMatching(/^bomb\.zip: the archive unpacks to more than 500 MB/),
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('deeply nested JSON and a CSV with a million columns', async () => {
    const depth = 200_000;
    const notices = await uploadWithGood([
      text('nested.json', '['.repeat(depth) + ']'.repeat(depth)),
      text('wide.csv', 'text' + ',x'.repeat(1_000_000) + '\n'),
    ]);
    expect(notices).toContainEqual(expect.stringMatching(/^nested\.json\b.*expected an article/));
    expect(notices).toContainEqual(expect.stringMatching(/^wide\.csv: a row has more than 200 columns/));
  });

  it('a 1 MB line without spaces and 100,000 repeated trigger words finish in bounded time', async () => {
    const started = Date.now();
    await dismissNotices(page);
    await uploadFiles(page, [
      text('one-line.txt', 'x'.repeat(1024 * 1024)),
      text('triggers.txt', 'Airstrike on Sirte\n\n' + 'airstrike '.repeat(100_000)),
      good(),
    ]);
    const closing = await confirmUpload(page, 120_000);
    expect(closing).toMatch(/^Added \d+ articles/);
    expect(Date.now() - started).toBeLessThan(120_000);
    const notices = await noticeTexts(page);
    expect(notices).toContainEqual(
      expect.stringMatching(/^one-line\.txt .*run of 1,048,576 characters without a space/),
    );
    expect(notices).toContainEqual(expect.stringMatching(/^triggers\.txt .*"airstrike" makes up 100%/));
    const events = await storeEvents(page);
    // Repeated words do not become 100,000 events.
    expect(events.length).toBeLessThan(1000);
  });
});

describe('after every bad upload', () => {
  it('the library a reload reads back is the library that was shown: nothing half-written', async () => {
    const shown = (await articleTitles(page)).sort();
    const events = (await storeEvents(page)).map((event) => event.id).sort();
    await page.reload();
    await waitForMap(page);
    await page.waitForFunction(
      (count) =>
        (
          window as unknown as { __marsadBench?: { store: { getState: () => { articleOrder: string[] } } } }
        ).__marsadBench!.store.getState().articleOrder.length >= count,
      shown.length,
      {
        timeout: 30_000,
      },
    );
    expect((await articleTitles(page)).sort()).toEqual(shown);
    expect((await storeEvents(page)).map((event) => event.id).sort()).toEqual(events);
  });
});

describe('uploaded script payloads never run', () => {
  it('scripts, event handlers, javascript: links and SVG scripts in HTML, text, CSV and Markdown set no flag', async () => {
    const payload = (flag: string) =>
      `<script>window.${flag}=1</script><img src=x onerror="window.${flag}=1">` +
      `<a href="javascript:window.${flag}=1">link</a><svg><script>window.${flag}=1</script></svg>` +
      `<svg onload="window.${flag}=1"></svg><iframe srcdoc="<script>parent.${flag}=1</script>"></iframe>`;
    await dismissNotices(page);
    await uploadFiles(page, [
      text(
        'hostile-page.html',
        `<html><head><title>Clashes in Zawiya <img src=x onerror="window.__pwnedTitle=1"></title></head><body><article><p>Clashes broke out in Zawiya on Monday.</p>${payload('__pwnedHtml')}</article></body></html>`,
        'text/html',
      ),
      text(
        'hostile-note.txt',
        `Clashes in Zawiya ${payload('__pwnedTxtTitle')}\n\nClashes in Zawiya. ${payload('__pwnedTxt')}`,
      ),
      text(
        'hostile.csv',
        `title,text\n"<img src=x onerror=window.__pwnedCsv=1>","Clashes in Zawiya. ${payload('__pwnedCsvText').replace(/"/g, '""')}"\n`,
      ),
      text(
        'hostile.md',
        `# <img src=x onerror=window.__pwnedMd=1>\n\nClashes in Zawiya. [x](javascript:window.__pwnedMdLink=1)`,
      ),
      bytes('hostile.docx', buildDocx([`<img src=x onerror=window.__pwnedDocx=1>`, 'Clashes in Zawiya.'])),
      text('hostile-name-<img src=x onerror=window.__pwnedName=1>.txt', 'Clashes in Zawiya on Monday.'),
    ]);
    await screenshot(page, join(shots, 'hostile-review.png'));
    const before = (await libraryArticles(page)).length;
    await confirmUpload(page);
    // Open each new article in the reader, where its text is shown (the list is virtualised: open by id).
    const added = (await libraryArticles(page)).slice(before);
    expect(added.length).toBeGreaterThanOrEqual(5);
    let shown = '';
    for (const article of added) {
      await page.evaluate((id) => {
        const hooks = window as unknown as {
          __marsadBench?: { store: { getState: () => { openArticle: (id: string) => void } } };
        };
        hooks.__marsadBench?.store.getState().openArticle(id);
      }, article.id);
      await page.waitForTimeout(300);
      shown += await page.locator('body').innerText();
    }
    // The payloads are on the page, as text.
    expect(shown).toContain('onerror=');
    const flags = await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__pwned')));
    expect(flags).toEqual([]);
    expect(await page.locator('.notices img, .article-list img, .upload-dialog img').count()).toBe(0);
  });
});
