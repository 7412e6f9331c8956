import { afterAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import {
  closeBrowser,
  libraryCount,
  noticeTexts,
  openMarsad,
  storeEvents,
  waitForLibrary,
  waitForMap,
} from './driver';

afterAll(closeBrowser);

/** Built scripts of the extraction: its worker, the extractor and the gazetteer chunks. */
const EXTRACTION_SCRIPT = /\/assets\/(extraction\.worker|extract|libya|world)-[\w-]+\.js$/;

function watchWorkers(page: Page): Worker[] {
  const workers: Worker[] = [];
  page.on('worker', (worker) => workers.push(worker));
  return workers;
}

describe('the first start', () => {
  it('shows the samples with their events without fetching the extractor, its worker or the gazetteer', async () => {
    const session = await openMarsad();
    const { page } = session;
    const workers = watchWorkers(page);
    await waitForMap(page);
    expect(await libraryCount(page)).toBe(3);
    const events = await storeEvents(page);
    expect(events.some((event) => event.location !== null && /Murzuq|مرزق/i.test(event.location))).toBe(true);
    expect(session.requests.filter((url) => EXTRACTION_SCRIPT.test(url))).toEqual([]);
    expect(workers.map((worker) => worker.url()).filter((url) => /extraction/.test(url))).toEqual([]);
    await session.close();
  });

  it('fetches the extractor when an article is extracted again, and finds the same events', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForLibrary(page);
    const before = (await storeEvents(page)).map((event) => event.id).sort();
    const murzuq = page.getByRole('listitem').filter({ hasText: /kills 11 Islamic State/ });
    await murzuq.getByRole('button', { name: /^re-run$/i }).click();
    await expect
      .poll(async () => (await noticeTexts(page)).some((text) => /^Extracted again/.test(text)), {
        timeout: 30_000,
      })
      .toBe(true);
    expect(session.requests.some((url) => EXTRACTION_SCRIPT.test(url))).toBe(true);
    expect((await storeEvents(page)).map((event) => event.id).sort()).toEqual(before);
    await session.close();
  });
});
