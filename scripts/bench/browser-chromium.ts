/** Finds the system Chromium for playwright-core (Debian `chromium`, or CHROME_PATH). */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function chromiumPath(): string {
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
