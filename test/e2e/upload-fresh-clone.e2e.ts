/**
 * The quick start from a fresh clone: the committed project cloned into a temporary folder (its node_modules linked
 * to the installed one, as `npm install` would have filled it), started with the command of `npm start` on a free
 * port with an empty Vite cache, and a .docx and a .pdf uploaded first thing. Vite pre-bundles a dependency it
 * discovers late and then reloads the page, which used to lose the upload; here the page must not reload, the
 * server must not re-optimise, and the two articles' events must be there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  closeBrowser,
  confirmUpload,
  newContext,
  setUploadDate,
  storeEvents,
  uploadFiles,
  waitForLibrary,
  waitForMap,
} from './driver';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'uploads');
const folder = mkdtempSync(join(tmpdir(), 'marsad-fresh-clone-'));
const clone = join(folder, 'marsad');
let server: ChildProcess | undefined;
const log = { text: '' };

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** `npm start`'s arguments to vite, with the port replaced by `port`. */
function startArguments(port: number): string[] {
  const manifest = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = (manifest.scripts['start'] ?? '').split(/\s+/);
  if (command !== 'vite')
    throw new Error(`npm start is not the Vite dev server: ${manifest.scripts['start']}`);
  const at = args.indexOf('--port');
  if (at >= 0) args.splice(at, 2);
  return [...args, '--port', String(port), '--strictPort'];
}

let origin = '';

beforeAll(async () => {
  execFileSync('git', ['clone', '--quiet', '--shared', root, clone]);
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(join(clone, 'node_modules', '.bin', 'vite'), startArguments(port), {
    cwd: clone,
    stdio: ['ignore', 'pipe', 'pipe'],
    // An empty dependency cache of the clone's own (not the installed node_modules/.vite).
    env: { ...process.env, MARSAD_VITE_CACHE_DIR: join(folder, 'vite-cache') },
  });
  server.stdout?.on('data', (chunk: Buffer) => (log.text += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log.text += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the dev server exited early:\n${log.text}`);
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the dev server did not answer on ${origin}:\n${log.text}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 120_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await closeBrowser();
  // The link first, so that removing the clone never reaches into the installed node_modules.
  unlinkSync(join(clone, 'node_modules'));
  rmSync(folder, { recursive: true, force: true });
});

describe('a fresh clone started with npm start (empty Vite cache)', () => {
  it('keeps the first .docx and .pdf uploads and shows their events: no reload, no re-optimising', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(origin, { timeout: 90_000 });
    await waitForMap(page);
    await waitForLibrary(page, 90_000);
    const loadsBefore = loads;

    // First thing: a Word document and a PDF, whose readers (mammoth, pdf.js) the page has not loaded yet.
    await uploadFiles(page, [join(fixtures, 'derna-clashes.docx'), join(fixtures, 'ubari-strike.pdf')]);
    await setUploadDate(page, '2019-06-11');
    expect(await confirmUpload(page, 90_000)).toMatch(
      /^Added 2 articles: [1-9]\d* reports? of [1-9]\d* incidents?\./,
    );

    expect(loads).toBe(loadsBefore);
    expect(log.text).not.toMatch(/optimized dependencies changed|new dependencies optimized|reloading/i);
    expect(errors).toEqual([]);
    const places = (await storeEvents(page)).map((event) => event.location ?? '');
    expect(
      places.some((place) => /Derna|درنة/i.test(place)),
      'an event from the .docx',
    ).toBe(true);
    expect(
      places.some((place) => /Ubari|Awbari|أوباري/i.test(place)),
      'an event from the .pdf',
    ).toBe(true);
    await context.close();
  }, 240_000);
});
