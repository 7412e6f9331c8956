/**
 * The end-to-end driver: every browser detail lives here, so specs read as a user's steps.
 * Uses playwright-core with the system Chromium (Debian `chromium`, or CHROME_PATH).
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { execSync } from 'node:child_process';
import { E2E_ORIGIN } from './server';
import type { ConflictEvent } from '../../src/pipeline/types';

function chromiumPath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('No Chromium found: install Debian `chromium` or set CHROME_PATH');
  }
}

export interface MarsadSession {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  close: () => Promise<void>;
}

let browser: Browser | undefined;

async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export interface OpenOptions {
  locale?: string;
  path?: string;
  context?: BrowserContext;
  /** The window's size (default 1400×900, the desktop layout). */
  viewport?: { width: number; height: number };
  /** A touch screen (taps instead of clicks), as on a phone. */
  touch?: boolean;
}

/** Opens Marsad as a user would: a fresh profile, the given browser language, the app's start page. */
export async function openMarsad(options: OpenOptions = {}): Promise<MarsadSession> {
  const context =
    options.context ??
    (await (
      await sharedBrowser()
    ).newContext({
      locale: options.locale ?? 'en-GB',
      viewport: options.viewport ?? { width: 1400, height: 900 },
      hasTouch: options.touch ?? false,
    }));
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request: Request) => requests.push(request.url()));
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  await page.goto(E2E_ORIGIN + (options.path ?? '/'));
  return {
    page,
    requests,
    close: async () => {
      if (!options.context) await context.close();
      else await page.close();
    },
  };
}

/** Opens a second page in the same browser profile (same IndexedDB), e.g. after a reload or in another tab. */
export async function newContext(locale = 'en-GB'): Promise<BrowserContext> {
  return (await sharedBrowser()).newContext({ locale, viewport: { width: 1400, height: 900 } });
}

/** Waits until MapLibre reports the style and the visible tiles are loaded. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const controller = window.__marsadMap;
      return Boolean(controller && controller.isLoaded && controller.map.loaded());
    },
    undefined,
    { timeout: 20_000 },
  );
}

/** How many features of a map layer are rendered in the current view. */
export async function renderedFeatureCount(page: Page, layerId: string): Promise<number> {
  return page.evaluate((id) => {
    const map = window.__marsadMap?.map;
    if (!map || !map.getLayer(id)) return -1;
    return map.queryRenderedFeatures({ layers: [id] }).length;
  }, layerId);
}

/** Waits until the library has been read from the browser's storage (and, on a first start, the samples added). */
export async function waitForLibrary(page: Page, timeout = 30_000): Promise<void> {
  // The count appears once the library is read ("3 articles", "مقالتان": Arabic writes one and two in words).
  await page.locator('.library .count').filter({ hasText: /\S/ }).waitFor({ timeout });
}

/** Names of the articles in the library list. */
export async function libraryTitles(page: Page): Promise<string[]> {
  await waitForLibrary(page);
  return page
    .getByRole('list', { name: /articles|المقالات/i })
    .getByRole('listitem')
    .allInnerTexts();
}

export async function screenshot(page: Page, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
}

// ── Map, timeline, list and reader (issue 8) ──

/** Puts events into the app's store through the documented bench hook (until extraction fills it). */
export async function loadEvents(page: Page, events: unknown[]): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__marsadBench), undefined, { timeout: 20_000 });
  // Once the library is open it no longer replaces the events (it does so only when articles or corrections change).
  await waitForLibrary(page);
  await page.evaluate((list) => {
    window.__marsadBench?.store.getState().setEvents(list as never);
  }, events);
}

/** Ids of the events the map draws in its current view (the GL layer's equivalent of rendered features). */
export async function visibleEventIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__marsadMap?.visibleEventIds() ?? []);
}

/** The texts of the rows in the event list. */
export async function eventListTexts(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: /^(events|الأحداث)$/i })
    .getByRole('listitem')
    .allInnerTexts();
}

/** The "N of M events shown" line. */
export async function shownCountText(page: Page): Promise<string> {
  return (await page.locator('.shown-count').innerText()).trim();
}

