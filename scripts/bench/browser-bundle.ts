/**
 * js_gzip_kb: the JavaScript the browser fetched before the app's map first showed events (page scripts and
 * worker scripts alike, as observed in Chromium), gzipped from the built files; the app's own share (modules
 * under src/, as the bundler rendered them); and every other chunk, loaded later or never (PDF, DOCX readers…).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { record } from './report';
import { APP_OUT, BENCH_ORIGIN, MODULES_FILE, type ChunkModules } from './browser-session';
import { freshContext, waitForEventsOnMap } from './browser-app';
import type { BrowserStageOptions } from './browser-stage';

export const BUNDLE_KEYS = ['js_gzip_kb', 'js_app_gzip_kb', 'js_lazy_gzip_kb'];

export function gzipKilobytes(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).byteLength / 1024;
}

function builtScripts(directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__bench') for (const script of builtScripts(path)) found.push(script);
    } else if (/\.m?js$/.test(entry.name)) {
      found.push(relative(APP_OUT, path));
    }
  }
  return found;
}

export async function measureBundle(browser: Browser, options: BrowserStageOptions): Promise<void> {
  const context = await freshContext(browser);
  const fetched = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === BENCH_ORIGIN && /\.m?js$/.test(url.pathname)) fetched.add(url.pathname.slice(1));
  });
  const page = await context.newPage();
  page.on('worker', (worker) => {
    const url = new URL(worker.url());
    if (url.origin === BENCH_ORIGIN) fetched.add(url.pathname.slice(1));
  });
  await page.goto(BENCH_ORIGIN);
  await waitForEventsOnMap(page);
  const before = new Set(fetched);
  await context.close();

  const modules: Record<string, ChunkModules> = existsSync(MODULES_FILE)
    ? (JSON.parse(readFileSync(MODULES_FILE, 'utf8')) as Record<string, ChunkModules>)
    : {};
  let total = 0;
  let appCode = '';
  let lazy = 0;
  for (const file of builtScripts(APP_OUT)) {
    const size = gzipKilobytes(readFileSync(join(APP_OUT, file)));
    if (before.has(file)) {
      total += size;
      appCode += modules[file]?.appCode ?? '';
    } else {
      lazy += size;
    }
  }
  const loaded = [...before].sort().join(', ');
  record(options.results, 'js_gzip_kb', total, `gzip -9 of ${before.size} scripts incl. workers: ${loaded}`);
  if (Object.keys(modules).length === 0) {
    record(options.results, 'js_app_gzip_kb', null, 'the build recorded no module list');
  } else {
    record(
      options.results,
      'js_app_gzip_kb',
      gzipKilobytes(appCode),
      'src/ modules as rendered, gzipped together',
    );
  }
  record(options.results, 'js_lazy_gzip_kb', lazy, 'every built script not fetched before the first map');
}
