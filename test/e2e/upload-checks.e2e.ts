import { afterAll, describe, expect, it } from 'vitest';
import {
  closeBrowser,
  confirmUpload,
  libraryArticles,
  openMarsad,
  setUploadDate,
  storeEvents,
  uploadDialogText,
  uploadFiles,
  waitForLibrary,
} from './driver';

afterAll(closeBrowser);

const STRIKE =
  'An air strike hit an ammunition depot near Sirte on Monday, killing four guards, local officials said.';
const CLASH =
  'Clashes broke out in Zawiya on Friday between two armed groups; three fighters were killed, a hospital said.';
const SHELLING = 'Shells fell on homes in Ain Zara on Sunday, killing two civilians, medics said.';

function json(name: string, records: unknown): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(records)) };
}

describe('what the upload review checks', () => {
  it('says on the row that id 2 is already in the library with another text, and keeps both', async () => {
    const { page } = await openMarsad();
    await waitForLibrary(page);
    await uploadFiles(page, [json('first.json', [{ id: '2', title: 'Strike near Sirte', text: STRIKE }])]);
    await setUploadDate(page, '2021-03-01');
    expect(await confirmUpload(page)).toMatch(/^Added 1 article/);

    await uploadFiles(page, [json('second.json', [{ id: '2', title: 'Clash in Zawiya', text: CLASH }])]);
    const review = await uploadDialogText(page);
    expect(review).toContain('id 2 is already in the library with other text — kept both, this one as 2~2');
    await setUploadDate(page, '2021-03-05');
    expect(await confirmUpload(page)).toMatch(/^Added 1 article/);

    const articles = await libraryArticles(page);
    expect(articles).toEqual(
      expect.arrayContaining([
        { id: '2', title: 'Strike near Sirte' },
        { id: '2~2', title: 'Clash in Zawiya' },
      ]),
    );
    const events = await storeEvents(page);
    expect(events.some((event) => event.articleIds.includes('2'))).toBe(true);
    expect(events.some((event) => event.articleIds.includes('2~2'))).toBe(true);
  });

  it('sets aside the one bad record of a JSON upload with its field named, and adds the others', async () => {
    const { page } = await openMarsad();
    await waitForLibrary(page);
    await uploadFiles(page, [
      json('wire.json', [
        { id: 'w1', title: 'Strike near Sirte', text: STRIKE },
        { id: 'w2', title: { en: 'Clash in Zawiya' }, text: CLASH },
        { id: 'w3', title: 'Shelling in Ain Zara', text: SHELLING },
      ]),
    ]);
    const review = await uploadDialogText(page);
    expect(review).toMatch(/wire\.json, article 2 \(id w2\): title: Invalid type: Expected string/);
    expect(review).toContain('2 articles');
    await setUploadDate(page, '2021-04-11');
    expect(await confirmUpload(page)).toMatch(/^Added 2 articles/);
    const ids = (await libraryArticles(page)).map((article) => article.id);
    expect(ids).toEqual(expect.arrayContaining(['w1', 'w3']));
    expect(ids).not.toContain('w2');
  });
});
