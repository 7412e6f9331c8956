/**
 * The installed, offline app: after a first visit the service worker has precached everything, so with the
 * server gone the page reloads, shows the map with the library and still reads and extracts uploads (the
 * extraction worker, the gazetteer and the PDF/DOCX readers come from the cache). A new build is offered with
 * "Reload to update" and taken only when the user clicks. Runs its own preview server so it can stop it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  closeBrowser,
  confirmUpload,
  libraryArticles,
  mapEventLocations,
  newContext,
  offHostRequests,
  setUploadDate,
  storeEvents,
  uploadFiles,
  waitForLibrary,
  waitForMap,
} from './driver';
import { E2E_PORT, startPreviewServer } from './server';

const root = join(import.meta.dirname, '..', '..');
const built = process.env['MARSAD_E2E_DIST'] ?? join(root, 'dist');
const fixtures = join(root, 'test', 'fixtures', 'uploads');
const port = Number(process.env['MARSAD_E2E_OFFLINE_PORT'] ?? E2E_PORT + 1);
const origin = `http://127.0.0.1:${port}`;
const scratch = mkdtempSync(join(tmpdir(), 'marsad-offline-'));

let server: ChildProcess | undefined;
let context: BrowserContext | undefined;

afterAll(async () => {
  await stopServer();
  await context?.close();
  await closeBrowser();
  rmSync(scratch, { recursive: true, force: true });
});

async function stopServer(): Promise<void> {
  const running = server;
  server = undefined;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  await exited;
}

async function answers(address: string): Promise<boolean> {
  return fetch(address).then(
    () => true,
    () => false,
  );
}

/** The files the built service worker precaches, from its manifest. */
function precachedFiles(folder: string): string[] {
  const worker = readFileSync(join(folder, 'sw.js'), 'utf8');
  return [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1] ?? '');
}

/** A copy of the build as the next release would differ from it: a changed page, so a changed service worker. */
function nextRelease(): string {
  const folder = join(scratch, 'next');
  cpSync(built, folder, { recursive: true });
  const page = join(folder, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</body>', '<!-- next release --></body>'));
  const worker = join(folder, 'sw.js');
  const source = readFileSync(worker, 'utf8');
  const changed = source.replace(
    /(\{url:"index\.html",revision:")[0-9a-f]+"/,
    '$1000000000000000000000000000000ff"',
  );
  expect(changed).not.toBe(source);
  writeFileSync(worker, changed);
  return folder;
}

/** Waits until a service worker controls the page; it is activated only once its precache is complete. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 60_000,
  });
}

describe('the app offline, as an installed app', () => {
  it('precaches the app shell, the workers and the lazy readers on the first visit', () => {
    const files = precachedFiles(built);
    const names = files.join('\n');
    expect(files).toContain('index.html');
    expect(files).toContain('manifest.webmanifest');
    for (const part of [
      /^assets\/index-[\w-]+\.js$/m, // the app shell, with maplibre and the basemap
      /^assets\/index-[\w-]+\.css$/m,
      /^assets\/extraction\.worker-[\w-]+\.js$/m, // the extractor, with the lexicons
      /^assets\/maplibre-gl-worker-[\w-]+\.mjs$/m,
      /^assets\/libya-[\w-]+\.js$/m, // the gazetteer
      /^assets\/pdf\.worker-[\w-]+\.js$/m,
      /^assets\/pdf-[\w-]+\.js$/m,
      /^assets\/docx-[\w-]+\.js$/m,
      /^assets\/noto-sans-arabic-arabic-400-normal-[\w-]+\.woff2$/m,
      /^icon-512\.png$/m,
    ]) {
      expect(names).toMatch(part);
    }
  });

  it('reloads with the server stopped: the map with the library, then an upload extracted and saved', async () => {
    // A server left over on the port would answer for this one (and keep answering once it is stopped).
    expect(await answers(origin)).toBe(false);
    server = await startPreviewServer({ outDir: built, port });
    context = await newContext();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[page error]', error.message));
    await page.goto(origin);
    await waitForMap(page);
    await waitForLibrary(page);
    await waitForOfflineCopy(page);
    // What Chromium checks before it offers to install the app: the manifest, its icons, the service worker.
    const devtools = await context.newCDPSession(page);
    const manifest = (await devtools.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
    expect(manifest.url).toBe(`${origin}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const installability = (await devtools.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // The test's browser profile is an incognito-like context, which Chromium never installs from: that one
    // reason is about the profile, not the app; any other (icons, manifest fields, service worker) fails.
    const reasons = installability.installabilityErrors.map((error) => error.errorId);
    expect(reasons.filter((reason) => reason !== 'in-incognito')).toEqual([]);
    await devtools.detach();
    await page.getByText('Works offline: Marsad is saved on this device').waitFor();
    const articlesOnline = (await libraryArticles(page)).length;
    expect(articlesOnline).toBeGreaterThan(0);

    await stopServer();
    expect(await answers(origin)).toBe(false);
    await page.reload();
    await waitForMap(page);
    await waitForLibrary(page);
    expect((await libraryArticles(page)).length).toBe(articlesOnline);
    await expect
      .poll(async () => (await mapEventLocations(page)).length, { timeout: 15_000 })
      .toBeGreaterThan(0);

    await uploadFiles(page, [
      join(fixtures, 'gharyan-airstrike.txt'),
      join(fixtures, 'derna-clashes.docx'),
      join(fixtures, 'ubari-strike.pdf'),
    ]);
    await setUploadDate(page, '2019-06-11');
    expect(await confirmUpload(page)).toMatch(/^Added 3 articles/);
    const located = (await storeEvents(page)).map((event) => event.location ?? '');
    for (const place of [/Gharyan|غريان/i, /Derna|درنة/i, /Ubari|Awbari|أوباري/i]) {
      expect(located.some((location) => place.test(location))).toBe(true);
    }

    // Saved: still there after another offline reload.
    await page.reload();
    await waitForLibrary(page);
    expect((await libraryArticles(page)).length).toBe(articlesOnline + 3);
    expect(offHostRequests(requests)).toEqual([]);
  });

  it('offers a new build with "Reload to update" and swaps only when the user clicks', async () => {
    if (!context) throw new Error('the offline visit did not run');
    const page = context.pages()[0];
    if (!page) throw new Error('the offline visit left no page');
    await stopServer();
    server = await startPreviewServer({ outDir: nextRelease(), port });
    await page.reload();
    await waitForLibrary(page);
    const notice = page.locator('.update-notice');
    await notice.filter({ hasText: 'A new version of Marsad is ready.' }).waitFor({ timeout: 60_000 });
    // Still the version the user was working with.
    expect(await page.content()).not.toContain('<!-- next release -->');

    const loads = page.waitForEvent('load', { timeout: 30_000 });
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await loads;
    await waitForLibrary(page);
    expect(await page.content()).toContain('<!-- next release -->');
    expect(await notice.count()).toBe(0);
  });
});
