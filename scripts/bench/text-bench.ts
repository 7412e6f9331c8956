/**
 * Throughput of the language core, in megabytes (UTF-8) of original text per second:
 * - normalise_mb_s: `normalise` (folding plus offset map);
 * - segment_mb_s: `splitSentences` over the normalised texts;
 * - clauses_mb_s: `splitSentences` then `splitClauses` of every sentence;
 * - dates_numbers_mb_s: `findDates` and `findNumbers` over each whole normalised article;
 * - dates_numbers_sentences_mb_s: the same read sentence by sentence, as the extractor calls them;
 * - scan_floor_mb_s: a bare loop reading every UTF-16 unit once, the ceiling any single pass can
 *   reach on this machine, to put the others in proportion.
 * Each measure repeats over the corpus until it has run for at least MINIMUM_MS, after a warm-up,
 * and keeps the best round. Rounds are timed in CPU time of this process (user + system), so other
 * work on a shared machine slows the figures less than it would wall-clock time. Used by scripts/bench/run.ts on its generated corpus; run on its own:
 *
 *   npx tsx scripts/bench/text-bench.ts [articles.json] [--count 2000]
 *
 * (the JSON file is an array of articles with `text` and `published`, as scripts/generate-corpus.ts
 * writes; without one, a corpus of --count articles is generated).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findDates } from '../../src/pipeline/text/dates.ts';
import { normalise } from '../../src/pipeline/text/normalise.ts';
import { findNumbers } from '../../src/pipeline/text/numbers.ts';
import { splitClauses, splitSentences } from '../../src/pipeline/text/sentences.ts';

const MINIMUM_MS = 300;
const MAXIMUM_ROUNDS = 50;

/** Best throughput of `work` over the corpus, in MB/s. */
function measure(bytes: number, work: () => void): number {
  work(); // warm-up
  let best = Infinity;
  let spent = 0;
  for (let round = 0; round < MAXIMUM_ROUNDS && spent < MINIMUM_MS; round++) {
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    const elapsed = (used.user + used.system) / 1000;
    spent += elapsed;
    best = Math.min(best, elapsed);
  }
  const seconds = Math.max(best / 1000, 1e-9);
  return Math.round((bytes / 1e6 / seconds) * 10) / 10;
}

export interface TextBenchResults {
  normalise_mb_s: number;
  segment_mb_s: number;
  clauses_mb_s: number;
  dates_numbers_mb_s: number;
  dates_numbers_sentences_mb_s: number;
  scan_floor_mb_s: number;
}

/** `published` holds each text's publication day (ISO) or null; without it every text has none. */
export function benchText(corpus: string[], published?: readonly (string | null)[]): TextBenchResults {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const text of corpus) bytes += encoder.encode(text).length;
  if (bytes === 0) {
    return {
      normalise_mb_s: 0,
      segment_mb_s: 0,
      clauses_mb_s: 0,
      dates_numbers_mb_s: 0,
      dates_numbers_sentences_mb_s: 0,
      scan_floor_mb_s: 0,
    };
  }
  const days = corpus.map((_, index) => published?.[index] ?? null);

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
  const clauseSpeed = measure(bytes, () => {
    for (const text of normalised) {
      for (const sentence of splitSentences(text)) sink = (sink + splitClauses(text, sentence).length) | 0;
    }
  });
  const datesNumbersSpeed = measure(bytes, () => {
    normalised.forEach((text, index) => {
      sink = (sink + findDates(text, days[index] ?? null).length + findNumbers(text).length) | 0;
    });
  });
  const sentences = normalised.map((text) => splitSentences(text));
  const perSentenceSpeed = measure(bytes, () => {
    normalised.forEach((text, index) => {
      const day = days[index] ?? null;
      for (const sentence of sentences[index] ?? []) {
        const dates = findDates(text, day, sentence.start, sentence.end);
        sink = (sink + dates.length + findNumbers(text, sentence.start, sentence.end).length) | 0;
      }
    });
  });
  // Keeps the loops' results observable so no engine can drop them.
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
  return {
    normalise_mb_s: normaliseSpeed,
    segment_mb_s: segmentSpeed,
    clauses_mb_s: clauseSpeed,
    dates_numbers_mb_s: datesNumbersSpeed,
    dates_numbers_sentences_mb_s: perSentenceSpeed,
    scan_floor_mb_s: scanFloor,
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const countAt = argv.indexOf('--count');
  const count = countAt >= 0 ? Number(argv[countAt + 1]) : 2000;
  const file = argv.find((argument, index) => !argument.startsWith('--') && argv[index - 1] !== '--count');
  let articles: { text: string; published: string | null }[];
  if (file !== undefined) {
    articles = (JSON.parse(readFileSync(file, 'utf8')) as { text: string; published: string | null }[]).slice(
      0,
      count,
    );
  } else {
    const { generateCorpus } = await import('../generate-corpus.ts');
    articles = generateCorpus({ count });
  }
  const results = benchText(
    articles.map((article) => article.text),
    articles.map((article) => article.published),
  );
  console.log(JSON.stringify({ articles: articles.length, ...results }, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
