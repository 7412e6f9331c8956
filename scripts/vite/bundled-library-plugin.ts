/**
 * A Vite plugin exposing the bundled sample library, extracted by the current pipeline, as the module
 * `virtual:marsad-bundled-library` (declared in src/bundled-library.d.ts). The extraction code is loaded through
 * Vite's module runner when the module is first needed, not bundled into the config, so it is always the
 * pipeline as it is now. In dev, a change to the samples, the gazetteer or any module the extraction ran
 * (src/pipeline, the lexicons) extracts again and reloads the page.
 */
import { join, resolve, sep } from 'node:path';
import { runnerImport, type HmrContext, type Plugin } from 'vite';
import type { BundledLibrary } from './bundled-library.ts';

type Builder = typeof import('./bundled-library.ts');

export const BUNDLED_LIBRARY_MODULE = 'virtual:marsad-bundled-library';
const RESOLVED_ID = `\0${BUNDLED_LIBRARY_MODULE}`;
const BUILDER = join(import.meta.dirname, 'bundled-library.ts');

interface Built {
  library: BundledLibrary;
  /** The virtual module's code. */
  source: string;
  /** Source modules the extraction ran, besides the data files the library lists. */
  modules: string[];
}

async function build(root: string): Promise<Built> {
  const { module, dependencies } = await runnerImport<Builder>(BUILDER, { root, logLevel: 'error' });
  const library = await module.buildBundledLibrary(root);
  return {
    library,
    source: module.bundledLibrarySource(library.entries),
    modules: [BUILDER, ...dependencies],
  };
}

export function bundledLibraryPlugin(): Plugin {
  let root = process.cwd();
  let building: Promise<Built> | null = null;
  let watched = new Set<string>();

  const isInput = (file: string): boolean => {
    const path = resolve(file);
    if (watched.has(path)) return true;
    return ['articles', 'gazetteer'].some((folder) => path.startsWith(join(root, 'data', folder) + sep));
  };

  return {
    name: 'marsad-bundled-library',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === BUNDLED_LIBRARY_MODULE ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      building ??= build(root);
      const { library, source, modules } = await building;
      watched = new Set([...library.files, ...modules].map((file) => resolve(file)));
      for (const file of watched) this.addWatchFile(file);
      for (const error of library.errors) this.warn(`bundled sample: ${error.message}`);
      return source;
    },
    watchChange(id) {
      if (isInput(id)) building = null;
    },
    handleHotUpdate({ file, server, modules }: HmrContext) {
      if (!isInput(file)) return;
      building = null;
      const virtual = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (!virtual) return;
      server.moduleGraph.invalidateModule(virtual);
      return [...modules, virtual];
    },
  };
}
