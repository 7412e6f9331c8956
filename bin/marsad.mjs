#!/usr/bin/env node
// The `marsad` command: runs the built JavaScript (dist-cli/, made by `npm run build:cli` or `npm run build`).
import { existsSync } from 'node:fs';

const built = new URL('../dist-cli/marsad.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'marsad: the command is not built yet; run `npm run build:cli` (or use `npm run extract -- …`)\n',
  );
  process.exit(3);
}
await import(built.href);
