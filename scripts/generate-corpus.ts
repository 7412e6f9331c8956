/**
 * Generates the benchmark corpus: realistic Arabic and English news articles about Libya's wars, deterministic
 * for a seed. Places come from the gazetteer's source list; the writing follows several outlets' habits
 * (datelines, month-name families, Eastern Arabic digits, one-paragraph pages, web clutter) and mixes event
 * reports with sentences that are not events and with articles about other subjects.
 *
 *   npx tsx scripts/generate-corpus.ts [--count 10000] [--seed 1] [--out bench-out/corpus/articles.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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
  const count = options.count ?? DEFAULT_CORPUS_SIZE;
  const random = new Random(options.seed ?? 1);
  const places = indexPlaces(options.places ?? loadPlaces(), REFERENCE_CITIES);
  const arabicShare = options.arabicShare ?? 0.6;
  const articles: Article[] = [];
  // Identical texts are possible for short articles on the same subject; a library keeps such a text once,
  // so the corpus draws again until every article is distinct.
  const seen = new Set<string>();
  while (articles.length < count) {
    const id = `generated-${String(articles.length).padStart(6, '0')}`;
    const day = publicationDay(random);
    const article = random.chance(arabicShare)
      ? writeArabicArticle(random, places, day, id)
      : writeEnglishArticle(random, places, day, id);
    if (seen.has(article.text)) continue;
    seen.add(article.text);
    articles.push(article);
  }
  return articles;
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

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function main(): void {
  const count = Number(argument('--count') ?? DEFAULT_CORPUS_SIZE);
  const seed = Number(argument('--seed') ?? 1);
  const out = argument('--out') ?? join('bench-out', 'corpus', `articles-${count}-seed${seed}.json`);
  const started = performance.now();
  const articles = generateCorpus({ count, seed });
  const elapsed = performance.now() - started;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(articles));
  const summary = summariseCorpus(articles);
  console.log(
    `${summary.articles} articles (${summary.arabic} Arabic, ${summary.english} English), ` +
      `${summary.megabytes.toFixed(1)} MB of text, generated in ${elapsed.toFixed(0)} ms → ${out}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
