/**
 * Loads the extractor and its data (gazetteer, world places; the lexicons are bundled with the extractor)
 * once, on the first extraction, inside the worker. A failure to load is a diagnostic, not an exception.
 */
import type { ResourceInput } from '../pipeline/extract/index';
import type { Diagnostic } from '../pipeline/types';
import type { Extractor } from './extract-job';

type Loaded = { extractor: Extractor } | { failure: Diagnostic };

let loading: Promise<Loaded> | null = null;

async function load(): Promise<Loaded> {
  try {
    const [pipeline, libya, world] = await Promise.all([
      import('../pipeline/extract/index'),
      import('../../data/gazetteer/libya.json'),
      import('../../data/gazetteer/world.json'),
    ]);
    const resources = pipeline.createExtractionResources({
      gazetteer: libya.default as unknown as ResourceInput['gazetteer'],
      world: world.default as unknown as ResourceInput['world'],
    });
    return { extractor: (article) => pipeline.extractArticle(article, resources) };
  } catch (error) {
    loading = null;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      failure: {
        severity: 'error',
        code: 'extractor-unavailable',
        message: `The extractor could not be loaded: ${reason}`,
      },
    };
  }
}

export function loadExtractor(): Promise<Loaded> {
  loading ??= load();
  return loading;
}
