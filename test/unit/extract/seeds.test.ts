import { describe, it, expect } from 'vitest';
import { extractArticle } from '../../../src/pipeline/extract/index.ts';
import { compareWithGold, goldArticles, readGold } from './gold-matching.ts';
import { testResources } from './resources.ts';

const gold = readGold();
const articles = goldArticles(gold);

describe('seed articles against gold.json', () => {
  for (const article of articles) {
    const required = gold.events
      .filter((event) => event.article === article.id && event.required)
      .map((event) => event.id);
    it(`article ${article.id}: finds ${required.join(', ')} with type, date, place and fatalities, and no listed non-event`, () => {
      const { events } = extractArticle(article, testResources());
      const report = compareWithGold(gold, article, events);
      expect(report.missing).toEqual([]);
      expect(report.wrongFatalities).toEqual([]);
      expect(report.nonEventsEmitted).toEqual([]);
    });
  }

  it('keeps the undisclosed place of the strike on Wagner unlocated if it is emitted apart', () => {
    const article = articles.find((entry) => entry.id === 'B');
    expect(article).toBeDefined();
    const { events } = extractArticle(article!, testResources());
    const b3Start = article!.text.indexOf('الضربة العسكرية، استهدفت أيضا');
    const alone = events.filter(
      (event) =>
        event.sources.length === 1 && event.sources[0]!.start <= b3Start && b3Start < event.sources[0]!.end,
    );
    for (const event of alone) expect(event.latitude).toBeNull();
  });

  it('keeps the running total of article C as a summary, not an event', () => {
    const article = articles.find((entry) => entry.id === 'C');
    const extraction = extractArticle(article!, testResources());
    expect(extraction.summaries.length).toBeGreaterThan(0);
    expect(extraction.events.some((event) => event.fatalities === 43)).toBe(false);
  });

  it('gives every event stable ids, evidence offsets and a confidence with reasons', () => {
    for (const article of articles) {
      const first = extractArticle(article, testResources()).events;
      const second = extractArticle(article, testResources()).events;
      expect(second.map((event) => event.id)).toEqual(first.map((event) => event.id));
      for (const event of first) {
        expect(event.confidence).toBeGreaterThan(0);
        expect(event.confidence).toBeLessThanOrEqual(1);
        expect(event.confidence_reasons.length).toBeGreaterThan(0);
        for (const source of event.sources) {
          expect(source.article_id).toBe(article.id);
          expect(article.text.slice(source.start, source.end).trim().length).toBeGreaterThan(0);
        }
        for (const highlight of event.highlights) expect(highlight.end).toBeGreaterThan(highlight.start);
      }
    }
  });
});
