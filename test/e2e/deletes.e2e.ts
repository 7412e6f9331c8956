import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeBrowser,
  libraryCount,
  newContext,
  noticeTexts,
  openMarsad,
  reload,
  setUploadDate,
  simulateFullStorage,
  storedLibrary,
  uploadFiles,
  waitForLibrary,
} from './driver';

afterAll(closeBrowser);

const MURZUQ = /kills 11 Islamic State/;

async function deleteArticle(page: Page, title: RegExp): Promise<void> {
  const row = page.getByRole('listitem').filter({ hasText: title });
  // The list keeps moving while another tab's articles arrive: the click is sent without waiting for it to settle.
  await row.getByRole('button', { name: /^delete$/i }).dispatchEvent('click');
  await row.getByRole('button', { name: /^delete for good\?$/i }).dispatchEvent('click');
}

function reports(count: number): string {
  return Array.from({ length: count }, (_, index) =>
    JSON.stringify({
      id: `wave-${index}`,
      title: `Wave report ${index + 1}`,
      text: `Report ${index + 1}: clashes broke out in Sirte on Monday between rival groups, killing ${(index % 5) + 1} fighters. Block ${index}.`,
    }),
  ).join('\n');
}

describe('deletes that always work', () => {
  it('deletes an article when the storage is full, and it stays deleted after a reload', async () => {
    const context = await newContext();
    const session = await openMarsad({ context });
    const { page } = session;
    await waitForLibrary(page);
    expect(await libraryCount(page)).toBe(3);
    await simulateFullStorage(page);
    await deleteArticle(page, MURZUQ);
    await expect.poll(() => libraryCount(page), { timeout: 10_000 }).toBe(2);
    expect((await noticeTexts(page)).join('\n')).not.toMatch(/storage is full|saving failed/i);
    await reload(page);
    await waitForLibrary(page);
    expect(await libraryCount(page)).toBe(2);
    const stored = await storedLibrary(page);
    expect(stored.ids).toHaveLength(2);
    await session.close();
    await context.close();
  });

  it('keeps an article deleted in one tab while another tab is adding 300 articles', async () => {
    const context = await newContext();
    const one = await openMarsad({ context });
    await waitForLibrary(one.page);
    const two = await openMarsad({ context });
    await waitForLibrary(two.page);
    await uploadFiles(two.page, [
      { name: 'wave.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(reports(300)) },
    ]);
    await setUploadDate(two.page, '2020-04-20');
    await two.page
      .getByRole('dialog')
      .getByRole('button', { name: /^add 300 articles$/i })
      .click();
    // Delete while the other tab's upload runs (its batches keep arriving after the delete).
    await two.page.getByRole('progressbar').first().waitFor({ timeout: 30_000 });
    await deleteArticle(one.page, MURZUQ);
    expect(await libraryCount(two.page)).toBeLessThan(302);
    await expect.poll(() => libraryCount(two.page), { timeout: 120_000 }).toBe(302);
    await expect.poll(() => libraryCount(one.page), { timeout: 20_000 }).toBe(302);
    for (const page of [one.page, two.page]) {
      await expect.poll(() => page.getByRole('listitem').filter({ hasText: MURZUQ }).count()).toBe(0);
    }
    await reload(one.page);
    await waitForLibrary(one.page);
    expect(await libraryCount(one.page)).toBe(302);
    expect(await one.page.getByRole('listitem').filter({ hasText: MURZUQ }).count()).toBe(0);
    await one.close();
    await two.close();
    await context.close();
  });
});
