import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
export const E2E_PORT = Number(process.env['MARSAD_E2E_PORT'] ?? 4317);
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

export interface PreviewOptions {
  /** The built app's folder (default dist/). */
  outDir?: string;
  port?: number;
}

/**
 * Starts `vite preview` on a built app (dist/, or MARSAD_E2E_DIST, unless told otherwise), bound to 127.0.0.1, and resolves once it
 * answers. Used by the end-to-end tests and the browser benchmarks. Stop it by killing the returned process.
 */
export async function startPreviewServer(options: PreviewOptions = {}): Promise<ChildProcess> {
  const outDir = options.outDir ?? process.env['MARSAD_E2E_DIST'] ?? join(root, 'dist');
  const port = options.port ?? E2E_PORT;
  const origin = `http://127.0.0.1:${port}`;
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`${outDir} has no built app: run the build first`);
  }
  const server = spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited early:\n${output}`);
    try {
      const response = await fetch(origin);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  server.kill('SIGTERM');
  throw new Error(`vite preview did not answer on ${origin}:\n${output}`);
}
