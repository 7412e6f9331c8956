/**
 * Dates per article and paste in one step, as a user meets them: a zip and a CSV of several articles are listed
 * article by article in the review, each with its own date field, pre-filled where its dateline or text suggests a
 * day ("suggested from the dateline: 26 Jul 2020"); one action gives a date to all that still lack one; a pasted
 * article is added in one step under its own headline.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import {
  articleDate,
  closeBrowser,
  confirmUpload,
  openMarsad,
  pasteArticle,
  setArticleDate,
  setUploadDate,
  uploadDialogText,
  uploadFiles,
  waitForMap,
} from './driver';

afterAll(closeBrowser);

/** Title and publication day of every article in the library. */
async function publishedByTitle(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() => {
    const hooks = window as unknown as {
      __marsadBench?: {
        store: { getState: () => { articles: Record<string, { title: string; published: string | null }> } };
      };
    };
    const articles = hooks.__marsadBench?.store.getState().articles ?? {};
    return Object.fromEntries(Object.values(articles).map((article) => [article.title, article.published]));
  });
}

async function waitForArticle(page: Page, title: string): Promise<string | null> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await publishedByTitle(page);
    if (title in found) return found[title] ?? null;
    if (Date.now() > deadline)
      throw new Error(`no article titled ${title}: ${Object.keys(found).join(', ')}`);
    await page.waitForTimeout(200);
  }
}

/** Four reports of our own wording in a zip: dated by a dateline, by a date line, by nothing, by the page. */
function bundle(): Buffer {
  const files = {
    'reports/zawiya.txt':
      'Rival groups clash in Zawiya\n\nZAWIYA, July 26, 2020 (Reuters) - Clashes broke out on Sunday between two armed groups in Zawiya, killing three fighters.',
    'reports/sirte.txt':
      'قصف مدفعي على أطراف سرت\nالأحد 9 أغسطس 2020\n\nسقطت قذائف على الأطراف الغربية لمدينة سرت أمس، ولم تُسجل إصابات.',
    'reports/gharyan.txt':
      'Drone strike near Gharyan\n\nA drone strike hit a vehicle near Gharyan on Tuesday, killing two people, a local official said.',
    'reports/misrata.html':
      '<html><head><meta property="og:title" content="Shelling hits Misrata port"><meta property="article:published_time" content="2019-08-03T10:00:00Z"></head><body><article><p>Shelling hit the port of Misrata on Friday, wounding four dock workers, the port authority said. The port was closed for the rest of the day while crews cleared the damage.</p></article></body></html>',
  };
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))),
  );
}

function reportsCsv(): Buffer {
  return Buffer.from(
    [
      'title,text',
      '"Clashes in Tarhuna","TARHUNA, March 3, 2021 (AFP) - Clashes broke out near Tarhuna, killing one fighter."',
      '"Rockets on Ain Zara","Rockets fell on homes in Ain Zara on Monday, wounding a child."',
    ].join('\n'),
    'utf8',
  );
}

describe('the review lists every article with its own date', () => {
  it('pre-fills suggestions from datelines, lets one be changed, and applies one date to those without', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await uploadFiles(page, [
      { name: 'bundle.zip', mimeType: 'application/zip', buffer: bundle() },
      { name: 'reports.csv', mimeType: 'text/csv', buffer: reportsCsv() },
    ]);
    const dialog = await uploadDialogText(page);
    for (const title of [
      'Rival groups clash in Zawiya',
      'قصف مدفعي على أطراف سرت',
      'Drone strike near Gharyan',
      'Shelling hits Misrata port',
      'Clashes in Tarhuna',
      'Rockets on Ain Zara',
    ])
      expect(dialog).toContain(title);
    expect(dialog).not.toMatch(/pasted\.json/);

    expect(await articleDate(page, 'Rival groups clash in Zawiya')).toEqual({
      value: '2020-07-26',
      note: 'suggested from the dateline: 26 Jul 2020',
    });
    expect(await articleDate(page, 'قصف مدفعي على أطراف سرت')).toEqual({
      value: '2020-08-09',
      note: 'suggested from the date at the top: 9 Aug 2020',
    });
    expect(await articleDate(page, 'Shelling hits Misrata port')).toEqual({
      value: '2019-08-03',
      note: 'from the file',
    });
    expect(await articleDate(page, 'Clashes in Tarhuna')).toMatchObject({ value: '2021-03-03' });
    expect(await articleDate(page, 'Drone strike near Gharyan')).toMatchObject({ value: '' });
    expect(dialog).toMatch(/bundle\.zip\n[^\n]+\n4 articles · 1 without a publication date\n/);

    // The person corrects one suggestion, then gives one day to the two articles that have none.
    await setArticleDate(page, 'Clashes in Tarhuna', '2021-03-04');
    expect((await articleDate(page, 'Clashes in Tarhuna')).note).toBe('set by you');
    await setUploadDate(page, '2019-06-11');
    expect(await articleDate(page, 'Drone strike near Gharyan')).toMatchObject({ value: '2019-06-11' });
    expect(await articleDate(page, 'Rockets on Ain Zara')).toMatchObject({ value: '2019-06-11' });
    expect(await uploadDialogText(page)).not.toMatch(/without a publication date/);

    expect(await confirmUpload(page)).toMatch(/^Added 6 articles/);
    expect(await waitForArticle(page, 'Rival groups clash in Zawiya')).toBe('2020-07-26');
    const published = await publishedByTitle(page);
    expect(published).toMatchObject({
      'قصف مدفعي على أطراف سرت': '2020-08-09',
      'Drone strike near Gharyan': '2019-06-11',
      'Shelling hits Misrata port': '2019-08-03',
      'Clashes in Tarhuna': '2021-03-04',
      'Rockets on Ain Zara': '2019-06-11',
    });
    await session.close();
  });
});

describe('pasting an article', () => {
  it('adds it in one step under its headline, dated by its dateline', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    const closing = await pasteArticle(page, {
      text: 'Home | World | Libya\nGunfire near Mitiga airport\n\nTRIPOLI, May 9, 2020 (Reuters) - Heavy gunfire was heard near Mitiga airport on Saturday, halting flights.',
    });
    expect(closing).toMatch(/^Added 1 article/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await waitForArticle(page, 'Gunfire near Mitiga airport')).toBe('2020-05-09');
    const notices = await page.locator('.notices .notice span').allInnerTexts();
    expect(notices).toContain('Publication date suggested from the dateline: 9 May 2020.');
    expect(notices.join('\n')).not.toMatch(/pasted\.json/);
    await session.close();
  });
});
