import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clickEventMentioning,
  closeBrowser,
  confirmUpload,
  eventListTexts,
  libraryCount,
  libraryTitles,
  newContext,
  noticeTexts,
  openEventEditor,
  openMarsad,
  setUploadDate,
  uploadFiles,
  reload,
  screenshot,
  storeEvents,
  waitForLibrary,
} from './driver';

afterAll(closeBrowser);

const SEED_MURZUQ = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'articles', 'seed-A.json'), 'utf8'),
) as { text: string };

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

describe('the library', () => {
  it('adds the samples on the first start only, and a deleted sample stays deleted', async () => {
    const context = await newContext();
    const first = await openMarsad({ context });
    expect(await libraryCount(first.page)).toBe(3);
    expect((await libraryTitles(first.page)).join('\n')).toMatch(/Murzuq/);
    await screenshot(first.page, join(SHOTS, 'library.png'));

    await reload(first.page);
    expect(await libraryCount(first.page)).toBe(3);

    const murzuq = first.page.getByRole('listitem').filter({ hasText: /kills 11 Islamic State/ });
    await murzuq.getByRole('button', { name: /^delete$/i }).click();
    await murzuq.getByRole('button', { name: /^delete for good\?$/i }).click();
    await expect.poll(() => libraryCount(first.page)).toBe(2);
    await reload(first.page);
    expect(await libraryCount(first.page)).toBe(2);
    expect((await libraryTitles(first.page)).join('\n')).not.toMatch(/kills 11 Islamic State/);
    await first.close();
    await context.close();
  });

  it('keeps the same text once when it is uploaded again', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    const respaced = `  ${SEED_MURZUQ.text.replace(/ /g, '  ')}\n`;
    const fresh =
      'Clashes broke out in Gharyan on Monday between rival forces, killing three fighters, residents said.';
    await uploadFiles(page, [
      { name: 'murzuq-again.txt', mimeType: 'text/plain', buffer: Buffer.from(respaced) },
      { name: 'gharyan.txt', mimeType: 'text/plain', buffer: Buffer.from(fresh) },
    ]);
    await setUploadDate(page, '2019-09-30');
    await confirmUpload(page);
    expect(await libraryCount(page)).toBe(4);
    await expect.poll(async () => (await noticeTexts(page)).join('\n')).toMatch(/already in the library/);
    await session.close();
  });

  it('corrects an event, keeps the correction after a reload and after the article is extracted again', async () => {
    const context = await newContext();
    const session = await openMarsad({ context });
    const { page } = session;
    await waitForLibrary(page);
    await clickEventMentioning(page, /Qasr bin Ghashir/);
    await openEventEditor(page);
    const editor = page.getByRole('form', { name: /^edit event$/i });
    await editor.getByLabel(/^killed$/i).fill('4');
    await editor
      .getByLabel(/^search the gazetteer$/i)
      .first()
      .fill('Tarhun');
    await editor
      .getByRole('list', { name: /search the gazetteer/i })
      .getByRole('button')
      .first()
      .click();
    await editor.getByLabel(/^target/i).fill('LNA');
    await screenshot(page, join(SHOTS, 'event-editor.png'));
    await editor.getByRole('button', { name: /^save correction$/i }).click();
    await editor.waitFor({ state: 'detached' });

    const corrected = async () =>
      (await storeEvents(page)).find((event) => /Tarhun/i.test(event.location ?? ''));
    await expect.poll(corrected, { timeout: 10_000 }).toBeTruthy();
    expect((await eventListTexts(page)).join('\n')).toMatch(/Tarhun/);

    await reload(page);
    expect(await corrected()).toBeTruthy();

    const article = page.getByRole('listitem').filter({ hasText: /Qasr bin Ghashir/ });
    await article.getByRole('button', { name: /^re-run$/i }).click();
    await expect
      .poll(async () => (await noticeTexts(page)).join('\n'), { timeout: 30_000 })
      .toMatch(/Extracted again/);
    expect(await corrected()).toBeTruthy();
    await session.close();
    await context.close();
  });

  it('hides an event marked "not an event", also after a reload', async () => {
    const context = await newContext();
    const session = await openMarsad({ context });
    const { page } = session;
    await waitForLibrary(page);
    const before = (await storeEvents(page)).length;
    await clickEventMentioning(page, /Al Qatrun|القطرون/);
    await page.getByRole('button', { name: /^not an event$/i }).click();
    await expect.poll(async () => (await storeEvents(page)).length).toBe(before - 1);
    await reload(page);
    expect((await storeEvents(page)).length).toBe(before - 1);
    expect((await eventListTexts(page)).join('\n')).not.toMatch(/Al Qatrun/);
    await session.close();
    await context.close();
  });
});
