/**
 * Geocoder throughput and gazetteer load time. The load time covers reading and parsing
 * data/gazetteer/libya.json and world.json and building the geocoder (its phrase automaton), once,
 * in wall-clock time as the app meets it. The throughput is findPlaces over texts normalised
 * beforehand, in megabytes (UTF-8) of original text per second: after warm-up passes, the best of
 * several passes timed in CPU time of this process (user + system), as the text benchmarks do, so
 * other work on a shared machine slows the figure less. Used by scripts/bench/run.ts on its
 * generated corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGeocoder } from '../../src/pipeline/geo/geocoder.ts';
import type { GazetteerData, WorldData } from '../../src/pipeline/geo/gazetteer-types.ts';
import { normalise } from '../../src/pipeline/text/normalise.ts';

/** Warm-up passes over the corpus before timing, so the JIT has compiled the hot paths. */
const WARM_UP_PASSES = 2;
/** Timed passes: at least this many, and more until this much CPU time was spent (at most 10). */
const TIMED_PASSES = 3;
const MINIMUM_MS = 300;

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
  let best = Infinity;
  let spent = 0;
  for (let pass = 0; pass < 10 && (pass < TIMED_PASSES || spent < MINIMUM_MS); pass++) {
    let places = 0;
    const started = process.cpuUsage();
    for (const text of texts) places += geocoder.findPlaces(text).length;
    const used = process.cpuUsage(started);
    const elapsed = (used.user + used.system) / 1000;
    spent += elapsed;
    best = Math.min(best, elapsed);
    found = places;
  }
  const seconds = Math.max(best / 1000, 1e-9);
  return {
    geocode_mb_s: Math.round((bytes / 1e6 / seconds) * 100) / 100,
    gazetteer_load_ms: Math.round(gazetteerLoadMs),
    places_found: found,
  };
}