/** Drags a timeline slider ('start' or 'end') so that its date becomes `iso` (the end slider's last day). */
export async function dragTimelineTo(page: Page, which: 'start' | 'end', iso: string): Promise<void> {
  const name = which === 'start' ? /^(start date|تاريخ البداية)$/i : /^(end date|تاريخ النهاية)$/i;
  const handle = page.getByRole('slider', { name });
  const box = await handle.boundingBox();
  const track = await page.locator('.timeline-track').boundingBox();
  if (!box || !track) throw new Error('timeline slider is not on screen');
  const { min, max, rtl } = await handle.evaluate((element) => ({
    min: Number(element.getAttribute('aria-valuemin')),
    max: Number(element.getAttribute('aria-valuemax')),
    rtl: document.documentElement.dir === 'rtl',
  }));
  const day = Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + (which === 'end' ? 1 : 0);
  const fraction = (day - min) / (max + 1 - min);
  const x = track.x + (rtl ? 1 - fraction : fraction) * track.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move((box.x + box.width / 2 + x) / 2, y, { steps: 4 });
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.up();
}

/** The ISO date a timeline slider announces. */
export async function sliderDate(page: Page, which: 'start' | 'end'): Promise<string | null> {
  const name = which === 'start' ? /^(start date|تاريخ البداية)$/i : /^(end date|تاريخ النهاية)$/i;
  return page.getByRole('slider', { name }).getAttribute('aria-valuetext');
}

/** Clicks the event list row whose text contains `text`. */
export async function clickEventInList(page: Page, text: string | RegExp): Promise<void> {
  await page
    .getByRole('list', { name: /^(events|الأحداث)$/i })
    .getByRole('listitem')
    .filter({ hasText: text })
    .first()
    .getByRole('button')
    .click();
}

/** Clicks the event list row of an event (rows carry their event's id). */
export async function clickEventById(page: Page, eventId: string): Promise<void> {
  await page.locator(`li[data-event-id="${eventId}"]`).getByRole('button').click();
}

/** Ids of the events in the list's rendered rows, in list order. */
export async function eventListIds(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: /^(events|الأحداث)$/i })
    .getByRole('listitem')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id') ?? ''));
}

/**
 * The events the app holds once it has started: those extracted from the bundled articles, or, while the app
 * does not extract them at start, the gold events of those articles put in through the bench hook.
 */
export async function eventsAfterStart(page: Page, fallback: ConflictEvent[]): Promise<ConflictEvent[]> {
  await page.waitForFunction(() => Boolean(window.__marsadBench), undefined, { timeout: 20_000 });
  // The library says when its first start (bundled articles extracted) is done; a build whose start-up does
  // not open the library never says so, hence the bounded wait.
  await page
    .waitForFunction(
      () => (window.__marsadBench?.store.getState() as { libraryReady?: boolean }).libraryReady !== false,
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  const events = await page.evaluate(() => window.__marsadBench?.store.getState().events ?? []);
  if (events.length > 0) return events;
  await loadEvents(page, fallback);
  return fallback;
}

/** The text of an article the app holds. */
export async function articleText(page: Page, articleId: string): Promise<string> {
  return page.evaluate((id) => window.__marsadBench?.store.getState().articles[id]?.text ?? '', articleId);
}

/** Moves the pointer over a place on the map; returns the tooltip's text ('' when none shows). */
export async function hoverMapAt(page: Page, longitude: number, latitude: number): Promise<string> {
  const point = await page.evaluate(
    ([lon, lat]) => {
      const map = window.__marsadMap?.map;
      if (!map) return null;
      const projected = map.project([lon ?? 0, lat ?? 0]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + projected.x, y: box.top + projected.y };
    },
    [longitude, latitude],
  );
  if (!point) return '';
  await page.mouse.move(point.x - 20, point.y - 20);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  const popup = page.locator('.maplibregl-popup .event-tooltip');
  try {
    await popup.waitFor({ timeout: 5_000 });
  } catch {
    return '';
  }
  return popup.innerText();
}

/** Clicks the map where the pointer is. */
export async function clickMapHere(page: Page): Promise<void> {
  await page.mouse.down();
  await page.mouse.up();
}

/** The evidence sentence highlighted in the reader, or '' when none is. */
export async function selectedSentence(page: Page): Promise<string> {
  const marks = page.locator('.reader-text mark.evidence');
  if ((await marks.count()) === 0) return '';
  return (await marks.allInnerTexts()).join('');
}

/** The colour [r, g, b] the map draws at a place, read from the WebGL canvas right after a frame is drawn. */
export async function drawnColourAt(page: Page, longitude: number, latitude: number): Promise<number[]> {
  return page.evaluate(
    ([lon, lat]) =>
      new Promise<number[]>((resolve) => {
        const map = window.__marsadMap?.map;
        if (!map) return resolve([]);
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = canvas.getContext('webgl2');
          const point = map.project([lon ?? 0, lat ?? 0]);
          const ratio = canvas.width / canvas.clientWidth;
          const pixel = new Uint8Array(4);
          gl?.readPixels(
            Math.round(point.x * ratio),
            Math.round(canvas.height - point.y * ratio),
            1,
            1,
            gl.RGBA,
            gl.UNSIGNED_BYTE,
            pixel,
          );
          resolve([pixel[0] ?? 0, pixel[1] ?? 0, pixel[2] ?? 0]);
        });
        map.triggerRepaint();
      }),
    [longitude, latitude],
  );
}

