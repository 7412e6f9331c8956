import { describe, it, expect } from 'vitest';
import { extractArticle } from '../../../src/pipeline/extract/index.ts';
import { compareFixture, readFixtureArticles, toArticle } from './fixture-articles.ts';
import { testResources } from './resources.ts';

const fixtures = readFixtureArticles();

describe('test articles written for the extractor (test/fixtures/articles)', () => {
  it('holds at least 60 articles in Arabic and English', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    expect(fixtures.some(({ article }) => article.lang === 'ar')).toBe(true);
    expect(fixtures.some(({ article }) => article.lang === 'en')).toBe(true);
  });

  for (const { file, article } of fixtures) {
    const what =
      article.expected.length === 0
        ? `emits nothing (${article.why ?? 'trap'})`
        : `finds ${article.expected.map((event) => event.sub_event_type).join(' + ')}`;
    it(`${file} ${article.id}: ${what}`, () => {
      const { events } = extractArticle(toArticle(article), testResources());
      expect(compareFixture(events, article.expected)).toEqual([]);
    });
  }
});
