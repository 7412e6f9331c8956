/**
 * Geocoder throughput and gazetteer load time. The load time covers reading and parsing
 * data/gazetteer/libya.json and world.json and building the geocoder (its phrase automaton); the
 * throughput is findPlaces over texts normalised beforehand (after warm-up passes), in megabytes (UTF-8) of original text per
 * second. Used by scripts/bench/run.ts on its generated corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGeocoder } from '../../src/pipeline/geo/geocoder.ts';
import type { GazetteerData, WorldData } from '../../src/pipeline/geo/gazetteer-types.ts';
import { normalise } from '../../src/pipeline/text/normalise.ts';

/** Warm-up passes over the corpus before timing, so the JIT has compiled the hot paths. */
const WARM_UP_PASSES = 2;

export function benchGeo(corpus: string[]): {
  geocode_mb_s: number;
  gazetteer_load_ms: number;
  places_found: number;
} {
  const folder = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
  const loadStarted = performance.now();
  const gazetteer = JSON.parse(readFileSync(join(folder, 'libya.json'), 'utf8')) as GazetteerData;
  const world = JSON.parse(readFileSync(join(folder, 'world.json'), 'utf8')) as WorldData;
  const geocoder = createGeocoder(gazetteer, world);
  const gazetteerLoadMs = performance.now() - loadStarted;

  const texts = corpus.map((text) => normalise(text));
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const text of texts) geocoder.findPlaces(text);
  let bytes = 0;
  for (const text of corpus) bytes += Buffer.byteLength(text, 'utf8');
  let found = 0;
  const started = performance.now();
  for (const text of texts) found += geocoder.findPlaces(text).length;
  const seconds = Math.max((performance.now() - started) / 1000, 1e-9);
  return {
    geocode_mb_s: Math.round((bytes / 1e6 / seconds) * 100) / 100,
    gazetteer_load_ms: Math.round(gazetteerLoadMs),
    places_found: found,
  };
}