/** URLs that went anywhere but the app's own origin on 127.0.0.1 (data: and blob: URLs stay in the page). */
export function offHostRequests(requests: string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).hostname !== '127.0.0.1';
    } catch {
      return true;
    }
  });
}

// ── Upload (issue: upload, ingest formats, extraction worker) ──

/** The parts of the app's test hooks (map controller, bench store) that the upload checks read. */
interface MarsadHooks {
  __marsadMap?: { visibleEventIds: () => string[] };
  __marsadBench?: {
    store: {
      getState: () => {
        events: import('../../src/pipeline/types').ConflictEvent[];
        articleOrder: string[];
        articles: Record<string, import('../../src/pipeline/types').Article>;
      };
    };
  };
}

/** A file made in the test (hostile or generated input) rather than read from test/fixtures. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Chooses files through the real `Upload articles` file input, then waits for the review dialog. */
export async function uploadFiles(page: Page, files: string[] | FilePayload[]): Promise<void> {
  await page.getByLabel(/^(upload articles|رفع مقالات)$/i).setInputFiles(files);
  await waitForReview(page);
}

/** Drops files anywhere on the app (a real DataTransfer with File objects, dispatched on the page). */
export async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([file.text], file.name));
    return data;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await waitForReview(page);
}

/**
 * Pastes an article into the paste box and reads it: one step, no review to confirm. Waits until the article is
 * added and returns the closing message.
 */
export async function pasteArticle(
  page: Page,
  article: { text: string; title?: string; published?: string; source?: string },
  timeout = 60_000,
): Promise<string> {
  const before = await noticeTexts(page);
  await page.getByRole('button', { name: /^(paste an article|لصق مقال)$/i }).click();
  const dialog = page.getByRole('dialog');
  if (article.title) await dialog.getByLabel(/^title/i).fill(article.title);
  await dialog.getByLabel(/^article text/i).fill(article.text);
  if (article.published) await dialog.getByLabel(/^publication date/i).fill(article.published);
  if (article.source) await dialog.getByLabel(/^source/i).fill(article.source);
  await dialog.getByRole('button', { name: /^read article$/i }).click();
  return closingNotice(page, before.length, timeout);
}

async function waitForReview(page: Page): Promise<void> {
  await page
    .getByRole('dialog')
    .getByRole('button', {
      name: /^(add ([\d,]+ articles|1 article)|إضافة ([\d,\u066c]+ مقال\S*|مقال واحد|مقالين))$/i,
    })
    .waitFor();
}

/** Gives one publication date to every article of the upload that has none (the review's one action). */
export async function setUploadDate(page: Page, iso: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/publication date for every article/i).fill(iso);
  await dialog
    .getByRole('button', { name: /^apply to ([\d,]+ articles|1 article) without a date$/i })
    .click();
}

/** Sets the publication date of the reviewed article with this title (its own date field). */
export async function setArticleDate(page: Page, title: string, iso: string): Promise<void> {
  await page.getByRole('dialog').getByLabel(`Publication date of “${title}”`, { exact: true }).fill(iso);
}

/** The value of a reviewed article's date field and the note beside it ("suggested from the dateline: …"). */
export async function articleDate(page: Page, title: string): Promise<{ value: string; note: string }> {
  const field = page.getByRole('dialog').getByLabel(`Publication date of “${title}”`, { exact: true });
  const row = page
    .getByRole('dialog')
    .locator('.upload-article')
    .filter({ has: page.getByLabel(`Publication date of “${title}”`, { exact: true }) });
  return {
    value: await field.inputValue(),
    note: await row.locator('.upload-article-date-note').innerText(),
  };
}

