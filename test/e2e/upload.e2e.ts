import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  closeBrowser,
  confirmUpload,
  libraryArticles,
  libraryTitles,
  mapEventLocations,
  newContext,
  noticeTexts,
  openMarsad,
  pasteArticle,
  screenshot,
  setUploadDate,
  storeEvents,
  uploadDialogText,
  uploadFiles,
  waitForMap,
  dropFiles,
  type FilePayload,
} from './driver';
import type { Page } from 'playwright-core';

afterAll(closeBrowser);

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'uploads');
const shots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const fixtureFiles = readdirSync(fixtures)
  .filter((name) => !name.endsWith('.ts'))
  .sort()
  .map((name) => join(fixtures, name));

/** Place named in each fixture → a pattern its event's location must match (English or Arabic name). */
const PLACES: Record<string, RegExp> = {
  'ajdabiya-reports.csv': /Ajdabiya|اجدابيا|أجدابيا/i,
  'benghazi-bundle.zip': /Benghazi|بنغازي/i,
  'derna-clashes.docx': /Derna|درنة/i,
  'gharyan-airstrike.txt': /Gharyan|غريان/i,
  'misrata-drone.html': /Misrata|Misurata|مصراتة/i,
  'sirte-shelling-1256.txt': /Sirte|Sirt|سرت/i,
  'tarhuna-reports.jsonl': /Tarhuna|Tarhunah|ترهونة/i,
  'ubari-strike.pdf': /Ubari|Awbari|أوباري/i,
  'zawiya-clashes.json': /Zawiya|Zawiyah|الزاوية/i,
};

async function waitForLibrary(page: Page, atLeast: number) {
  const deadline = Date.now() + 30_000;
  while ((await articleCount(page)) < atLeast) {
    if (Date.now() > deadline) throw new Error(`the library never held ${atLeast} articles`);
    await page.waitForTimeout(200);
  }
}

/** How many articles the library holds. */
async function articleCount(page: Page): Promise<number> {
  return (await libraryArticles(page)).length;
}

describe('uploading articles', () => {
  it('reads every format through the real file input, shows the events on the map and in the list, and keeps them after a reload', async () => {
    const context = await newContext();
    const session = await openMarsad({ context });
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page, 3);
    const before = await articleCount(page);

    await uploadFiles(page, fixtureFiles);
    const dialog = await uploadDialogText(page);
    for (const file of Object.keys(PLACES)) expect(dialog).toContain(file);
    expect(dialog).toMatch(
      /Formats: .*Up to 25 MB per file and 200 MB per upload; zip archives up to 500 MB unpacked and 10,000 files/,
    );
    // The HTML page and the JSON, JSONL and CSV rows carry their own dates; the others ask for one.
    expect(dialog).toMatch(/misrata-drone\.html\n[^\n]+\none article\n/);
    expect(dialog).toMatch(/zawiya-clashes\.json\n[^\n]+\none article\n/);
    expect(dialog).toMatch(/sirte-shelling-1256\.txt\n[^\n]+\none article · 1 without a publication date\n/);
    expect(dialog).toMatch(/sirte-shelling-1256\.txt: .*read as Windows-1256/);
    await setUploadDate(page, '2019-06-11');
    await screenshot(page, join(shots, 'upload-dialog.png'));

    const closing = await confirmUpload(page);
    expect(closing).toMatch(/^Added 9 articles: \d+ reports? of \d+ incidents?\.$/);
    const notices = await noticeTexts(page);
    expect(notices.some((text) => /sirte-shelling-1256\.txt: .*Windows-1256/.test(text))).toBe(false);
    expect(notices.filter((text) => /error|could not|cannot/i.test(text))).toEqual([]);

    expect(await articleCount(page)).toBe(before + 9);
    const titles = await libraryTitles(page);
    expect(titles.join('\n')).toMatch(/قصف مدفعي على سرت/);
    expect(titles.join('\n')).toMatch(/Drone strike on Misrata air academy/);

    const events = await storeEvents(page);
    const located = events.map((event) => event.location ?? '');
    for (const [file, place] of Object.entries(PLACES)) {
      expect(
        located.some((location) => place.test(location)),
        `an event from ${file}`,
      ).toBe(true);
    }
    const onMap = await mapEventLocations(page);
    for (const place of Object.values(PLACES))
      expect(onMap.some((location) => place.test(location))).toBe(true);
    const listed = (
      await page
        .getByRole('list', { name: /^events$/i })
        .getByRole('listitem')
        .allInnerTexts()
    ).join('\n');
    expect(listed).toMatch(PLACES['gharyan-airstrike.txt'] as RegExp);
    await screenshot(page, join(shots, 'after-upload.png'));

    await page.reload();
    await waitForMap(page);
    await waitForLibrary(page, before + 9);
    const afterReload = await storeEvents(page);
    expect(afterReload.map((event) => event.id).sort()).toEqual(events.map((event) => event.id).sort());
    await session.close();
    await context.close();
  });

  it('reads a pasted article with its date and source', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page, 3);
    // One step: the paste box's button reads and adds the article, with no review to confirm.
    const closing = await pasteArticle(page, {
      title: 'Clashes in Sabha',
      text: 'Clashes broke out in Sabha on Friday between rival forces, killing two fighters, residents said.',
      published: '2019-02-22',
      source: 'Fixture Wire',
    });
    expect(closing).toMatch(/^Added 1 article[:;]/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect((await libraryTitles(page)).join('\n')).toMatch(/Clashes in Sabha/);
    const events = await storeEvents(page);
    expect(
      events.some((event) => /Sabha|سبها/.test(event.location ?? '') && event.date === '2019-02-22'),
    ).toBe(true);
    await session.close();
  });

  it('takes files dropped anywhere on the app', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page, 3);
    await dropFiles(page, [
      { name: 'dropped.txt', text: 'Clashes in Gharyan\n\nClashes broke out in Gharyan.' },
    ]);
    expect(await uploadDialogText(page)).toContain('dropped.txt');
    expect(await confirmUpload(page)).toMatch(/^Added 1 article[:;]/);
    await session.close();
  });
});

