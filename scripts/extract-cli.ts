/**
 * `npm run extract -- [options] FILE|FOLDER|- ...`: `marsad extract` run from the TypeScript sources (through tsx,
 * so it always sees the current code and data; the built `marsad` command starts faster). The command itself is
 * src/cli/main.ts; `npm run --silent extract -- --help` lists its options.
 */
import { main } from '../src/cli/main.ts';

process.exitCode = await main(['extract', ...process.argv.slice(2)]);