/** The file names and statuses listed in the upload dialog. */
export async function uploadDialogText(page: Page): Promise<string> {
  return page.getByRole('dialog').innerText();
}

/**
 * Confirms the upload ("Add N articles") and waits until extraction has finished and the library has taken
 * the articles; returns the closing message.
 */
export async function confirmUpload(page: Page, timeout = 60_000): Promise<string> {
  const before = await noticeTexts(page);
  await page
    .getByRole('dialog')
    .getByRole('button', {
      name: /^(add ([\d,]+ articles|1 article)|إضافة ([\d,\u066c]+ مقال\S*|مقال واحد|مقالين))$/i,
    })
    .click();
  return closingNotice(page, before.length, timeout);
}

/** Waits for the closing message of an upload among the notices after the first `count`, and returns it. */
async function closingNotice(page: Page, count: number, timeout: number): Promise<string> {
  const handle = await page.waitForFunction(
    (seen) => {
      const notices = [...document.querySelectorAll('.notices .notice span')].map(
        (node) => node.textContent ?? '',
      );
      return notices.slice(seen).find((text) => /^(Added|Cancelled|أُ?ضيفت|أُ?لغي)/.test(text)) ?? false;
    },
    count,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

/** Every message shown to the user, oldest first. */
export async function noticeTexts(page: Page): Promise<string[]> {
  return page.locator('.notices .notice span').allInnerTexts();
}

/** Dismisses every message. */
export async function dismissNotices(page: Page): Promise<void> {
  const buttons = page.locator('.notices .notice button');
  while ((await buttons.count()) > 0) await buttons.first().click();
}

/** The locations of the events in the store that the map draws now. */
export async function mapEventLocations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const app = window as unknown as MarsadHooks;
    const visible = new Set(app.__marsadMap?.visibleEventIds() ?? []);
    const events = app.__marsadBench?.store.getState().events ?? [];
    return events.filter((event) => visible.has(event.id)).map((event) => event.location ?? '');
  });
}

/** Every article in the library (from the store: the list itself is virtualised), oldest addition first. */
export async function libraryArticles(page: Page): Promise<{ id: string; title: string }[]> {
  return page.evaluate(() => {
    const state = (window as unknown as MarsadHooks).__marsadBench?.store.getState();
    if (!state) return [];
    return state.articleOrder.map((id) => ({ id, title: state.articles[id]?.title ?? '' }));
  });
}

/** The events in the store, as plain data. */
export async function storeEvents(
  page: Page,
): Promise<{ id: string; location: string | null; date: string | null; articleIds: string[] }[]> {
  return page.evaluate(() =>
    ((window as unknown as MarsadHooks).__marsadBench?.store.getState().events ?? []).map((event) => ({
      id: event.id,
      location: event.location,
      date: event.date,
      articleIds: event.sources.map((source) => source.article_id),
    })),
  );
}

// ── Library, persistence, corrections and export ──

/** Reloads the page (same browser profile, same IndexedDB) and waits for the library to be read back. */
export async function reload(page: Page): Promise<void> {
  await page.reload();
  await waitForLibrary(page);
}

/** The number of articles the library says it holds. */
export async function libraryCount(page: Page): Promise<number> {
  await waitForLibrary(page);
  const text = await page.locator('.library .count').innerText();
  return Number(
    /\d+/.exec(text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660)))?.[0] ?? NaN,
  );
}

async function downloadFrom(page: Page, button: RegExp): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('region', { name: /^(workspace|مساحة العمل)$/i })
      .getByRole('button', { name: button })
      .click(),
  ]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Exports the whole workspace and returns the file's name and text. */
export async function exportWorkspace(page: Page): Promise<{ name: string; text: string }> {
  return downloadFrom(page, /^(export workspace|تصدير مساحة العمل)$/i);
}

/** Exports the events as CSV and returns the file's name and text. */
export async function exportEventsCsv(page: Page): Promise<{ name: string; text: string }> {
  return downloadFrom(page, /^(events csv|الأحداث csv)$/i);
}