/** 1,000 distinct short reports, as JSON Lines (generated for the test). */
function thousandArticles(): FilePayload {
  const places = [
    'Gharyan',
    'Sirte',
    'Misrata',
    'Zawiya',
    'Tarhuna',
    'Ajdabiya',
    'Derna',
    'Ubari',
    'Benghazi',
    'Sabha',
  ];
  const kinds = ['An airstrike hit', 'Clashes broke out in', 'Rockets fell on', 'A drone strike hit'];
  const lines: string[] = [];
  for (let index = 0; index < 1000; index++) {
    const place = places[index % places.length] as string;
    const kind = kinds[index % kinds.length] as string;
    const day = String(1 + (index % 28)).padStart(2, '0');
    lines.push(
      JSON.stringify({
        id: `scale-${index}`,
        title: `Report ${index} from ${place}`,
        text: `${kind} ${place} on Monday, killing ${1 + (index % 7)} people, officials said. Report number ${index}.`,
        published: `2019-${String(1 + (index % 12)).padStart(2, '0')}-${day}`,
        source: 'Scale Wire',
      }),
    );
  }
  return {
    name: 'thousand.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(lines.join('\n'), 'utf8'),
  };
}

/** Starts recording the longest gap between animation frames (a frozen page has long gaps). */
async function watchFrames(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const state = { last: performance.now(), longest: 0, running: true };
    (window as unknown as { __frames: typeof state }).__frames = state;
    const tick = (now: number) => {
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () =>
    page.evaluate(() => {
      const state = (window as unknown as { __frames: { longest: number; running: boolean } }).__frames;
      state.running = false;
      return state.longest;
    });
}

describe('uploading 1,000 articles', () => {
  it('keeps the page responsive, shows progress and adds them all', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page, 3);
    await uploadFiles(page, [thousandArticles()]);
    const closing = confirmUpload(page, 240_000);
    const progress = page.getByRole('progressbar', { name: /extracting events/i });
    await progress.waitFor();
    await screenshot(page, join(shots, 'extraction-progress.png'));
    const longestFrameGap = await watchFrames(page);
    // While the worker extracts, the page answers: typing in the search box shows at once.
    const started = Date.now();
    await page.getByLabel(/^search notes/i).fill('Sirte');
    expect(await page.getByLabel(/^search notes/i).inputValue()).toBe('Sirte');
    expect(Date.now() - started).toBeLessThan(2000);
    await page.getByLabel(/^search notes/i).fill('');
    expect(await closing).toMatch(/^Added 1,?000 articles: [\d,]+ reports? of [\d,]+ incidents?\.$/);
    const gap = await longestFrameGap();
    console.log(`longest frame gap while extracting 1,000 articles: ${Math.round(gap)} ms`);
    expect(gap).toBeLessThan(1000);
    expect(await articleCount(page)).toBe(1003);
    await session.close();
  }, 300_000);

  it('can be cancelled: what was added stays whole, the rest is not added', async () => {
    const session = await openMarsad();
    const { page } = session;
    await waitForMap(page);
    await waitForLibrary(page, 3);
    await uploadFiles(page, [thousandArticles()]);
    const closing = confirmUpload(page, 120_000);
    await page.getByRole('progressbar', { name: /extracting events/i }).waitFor();
    await page
      .getByRole('status', { name: /extracting events/i })
      .getByRole('button', { name: 'Cancel' })
      .click();
    const message = await closing;
    const added = Number(/^Cancelled: ([\d,]+) of 1,?000 articles w/.exec(message)?.[1]?.replace(/,/g, ''));
    expect(added).toBeLessThan(1000);
    expect(await articleCount(page)).toBe(3 + added);
    await page.reload();
    await waitForMap(page);
    await waitForLibrary(page, 3 + added);
    expect(await articleCount(page)).toBe(3 + added);
    await session.close();
  }, 300_000);
});
