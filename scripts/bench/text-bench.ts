/**
 * Throughput of the language core, in megabytes (UTF-8) of original text per second:
 * - normalise_mb_s: `normalise` (folding plus offset map);
 * - segment_mb_s: `splitSentences` over the normalised texts;
 * - scan_floor_mb_s: a bare loop reading every UTF-16 unit once, the ceiling any single pass can
 *   reach on this machine, to put the other two in proportion.
 * Each measure repeats over the corpus until it has run for at least MINIMUM_MS, after a warm-up,
 * and keeps the best round. Used by scripts/bench/run.ts on its generated corpus.
 */
import { performance } from 'node:perf_hooks';
import { normalise } from '../../src/pipeline/text/normalise.ts';
import { splitSentences } from '../../src/pipeline/text/sentences.ts';

const MINIMUM_MS = 300;
const MAXIMUM_ROUNDS = 50;

/** Best throughput of `work` over the corpus, in MB/s. */
function measure(bytes: number, work: () => void): number {
  work(); // warm-up
  let best = Infinity;
  let spent = 0;
  for (let round = 0; round < MAXIMUM_ROUNDS && spent < MINIMUM_MS; round++) {
    const started = performance.now();
    work();
    const elapsed = performance.now() - started;
    spent += elapsed;
    best = Math.min(best, elapsed);
  }
  const seconds = Math.max(best / 1000, 1e-9);
  return Math.round((bytes / 1e6 / seconds) * 10) / 10;
}

export function benchText(corpus: string[]): {
  normalise_mb_s: number;
  segment_mb_s: number;
  scan_floor_mb_s: number;
} {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const text of corpus) bytes += encoder.encode(text).length;
  if (bytes === 0) return { normalise_mb_s: 0, segment_mb_s: 0, scan_floor_mb_s: 0 };

  let sink = 0;
  const scanFloor = measure(bytes, () => {
    for (const text of corpus) {
      for (let index = 0; index < text.length; index++) sink = (sink + text.charCodeAt(index)) | 0;
    }
  });
  const normaliseSpeed = measure(bytes, () => {
    for (const text of corpus) sink = (sink + normalise(text).text.length) | 0;
  });
  const normalised = corpus.map((text) => normalise(text).text);
  const segmentSpeed = measure(bytes, () => {
    for (const text of normalised) sink = (sink + splitSentences(text).length) | 0;
  });
  // Keeps the loops' results observable so no engine can drop them.
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
  return { normalise_mb_s: normaliseSpeed, segment_mb_s: segmentSpeed, scan_floor_mb_s: scanFloor };
}
