/**
 * Hostile text through the whole pipeline: each pathological input is timed per megabyte and compared with
 * ordinary news text per megabyte, measured in the same run right before it (CPU time). The trust target is
 * that none is more than 5× slower per MB than normal text (bounded time, no catastrophic backtracking, no
 * quadratic loops).
 */
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import type { Article } from '../../src/pipeline/types.ts';
import { loadExtractionResources } from './extract-bench.ts';

const TARGET_BYTES = 1_000_000;

/** A string of about `bytes` UTF-8 bytes made by repeating `unit`. */
function repeatToSize(unit: string, bytes: number): string {
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.max(1, Math.ceil(bytes / unitBytes)));
}

/** Deterministic pseudo-random code points across scripts (Arabic, Latin, digits, marks, punctuation, emoji). */
function randomUnicode(bytes: number, seed: number): string {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const ranges: [number, number][] = [
    [0x0600, 0x06ff],
    [0x0020, 0x007e],
    [0x0660, 0x0669],
    [0x064b, 0x0652],
    [0x200b, 0x200f],
    [0x00a0, 0x00ff],
    [0x1f300, 0x1f5ff],
  ];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const range = ranges[next() % ranges.length] ?? [0x20, 0x7e];
    const code = range[0] + (next() % (range[1] - range[0] + 1));
    const char = String.fromCodePoint(code);
    parts.push(char);
    size += Buffer.byteLength(char, 'utf8');
  }
  return parts.join('');
}

/** Deterministic pseudo-random base64 (as an e-mail or a data: URL embeds a file): no spaces, no sentence ends. */
function base64Blob(bytes: number, seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let state = seed >>> 0;
  const parts: string[] = [];
  for (let index = 0; index < bytes; index++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    parts.push(alphabet[state >>> 26] ?? 'A');
  }
  return parts.join('');
}

/** Ordinary articles run together into one paragraph: every line break of the text becomes a space. */
function hugeParagraph(articles: readonly Article[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (const article of articles) {
    if (size >= bytes) break;
    const flat = article.text.replace(/\s+/g, ' ');
    parts.push(flat);
    size += Buffer.byteLength(flat, 'utf8') + 1;
  }
  return parts.join(' ');
}

/**
 * The hostile inputs: every one is about 1 MB. `articles` (ordinary text) make the one-paragraph page; without
 * them it is left out.
 */
export function pathologicalTexts(articles: readonly Article[] = []): Record<string, string> {
  const texts: Record<string, string> = {
    one_line_no_spaces: repeatToSize('غارةقصفاشتباكاتمرزقسرت', TARGET_BYTES),
    repeated_trigger_words: repeatToSize('غارة ', TARGET_BYTES),
    repeated_places_and_dates: repeatToSize('قصف على سرت يوم 19 سبتمبر، ', TARGET_BYTES),
    repeated_numbers: repeatToSize('مقتل 11 عنصرا و ', TARGET_BYTES),
    random_unicode: randomUnicode(TARGET_BYTES, 7),
    open_quotes: repeatToSize('«قال "', TARGET_BYTES),
    // A run of URL-like fragments with no space at all.
    url_run: repeatToSize('http://a.a.a.a', TARGET_BYTES),
    long_urls: repeatToSize(
      'https://www.example.ly/news/2020/04/12/tripoli-clashes-123?id=5&ref=home ',
      TARGET_BYTES,
    ),
    // One sentence of a megabyte: events, places and tolls with no sentence end.
    one_sentence_ar: repeatToSize('قصفت القوات مواقع في سرت وقتل 3 أشخاص و ', TARGET_BYTES),
    one_sentence_en: repeatToSize('forces shelled positions near Sirte killing 3 people and ', TARGET_BYTES),
    // One CSV field holding a megabyte of words (a column pasted whole).
    csv_one_field: `"${repeatToSize('اشتباكات طرابلس 4 قتلى word ', TARGET_BYTES)}"`,
    base64_blob: base64Blob(TARGET_BYTES, 11),
    // A table flattened to text: cells of places, counts, dates and event words between bars.
    flattened_table: repeatToSize('| سرت | 12 | قتلى | 2020-01-01 | غارة | ', TARGET_BYTES),
    repeated_boilerplate: repeatToSize(
      'اقرأ أيضا: قصف على طرابلس. شارك هذا المقال. Read more: clashes in Sirte. ',
      TARGET_BYTES,
    ),
  };
  if (articles.length > 0) texts['huge_paragraph'] = hugeParagraph(articles, TARGET_BYTES);
  return texts;
}

/**
 * Megabytes per CPU second through the whole pipeline. CPU time rather than the clock: the machine is often busy
 * with other work, and a hostile input measured while another process runs would look slower than it is.
 */
function mbPerSecond(articles: Article[], resources: ReturnType<typeof loadExtractionResources>): number {
  let bytes = 0;
  for (const article of articles) bytes += Buffer.byteLength(article.text, 'utf8');
  const started = process.cpuUsage();
  runPipeline(articles, resources);
  const used = process.cpuUsage(started);
  const seconds = Math.max((used.user + used.system) / 1e6, 1e-9);
  return bytes / 1e6 / seconds;
}

export function benchPathological(articles: Article[]): Record<string, number> {
  const resources = loadExtractionResources();
  // Ordinary text: as many corpus articles as make about 1 MB, after a warm-up.
  const sample: Article[] = [];
  let size = 0;
  for (const article of articles) {
    if (size > TARGET_BYTES) break;
    sample.push(article);
    size += Buffer.byteLength(article.text, 'utf8');
  }
  runPipeline(sample, resources);
  const results: Record<string, number> = {};
  const normals: number[] = [];
  let worst = 0;
  for (const [name, text] of Object.entries(pathologicalTexts(articles))) {
    const article: Article = {
      id: `hostile-${name}`,
      title: name,
      published: '2020-01-01',
      lang: 'ar',
      source: 'benchmark',
      text,
    };
    // Ordinary text is measured right before each hostile input, so both meet the same machine.
    const normal = mbPerSecond(sample, resources);
    normals.push(normal);
    const speed = mbPerSecond([article], resources);
    results[`pathological_${name}_mb_s`] = Math.round(speed * 100) / 100;
    worst = Math.max(worst, normal / Math.max(speed, 1e-9));
  }
  normals.sort((a, b) => a - b);
  results['pathological_normal_mb_s'] = Math.round((normals[normals.length >> 1] ?? 0) * 100) / 100;
  results['pathological_slowdown_max'] = Math.round(worst * 100) / 100;
  return results;
}
