import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
export const E2E_PORT = Number(process.env['MARSAD_E2E_PORT'] ?? 4317);
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

/** Starts `vite preview` on the built app (dist/), bound to 127.0.0.1, and resolves once it answers. */
export async function startPreviewServer(): Promise<ChildProcess> {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests');
  }
  const server = spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(E2E_PORT), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited early:\n${output}`);
    try {
      const response = await fetch(E2E_ORIGIN);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  server.kill('SIGTERM');
  throw new Error(`vite preview did not answer on ${E2E_ORIGIN}:\n${output}`);
}
