/**
 * The `marsad` command as users run it: built to JavaScript (scripts/cli/vite.config.ts) into a folder of its own
 * inside node_modules/.cache (so packages resolve as from dist-cli/, and a build running elsewhere is not
 * disturbed), then run as a child process.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../extract/resources.ts';

const folder = join(repositoryRoot, 'node_modules', '.cache', 'marsad-cli-test');
let built = false;

export function buildCli(): string {
  if (!built) {
    const result = spawnSync(
      join(repositoryRoot, 'node_modules', '.bin', 'vite'),
      ['build', '--config', 'scripts/cli/vite.config.ts', '--outDir', folder, '--logLevel', 'error'],
      { cwd: repositoryRoot, encoding: 'utf8', timeout: 120_000 },
    );
    if (result.status !== 0 || !existsSync(join(folder, 'marsad.js')))
      throw new Error(`the CLI build failed: ${result.stderr}`);
    built = true;
  }
  return join(folder, 'marsad.js');
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `marsad ARGS` (built), with `input` on standard input and `env` added to the environment. */
export function marsad(args: readonly string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Run {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [buildCli(), ...args], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    input,
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, SOURCE_DATE_EPOCH: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
