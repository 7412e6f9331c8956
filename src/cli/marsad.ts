/** The `marsad` command (bin/marsad.mjs runs the built copy of this file, dist-cli/marsad.js). */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
