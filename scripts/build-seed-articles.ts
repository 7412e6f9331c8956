/**
 * Writes the bundled sample articles (data/articles/*.json) from the seed files in ../shared/seeds,
 * using the article boundaries, titles and publication dates recorded in gold.json.
 * The article text is copied exactly as given.
 * Usage: npx tsx scripts/build-seed-articles.ts [path/to/seeds]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

interface GoldArticle {
  id: string;
  file: string;
  lines: [number, number];
  published: string;
  lang: 'ar' | 'en';
  title: string;
}

const seedsDir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const gold = JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
const outDir = join(import.meta.dirname, '..', 'data', 'articles');
mkdirSync(outDir, { recursive: true });

for (const article of gold.articles) {
  const lines = readFileSync(join(seedsDir, article.file), 'utf8').split('\n');
  const text = lines.slice(article.lines[0] - 1, article.lines[1]).join('\n');
  const record = {
    id: `seed-${article.id}`,
    title: article.title,
    published: article.published,
    lang: article.lang,
    source: `seed file ${article.file}`,
    text,
  };
  writeFileSync(join(outDir, `seed-${article.id}.json`), JSON.stringify(record, null, 2) + '\n');
  console.log(`wrote seed-${article.id}.json (${text.length} characters)`);
}
