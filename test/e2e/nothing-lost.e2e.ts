import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import {
  closeBrowser,
  exportWorkspace,
  importWorkspace,
  libraryCount,
  simulateFullStorage,
  newContext,
  noticeTexts,
  openMarsad,
  reload,
  screenshot,
  setUploadDate,
  storedLibrary,
  storeEvents,
  uploadFiles,
  waitForLibrary,
} from './driver';

afterAll(closeBrowser);

const PLACES = [
  'Sirte',
  'Misrata',
  'Gharyan',
  'Tarhuna',
  'Sabha',
  'Derna',
  'Benghazi',
  'Zawiya',
  'Ajdabiya',
  'Murzuq',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `count` distinct short reports as JSON Lines, each with its own number so no two texts are the same. */
function reports(count: number): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const place = PLACES[index % PLACES.length] ?? 'Sirte';
    const day = DAYS[index % DAYS.length] ?? 'Monday';
    const text =
      `Report ${index + 1}: clashes broke out in ${place} on ${day} between rival armed groups, ` +
      `killing ${(index % 7) + 1} fighters, local officials said. Residents of block ${index} fled the fighting.`;
    lines.push(
      JSON.stringify({
        id: `bulk-${index}`,
        title: `Report ${index + 1} from ${place}`,
        text,
        source: 'Bulk Wire',
      }),
    );
  }
  return lines.join('\n');
}

async function expectConsistent(page: Page): Promise<number> {
  const shown = await libraryCount(page);
  const stored = await storedLibrary(page);
  expect(stored.complete).toBe(true);
  expect(stored.ids.length).toBe(shown);
  const storedIds = new Set(stored.ids);
  for (const event of await storeEvents(page)) {
    expect(event.articleIds.every((id) => storedIds.has(id) || id.startsWith('user-'))).toBe(true);
  }
  return shown;
}

describe('nothing is lost', () => {
  it('leaves a consistent library when the page is closed in the middle of a 1,000-article upload', async () => {
    const context = await newContext();
    const first = await openMarsad({ context });
    await waitForLibrary(first.page);
    await uploadFiles(first.page, [
      { name: 'thousand.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(reports(1000)) },
    ]);
    await setUploadDate(first.page, '2020-04-20');
    await first.page
      .getByRole('dialog')
      .getByRole('button', { name: /^add 1,?000 articles$/i })
      .click();
    // Close the tab as soon as the first batches are in, with most of the upload still to come.
    await first.page.waitForFunction(
      () => Number(/\d+/.exec(document.querySelector('.library .count')?.textContent ?? '')?.[0] ?? 0) > 3,
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const acknowledged = await libraryCount(first.page);
    await first.page.close({ runBeforeUnload: false });

    const second = await openMarsad({ context });
    await waitForLibrary(second.page);
    const kept = await expectConsistent(second.page);
    expect(kept).toBeGreaterThanOrEqual(acknowledged);
    expect(kept).toBeLessThan(1003);
    await reload(second.page);
    expect(await expectConsistent(second.page)).toBe(kept);
    await second.close();
    await context.close();
  });

  it('says the storage is full and keeps what was saved', async () => {
    const context = await newContext();
    const session = await openMarsad({ context });
    const { page } = session;
    await waitForLibrary(page);
    const workspace = JSON.parse((await exportWorkspace(page)).text) as {
      articles: { article: { id: string; text: string } }[];
    };
    // 300 new articles the full storage has no room for.
    const template = workspace.articles[0];
    if (!template) throw new Error('the samples are missing');
    const big = {
      ...workspace,
      articles: Array.from({ length: 300 }, (_, index) => ({
        ...template,
        article: {
          ...template.article,
          id: `big-${index}`,
          text: `${index} ${template.article.text.repeat(40)}`,
        },
      })),
    };
    await simulateFullStorage(page);
    const message = await importWorkspace(page, { name: 'big.json', text: JSON.stringify(big) });
    expect(message).toMatch(/storage is full/);
    expect((await noticeTexts(page)).join('\n')).toMatch(/Everything saved before is kept/);
    await screenshot(page, join(import.meta.dirname, '..', '..', 'docs', 'screenshots', 'storage-full.png'));
    expect(await libraryCount(page)).toBe(3);
    await reload(page);
    expect(await expectConsistent(page)).toBe(3);
    await session.close();
    await context.close();
  });

  it('keeps two open tabs in step', async () => {
    const context = await newContext();
    const one = await openMarsad({ context });
    await waitForLibrary(one.page);
    const two = await openMarsad({ context });
    await waitForLibrary(two.page);
    const murzuq = one.page.getByRole('listitem').filter({ hasText: /kills 11 Islamic State/ });
    await murzuq.getByRole('button', { name: /^delete$/i }).click();
    await murzuq.getByRole('button', { name: /^delete for good\?$/i }).click();
    await expect.poll(() => libraryCount(two.page), { timeout: 10_000 }).toBe(2);
    expect((await storeEvents(two.page)).some((event) => /Murzuq/.test(event.location ?? ''))).toBe(true);
    await one.close();
    await two.close();
    await context.close();
  });
});
