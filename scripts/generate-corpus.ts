/**
 * Generates the benchmark corpus: realistic Arabic and English news articles about Libya's wars, deterministic
 * for a seed. Places come from the gazetteer's source list; the writing follows several outlets' habits
 * (datelines, month-name families, Eastern Arabic digits, one-paragraph pages, web clutter) and mixes event
 * reports with sentences that are not events and with articles about other subjects.
 *
 *   npx tsx scripts/generate-corpus.ts [--count 10000] [--seed 1] [--format json|jsonl] [--out FILE|-]
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../src/pipeline/types';
import { writeArabicArticle } from './corpus/arabic-article';
import { writeEnglishArticle } from './corpus/english-article';
import { publicationDay } from './corpus/calendar';
import { indexPlaces } from './corpus/incident';
import { loadPlaces, REFERENCE_CITIES, type CorpusPlace } from './corpus/places';
import { Random } from './corpus/random';

export interface CorpusOptions {
  count?: number;
  seed?: number;
  /** Share of Arabic articles, 0..1 (the rest are English). */
  arabicShare?: number;
  places?: readonly CorpusPlace[];
}

export const DEFAULT_CORPUS_SIZE = 10_000;

export function generateCorpus(options: CorpusOptions = {}): Article[] {
  const articles: Article[] = [];
  for (const article of corpusArticles(options)) articles.push(article);
  return articles;
}

/**
 * A 64-bit fingerprint of a text (two FNV-1a hashes with different seeds), so that uniqueness can be checked over
 * hundreds of thousands of articles without keeping their texts.
 */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** The same articles as `generateCorpus`, one at a time: memory does not grow with the count but for 64 bits each. */
export function* corpusArticles(options: CorpusOptions = {}): Generator<Article> {
  const count = options.count ?? DEFAULT_CORPUS_SIZE;
  const random = new Random(options.seed ?? 1);
  const places = indexPlaces(options.places ?? loadPlaces(), REFERENCE_CITIES);
  const arabicShare = options.arabicShare ?? 0.6;
  // Identical texts are possible for short articles on the same subject; a library keeps such a text once,
  // so the corpus draws again until every article is distinct.
  const seen = new Set<string>();
  let made = 0;
  while (made < count) {
    const id = `generated-${String(made).padStart(6, '0')}`;
    const day = publicationDay(random);
    const article = random.chance(arabicShare)
      ? writeArabicArticle(random, places, day, id)
      : writeEnglishArticle(random, places, day, id);
    const key = fingerprint(article.text);
    if (seen.has(key)) continue;
    seen.add(key);
    made += 1;
    yield article;
  }
}

/** Size of the articles' text in bytes of UTF-8, the unit every MB/s figure of the benchmark uses. */
export function corpusBytes(texts: readonly string[]): number {
  let bytes = 0;
  for (const text of texts) bytes += Buffer.byteLength(text, 'utf8');
  return bytes;
}

export interface CorpusSummary {
  articles: number;
  arabic: number;
  english: number;
  megabytes: number;
  characters: number;
}

export function summariseCorpus(articles: readonly Article[]): CorpusSummary {
  let characters = 0;
  let arabic = 0;
  for (const article of articles) {
    characters += article.text.length;
    if (article.lang === 'ar') arabic += 1;
  }
  return {
    articles: articles.length,
    arabic,
    english: articles.length - arabic,
    megabytes: corpusBytes(articles.map((article) => article.text)) / 1e6,
    characters,
  };
}

const USAGE = `Usage: npx tsx scripts/generate-corpus.ts [options]

Writes the benchmark corpus: generated Arabic and English news articles about Libya's wars, the same for a seed.
  --count N       articles (default ${DEFAULT_CORPUS_SIZE})
  --seed N        seed (default 1)
  --format F      json (one array, the default) or jsonl (one article per line, written as generated)
  --out FILE      where to write (default bench-out/corpus/articles-COUNT-seedSEED.json or .jsonl); - for stdout
  -h, --help      this text
Exit codes: 0 written, 2 wrong command line.`;

export interface GeneratorArguments {
  count: number;
  seed: number;
  format: 'json' | 'jsonl';
  out: string;
}

function wholeNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value))
    throw new Error(`${name} must be a whole number (not "${text}")`);
  return value;
}

/** The generator's command line (`--count=5` and `--count 5` alike); throws with a message when it is wrong. */
export function parseGeneratorArguments(argv: readonly string[]): GeneratorArguments | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) return 'help';
  const count = wholeNumber('--count', values.count, DEFAULT_CORPUS_SIZE);
  const seed = wholeNumber('--seed', values.seed, 1);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'jsonl')
    throw new Error(`--format must be json or jsonl (not "${format}")`);
  const out = values.out ?? join('bench-out', 'corpus', `articles-${count}-seed${seed}.${format}`);
  return { count, seed, format, out };
}

/** Writes the corpus as JSON Lines, article by article, waiting for the stream to take each chunk. */
export async function writeCorpusLines(options: CorpusOptions, stream: NodeJS.WritableStream): Promise<void> {
  let chunk = '';
  for (const article of corpusArticles(options)) {
    chunk += `${JSON.stringify(article)}\n`;
    if (chunk.length < 1 << 16) continue;
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
    chunk = '';
  }
  if (chunk !== '' && !stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
}

async function main(): Promise<number> {
  let options: GeneratorArguments | 'help';
  try {
    options = parseGeneratorArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`generate-corpus: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const { count, seed, format, out } = options;
  const started = performance.now();
  if (format === 'jsonl') {
    const toStdout = out === '-';
    if (!toStdout) mkdirSync(dirname(out), { recursive: true });
    const stream = toStdout ? process.stdout : createWriteStream(out);
    await writeCorpusLines({ count, seed }, stream);
    if (!toStdout)
      await new Promise((resolve) => (stream as ReturnType<typeof createWriteStream>).end(resolve));
    const elapsed = performance.now() - started;
    console.error(`${count} articles generated in ${elapsed.toFixed(0)} ms → ${toStdout ? 'stdout' : out}`);
    return 0;
  }
  const articles = generateCorpus({ count, seed });
  const elapsed = performance.now() - started;
  if (out === '-') process.stdout.write(JSON.stringify(articles));
  else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(articles));
  }
  const summary = summariseCorpus(articles);
  console.error(
    `${summary.articles} articles (${summary.arabic} Arabic, ${summary.english} English), ` +
      `${summary.megabytes.toFixed(1)} MB of text, generated in ${elapsed.toFixed(0)} ms → ${out === '-' ? 'stdout' : out}`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
