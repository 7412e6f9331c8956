/**
 * The end-to-end driver: every browser detail lives here, so specs read as a user's steps.
 * Uses playwright-core with the system Chromium (Debian `chromium`, or CHROME_PATH).
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { execSync } from 'node:child_process';
import { E2E_ORIGIN } from './server';

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
}

/** Opens Marsad as a user would: a fresh profile, the given browser language, the app's start page. */
export async function openMarsad(options: OpenOptions = {}): Promise<MarsadSession> {
  const context =
    options.context ??
    (await (
      await sharedBrowser()
    ).newContext({
      locale: options.locale ?? 'en-GB',
      viewport: { width: 1400, height: 900 },
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

/** Names of the articles in the library list. */
export async function libraryTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: /articles|المقالات/i })
    .getByRole('listitem')
    .allInnerTexts();
}

export async function screenshot(page: Page, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
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
