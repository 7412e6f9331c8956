/**
 * The quick start as a new user meets it: `npm start` (the Vite dev server) with an empty dependency cache, and
 * the first uploads of a .docx and a .pdf. Vite pre-bundles a dependency it discovers late and then reloads the
 * page, which used to lose the upload in progress; every dependency must be known to it up front.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeBrowser, confirmUpload, newContext, setUploadDate, uploadFiles, waitForMap } from './driver';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'uploads');
const port = Number(process.env['MARSAD_E2E_DEV_PORT'] ?? 4319);
const origin = `http://127.0.0.1:${port}`;

let server: ChildProcess | undefined;
const cacheDir = mkdtempSync(join(tmpdir(), 'marsad-vite-cache-'));

afterAll(async () => {
  server?.kill('SIGTERM');
  rmSync(cacheDir, { recursive: true, force: true });
  await closeBrowser();
});

/** Starts the dev server as `npm start` does, with a fresh, empty dependency cache; resolves once it answers. */
async function startDevServer(log: { text: string }): Promise<ChildProcess> {
  const child = spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    ['--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MARSAD_VITE_CACHE_DIR: cacheDir },
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log.text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log.text += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the dev server exited early:\n${log.text}`);
    try {
      if ((await fetch(origin)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`the dev server did not answer on ${origin}:\n${log.text}`);
}

describe('the quick start (npm start, empty dependency cache)', () => {
  it('keeps the first .docx and .pdf uploads: the page never reloads under them', async () => {
    const log = { text: '' };
    server = await startDevServer(log);
    const context = await newContext();
    const page = await context.newPage();
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(origin, { timeout: 90_000 });
    await waitForMap(page);
    await page.locator('.library .count').filter({ hasText: /\d/ }).waitFor({ timeout: 90_000 });
    const loadsBefore = loads;

    await uploadFiles(page, [join(fixtures, 'derna-clashes.docx'), join(fixtures, 'ubari-strike.pdf')]);
    await setUploadDate(page, '2019-06-11');
    const closing = await confirmUpload(page, 90_000);

    expect(closing).toMatch(/^Added 2 articles/);
    expect(loads).toBe(loadsBefore);
    expect(log.text).not.toMatch(/optimized dependencies changed|reloading/i);
    const titles = await page.evaluate(() => {
      const hooks = window as unknown as {
        __marsadBench?: { store: { getState(): { articleOrder: string[] } } };
      };
      return hooks.__marsadBench?.store.getState().articleOrder.length ?? 0;
    });
    expect(titles).toBeGreaterThanOrEqual(5);
    await context.close();
  }, 180_000);
});
