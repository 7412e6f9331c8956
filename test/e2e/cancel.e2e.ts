/**
 * Cancel cancels: during an upload whose articles each take seconds to read, Cancel stops the extraction
 * mid-article within 250 ms (as the app itself measures it, from the press to the worker's stop), the articles
 * committed before stay (and the message says how many of how many), and the next upload works without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  closeBrowser,
  confirmUpload,
  dismissNotices,
  libraryArticles,
  noticeTexts,
  newContext,
  openMarsad,
  uploadFiles,
  waitForMap,
  type FilePayload,
  type MarsadSession,
} from './driver';
import { generateCorpus } from '../../scripts/generate-corpus';
import { docxBomb, flateBombPdf, sharedStreamPdf } from '../fixtures/bombs/bombs';

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

async function articleIds(): Promise<string[]> {
  return (await libraryArticles(page)).map((article) => article.id);
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await page.waitForTimeout(100);
  }
}

/**
 * Three short articles, then 7 long ones: each long article is some 700 generated news reports run together
 * (about 1.4 MB of text), seconds of work for the extractor.
 */
function slowUpload(): FilePayload {
  const corpus = generateCorpus({ count: 703, seed: 7 });
  const short = corpus.slice(0, 3).map((article) => ({ ...article, id: `cancel-short-${article.id}` }));
  const body = corpus
    .slice(3)
    .map((article) => article.text)
    .join('\n\n');
  const long = Array.from({ length: 7 }, (_, index) => ({
    id: `cancel-long-${index}`,
    title: `Compiled reports ${index}`,
    published: '2019-05-01',
    lang: 'ar',
    source: 'compilation',
    text: `${index}\n\n${body}`,
  }));
  return {
    name: 'long-articles.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify([...short, ...long])),
  };
}

describe('cancelling an upload', () => {
  it('stops mid-article within 250 ms, keeps what was added, and the next upload works', async () => {
    await dismissNotices(page);
    const before = await articleIds();
    await uploadFiles(page, [slowUpload()]);
    const closing = confirmUpload(page, 120_000);
    // The three short articles are read and committed.
    await waitUntil(
      async () => (await articleIds()).length >= before.length + 3,
      'the short articles are added',
    );
    const progress = page.getByRole('status', { name: /extracting events/i });
    // The worker is inside a long article now (each takes about a second or more; it never rests in between).
    await progress.getByRole('button', { name: 'Cancel' }).click();
    const message = await closing;
    const added = Number(/^Cancelled: (\d+) of 10 articles were added/.exec(message)?.[1]);
    expect(added).toBeGreaterThanOrEqual(3);
    expect(added).toBeLessThan(10);
    const cancelMs = Number(await page.locator('.upload-center').getAttribute('data-last-cancel-ms'));
    console.log(`cancel took ${cancelMs.toFixed(1)} ms (press to the worker's stop)`);
    expect(cancelMs).toBeGreaterThanOrEqual(0);
    expect(cancelMs).toBeLessThanOrEqual(250);
    const after = await articleIds();
    // Exactly what the message says was added is in the library: nothing finished after the cancel was added.
    expect(after.length).toBe(before.length + added);
    expect(after.filter((id) => id.startsWith('cancel-long-'))).toHaveLength(added - 3);

    // The next upload is read and extracted by a fresh worker, without a reload.
    await uploadFiles(page, [
      {
        name: 'after-cancel.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Clashes in Gharyan\n\nClashes broke out in Gharyan on Monday, killing four fighters.',
        ),
      },
    ]);
    expect(await confirmUpload(page, 90_000)).toMatch(/^Added 1 article/);
    expect((await articleIds()).length).toBe(before.length + added + 1);
  }, 240_000);

  it('refuses bombs with a message naming each, and adds the good article that came with them', async () => {
    await dismissNotices(page);
    const before = await articleIds();
    const binary = (name: string, bytes: Uint8Array): FilePayload => ({
      name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(bytes),
    });
    await uploadFiles(page, [
      binary('bomb.docx', docxBomb(300)),
      binary('shared-pages.pdf', sharedStreamPdf(300, 8)),
      binary('flate-bomb.pdf', flateBombPdf(3600)),
      {
        name: 'good.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Clashes in Zuwara\n\nClashes broke out in Zuwara on Monday, killing two fighters.',
        ),
      },
    ]);
    expect(await confirmUpload(page, 90_000)).toMatch(/^Added 1 article/);
    const notices = (await noticeTexts(page)).join('\n');
    expect(notices).toContain('bomb.docx: the Word document unpacks to more than 25 MB (a zip bomb?)');
    expect(notices).toContain('shared-pages.pdf: its pages draw 2.3 GB of instructions between them');
    expect(notices).toContain('flate-bomb.pdf: one of its streams unpacks to more than 25 MB (a PDF bomb?)');
    expect((await articleIds()).length).toBe(before.length + 1);
  }, 180_000);

  it('frees the worker when reading is cancelled: the next upload is read at once', async () => {
    await dismissNotices(page);
    const before = await articleIds();
    // A PDF just within its cost limits (4 MB of drawing instructions): seconds of reading.
    await page
      .getByLabel(/^(upload articles|رفع مقالات)$/i)
      .setInputFiles([
        { name: 'slow.pdf', mimeType: 'application/pdf', buffer: Buffer.from(sharedStreamPdf(1, 3.9)) },
      ]);
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText(/reading files/i)
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await uploadFiles(page, [
      {
        name: 'after-reading-cancel.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Shelling in Sirte\n\nShelling hit Sirte on Friday, killing three civilians.'),
      },
    ]);
    expect(await confirmUpload(page, 90_000)).toMatch(/^Added 1 article/);
    expect((await articleIds()).length).toBe(before.length + 1);
  }, 180_000);
});
