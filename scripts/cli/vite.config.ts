/**
 * `npm run build:cli`: the `marsad` command as plain JavaScript in dist-cli/ (no TypeScript compiler at start-up).
 * Two entries, the command and its extraction worker, sharing one chunk; the lexicons and the gazetteer are
 * bundled in; packages (pdf.js, mammoth, fflate, …) and Node's own modules stay imports, resolved from
 * node_modules at run time.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import packageJson from '../../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('../..', import.meta.url));
const packages = Object.keys(packageJson.dependencies);

function external(id: string): boolean {
  if (id.startsWith('node:') || builtinModules.includes(id)) return true;
  return packages.some((name) => id === name || id.startsWith(`${name}/`));
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    ssr: true,
    rollupOptions: {
      input: { marsad: 'src/cli/marsad.ts', 'extract-worker': 'src/cli/extract-worker.ts' },
      external,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    },
  },
});
