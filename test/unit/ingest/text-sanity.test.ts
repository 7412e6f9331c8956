import { describe, expect, it } from 'vitest';
import { textSanityWarnings, textShape } from '../../../src/pipeline/ingest/formats/text-sanity';
import type { Article } from '../../../src/pipeline/types';

const article = (text: string): Article => ({
  id: 'a',
  title: 'T',
  published: null,
  lang: 'en',
  source: 's',
  text,
});

describe('texts that are not prose', () => {
  it('warns about a 1 MB line without spaces, naming the file', () => {
    const started = performance.now();
    const warnings = textSanityWarnings(article('x'.repeat(1024 * 1024)), 'line.txt');
    expect(warnings[0]).toMatchObject({ code: 'not-prose', file: 'line.txt' });
    expect(warnings[0]?.message).toMatch(/^line\.txt \("T"\): holds a run of 1,048,576 characters/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('warns about 100,000 repeated trigger words', () => {
    const warnings = textSanityWarnings(
      article('Airstrike on Sirte. ' + 'airstrike '.repeat(100_000)),
      'words.txt',
    );
    expect(warnings[0]?.code).toBe('repetitive-text');
    expect(warnings[0]?.message).toMatch(/"airstrike" makes up 100% of its 100,003 words/);
  });

  it('says nothing about an ordinary article with a long URL', () => {
    const text =
      `Clashes broke out in Zawiya on Monday. Source: https://example.org/${'a'.repeat(300)} `.repeat(50);
    expect(textSanityWarnings(article(text), 'ok.txt')).toEqual([]);
  });

  it('measures words and the longest run in one pass', () => {
    expect(textShape('a bb  ccc\ta')).toEqual({ longestRun: 3, words: 4, topWord: 'a', topWordCount: 2 });
  });
});
