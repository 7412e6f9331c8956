import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractionResources, type ExtractionResources } from '../../../src/pipeline/extract/index.ts';
import type { GazetteerData, WorldData } from '../../../src/pipeline/geo/gazetteer-types.ts';

const root = join(import.meta.dirname, '..', '..', '..');
let cached: ExtractionResources | null = null;

/** The real gazetteer and lexicons, built once per test file. */
export function testResources(): ExtractionResources {
  if (cached === null) {
    const read = (name: string): unknown =>
      JSON.parse(readFileSync(join(root, 'data', 'gazetteer', name), 'utf8'));
    cached = createExtractionResources({
      gazetteer: read('libya.json') as GazetteerData,
      world: read('world.json') as WorldData,
    });
  }
  return cached;
}

export const repositoryRoot = root;
