/**
 * End-to-end extraction throughput: the whole pure pipeline (normalise, segment, geocode, extract,
 * merge across articles) over a batch of articles, in articles per second and megabytes (UTF-8) of
 * article text per second. Resources (gazetteer, lexicons) are built once, outside the timing.
 * Used by scripts/bench/run.ts on its generated corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createExtractionResources, type ExtractionResources } from '../../src/pipeline/extract/index.ts';
import type { GazetteerData, WorldData } from '../../src/pipeline/geo/gazetteer-types.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import type { Article } from '../../src/pipeline/types.ts';

const WARM_UP_ARTICLES = 200;

export function loadExtractionResources(): ExtractionResources {
  const folder = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
  const read = (name: string): unknown => JSON.parse(readFileSync(join(folder, name), 'utf8'));
  return createExtractionResources({
    gazetteer: read('libya.json') as GazetteerData,
    world: read('world.json') as WorldData,
  });
}

export function benchExtract(articles: Article[]): { extract_mb_s: number; extract_articles_s: number } {
  const resources = loadExtractionResources();
  runPipeline(articles.slice(0, WARM_UP_ARTICLES), resources);
  let bytes = 0;
  for (const article of articles) bytes += Buffer.byteLength(article.text, 'utf8');
  const started = performance.now();
  runPipeline(articles, resources);
  const seconds = Math.max((performance.now() - started) / 1000, 1e-9);
  return {
    extract_mb_s: Math.round((bytes / 1e6 / seconds) * 100) / 100,
    extract_articles_s: Math.round(articles.length / seconds),
  };
}