/** Imports a workspace file through the Import button and returns the closing message. */
export async function importWorkspace(page: Page, file: { name: string; text: string }): Promise<string> {
  const before = (await noticeTexts(page)).length;
  await page
    .getByRole('region', { name: /^(workspace|مساحة العمل)$/i })
    .getByLabel(/^(import workspace|استيراد مساحة العمل)$/i)
    .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  const handle = await page.waitForFunction(
    (count) =>
      [...document.querySelectorAll('.notices .notice span')]
        .map((node) => node.textContent ?? '')
        .slice(count)
        .find((text) =>
          /^(Imported|استُورد|This file|لا يمكن|The browser|مساحة التخزين|Saving failed)/.test(text),
        ) ?? false,
    before,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Clears the library (with the confirmation) and waits until it is empty. */
export async function clearLibrary(page: Page): Promise<void> {
  const menu = page.getByRole('region', { name: /^(workspace|مساحة العمل)$/i });
  await menu.getByRole('button', { name: /^(clear library|إفراغ المكتبة)$/i }).click();
  await menu
    .getByRole('group', { name: /^(clear library|إفراغ المكتبة)$/i })
    .getByRole('button', { name: /^(clear library|إفراغ المكتبة)$/i })
    .click();
  await page
    .locator('.library .count')
    .filter({ hasText: /^0\b|\b0 |^لا / })
    .waitFor();
}

/** What IndexedDB holds, read directly: every article id, and whether each record has its extraction. */
export async function storedLibrary(
  page: Page,
): Promise<{ ids: string[]; complete: boolean; events: number }> {
  // Reads IndexedDB as schema 6 keeps it: shelves of articles with their events, the texts under the same id, and
  // the catalog (one entry per stored article, naming its shelf; a shelf may still hold deleted articles).
  return page.evaluate(
    () =>
      new Promise<{ ids: string[]; complete: boolean; events: number }>((resolve, reject) => {
        const request = indexedDB.open('marsad');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(['shelves', 'texts', 'catalog']);
          const shelves = transaction.objectStore('shelves').getAll();
          const texts = transaction.objectStore('texts').getAll();
          const catalog = transaction.objectStore('catalog').getAll();
          transaction.onerror = () => reject(transaction.error);
          transaction.oncomplete = () => {
            const shelfRecords = new Map(
              (
                shelves.result as { id: string; ids: string[]; entries: string; events: { count: number } }[]
              ).map((shelf) => [shelf.id, shelf]),
            );
            const textRecords = new Map(
              (texts.result as { id: string; texts: unknown[] }[]).map((record) => [record.id, record.texts]),
            );
            const entries = catalog.result as { id: string; shelf: string }[];
            database.close();
            let events = 0;
            for (const shelf of shelfRecords.values()) events += shelf.events.count;
            resolve({
              ids: entries.map((entry) => entry.id).sort(),
              complete: entries.every((entry) => {
                const shelf = shelfRecords.get(entry.shelf);
                const shelfTexts = textRecords.get(entry.shelf);
                const index = shelf?.ids.indexOf(entry.id) ?? -1;
                return (
                  shelf !== undefined &&
                  index >= 0 &&
                  (JSON.parse(shelf.entries) as unknown[]).length === shelf.ids.length &&
                  typeof shelfTexts?.[index] === 'string'
                );
              }),
              events,
            });
          };
        };
      }),
  );
}

/** Opens the correction editor for the selected event. */
export async function openEventEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(correct this event|تصحيح هذا الحدث)$/i }).click();
  await page.getByRole('form', { name: /^(edit event|تحرير الحدث)$/i }).waitFor();
}

/** Every event in the store in full (corrections applied), sorted by id. */
export async function storeEventsInFull(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() =>
    [...(window.__marsadBench?.store.getState().events ?? [])]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((event) => ({ ...event }) as Record<string, unknown>),
  );
}

/**
 * Makes the browser's storage behave as if it were full: every IndexedDB write throws QuotaExceededError, as
 * Chromium does when an origin runs out of quota. (Chromium's DevTools quota override does not reach IndexedDB
 * writes in this version, so the error is simulated in the page.)
 */
export async function simulateFullStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put(): IDBRequest<IDBValidKey> {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** Selects the first event in the list whose row mentions `text` (a place, a type, an actor). */
export async function clickEventMentioning(page: Page, text: RegExp): Promise<void> {
  await page
    .getByRole('list', { name: /^(events|الأحداث)$/i })
    .getByRole('listitem')
    .filter({ hasText: text })
    .first()
    .getByRole('button')
    .first()
    .click();
}
