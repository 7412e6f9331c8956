/**
 * Builds the app and the bench-only pages, serves them with `vite preview` on 127.0.0.1, and launches the system
 * Chromium through playwright-core (the same way test/e2e does, on its own port and output folder so a bench
 * never disturbs dist/ or a running end-to-end suite).
 */
import { startPreviewServer } from '../../test/e2e/server';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './browser-chromium';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Output folder of the bench build; MARSAD_BENCH_OUT lets two benches run side by side. */
const BENCH_OUT = process.env['MARSAD_BENCH_OUT'] ?? join(ROOT, 'bench-out');
export const APP_OUT = join(BENCH_OUT, 'app');
export const BENCH_PAGES_BASE = '/__bench/';
export const BENCH_PORT = Number(process.env['MARSAD_BENCH_PORT'] ?? 4391);
export const BENCH_ORIGIN = `http://127.0.0.1:${BENCH_PORT}`;
export const MODULES_FILE = join(BENCH_OUT, 'app-modules.json');

/** Per output chunk: the app's own modules' rendered code (files under src/), and the chunk's imports. */
export interface ChunkModules {
  appCode: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
}

/** Records, per chunk, which code is Marsad's own (src/) so js_app_gzip_kb can be measured, not estimated. */
function moduleRecorder(): Plugin {
  const sourceRoot = join(ROOT, 'src');
  return {
    name: 'marsad-bench-module-recorder',
    apply: 'build',
    generateBundle(_options, bundle) {
      // Worker bundles are built separately and write here too: merge into what is already recorded.
      const chunks: Record<string, ChunkModules> = existsSync(MODULES_FILE)
        ? (JSON.parse(readFileSync(MODULES_FILE, 'utf8')) as Record<string, ChunkModules>)
        : {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        let appCode = '';
        for (const [id, module] of Object.entries(output.modules)) {
          if (id.startsWith(sourceRoot) && module.code) appCode += module.code;
        }
        chunks[output.fileName] = {
          appCode,
          isEntry: output.isEntry,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
        };
      }
      mkdirSync(BENCH_OUT, { recursive: true });
      writeFileSync(MODULES_FILE, JSON.stringify(chunks));
    },
  };
}

/** Builds the app (with the project's own vite.config.ts) into bench-out/app. */
export async function buildApp(): Promise<void> {
  rmSync(MODULES_FILE, { force: true });
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'error',
    plugins: [moduleRecorder()],
    build: { outDir: APP_OUT, emptyOutDir: true },
    worker: { format: 'es', plugins: () => [moduleRecorder()] },
  });
}

/** Builds the bench-only pages (scripts/bench/pages) into bench-out/app/__bench, outside the app's bundle. */
export async function buildBenchPages(): Promise<void> {
  const pages = join(import.meta.dirname, 'pages');
  await build({
    configFile: join(pages, 'vite.config.ts'),
    root: pages,
    base: BENCH_PAGES_BASE,
    logLevel: 'error',
    build: { outDir: join(APP_OUT, '__bench'), emptyOutDir: true },
  });
}

/** Starts `vite preview` on bench-out/app and resolves once it answers. */
export async function startServer(): Promise<ChildProcess> {
  return startPreviewServer({ outDir: APP_OUT, port: BENCH_PORT });
}

/** Headless Chromium with software WebGL, the flags the toolchain notes prescribe, and exposed GC. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
}
