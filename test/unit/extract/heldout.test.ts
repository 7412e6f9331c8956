import { describe, it, expect } from 'vitest';
import { extractArticle } from '../../../src/pipeline/extract/index.ts';
import { toArticle } from './fixture-articles.ts';
import { emptyScore, ratios, readHeldoutArticles, scoreArticle } from './heldout-scoring.ts';
import { testResources } from './resources.ts';

const articles = readHeldoutArticles();

function scoreLanguage(lang: 'ar' | 'en' | 'all') {
  const score = emptyScore();
  for (const article of articles) {
    if (lang !== 'all' && article.lang !== lang) continue;
    const { events } = extractArticle(toArticle(article), testResources());
    scoreArticle(article, events, score);
  }
  return score;
}

function percent(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

describe('held-out articles from outlets the rules were not written on (test/fixtures/heldout)', () => {
  it('holds at least 30 articles in Arabic and English, each with an expected event', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(articles.filter((article) => article.lang === 'ar').length).toBeGreaterThanOrEqual(12);
    expect(articles.filter((article) => article.lang === 'en').length).toBeGreaterThanOrEqual(12);
    for (const article of articles) expect(article.expected.length).toBeGreaterThan(0);
  });

  it('finds the held-out events with good precision and recall', () => {
    const score = scoreLanguage('all');
    const { precision, recall, f1 } = ratios(score);
    const line = (name: string, field: { right: number; total: number }): string =>
      `${name} ${field.right}/${field.total}`;
    console.log(
      [
        `held-out: precision ${percent(precision)}, recall ${percent(recall)}, F1 ${percent(f1)}`,
        `(${score.truePositives} found, ${score.falsePositives} spurious, ${score.falseNegatives} missed);`,
        `${line('fatalities', score.fatalities)}, ${line('actors', score.actors)}`,
      ].join(' '),
    );
    if (process.env.HELDOUT_DETAILS === '1') console.log(score.problems.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.88);
    expect(recall).toBeGreaterThanOrEqual(0.92);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
