import type { ChildProcess } from 'node:child_process';
import { startPreviewServer } from './server';

let server: ChildProcess | undefined;

export async function setup() {
  server = await startPreviewServer();
}

export async function teardown() {
  server?.kill('SIGTERM');
}
