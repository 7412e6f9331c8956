import { describe, expect, it } from 'vitest';
import { csvFormat, MAX_CSV_COLUMNS, widestRecord } from '../../../src/pipeline/ingest/formats/csv';
import { encodeSingleByte } from './legacy-bytes';

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string, name = 'news.csv') => csvFormat.read(bytes(text), name);

describe('reading articles from a CSV file', () => {
  it('reads one article per row with title, date, url and source', () => {
    const result = read(
      'title,text,published,url,source\n' +
        'Strike near Murzuq,"A drone struck a house near Murzuq, killing 4.",2019-08-05,https://example.org/a,Libya Observer\n' +
        'Clashes in Tripoli,Heavy clashes broke out in Ain Zara.,2019-04-10,,Reuters\n',
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.articles).toHaveLength(2);
    expect(result.articles[0]).toMatchObject({
      title: 'Strike near Murzuq',
      text: 'A drone struck a house near Murzuq, killing 4.',
      published: '2019-08-05',
      url: 'https://example.org/a',
      source: 'Libya Observer',
    });
    expect(result.articles[1]?.source).toBe('Reuters');
  });

  it('keeps commas, quotes and newlines inside quoted text', () => {
    const result = read('title,text\nA,"He said ""no"", then\nleft."\n');
    expect(result.articles[0]?.text).toBe('He said "no", then\nleft.');
  });

  it('accepts header names in any case and with spaces', () => {
    const result = read(' Title , TEXT \nA,Shelling hit Sirte.\n');
    expect(result.articles[0]?.title).toBe('A');
  });

  it('reads the camel-case date and source columns of scraper exports (publishedAt, pubDate, datePublished)', () => {
    for (const column of ['publishedAt', 'pubDate', 'datePublished', 'Published_At']) {
      const result = read(
        `Headline,Body,${column},Link,Outlet\nA,Shelling hit Sirte.,2020-07-26,https://example.org/a,Libya Review\n`,
      );
      expect(result.articles[0], column).toMatchObject({
        title: 'A',
        text: 'Shelling hit Sirte.',
        published: '2020-07-26',
        url: 'https://example.org/a',
        source: 'Libya Review',
      });
    }
  });

  it('reads a tab-separated file', () => {
    const result = csvFormat.read(bytes('title\ttext\nA\tRockets fell on Mitiga airport.\n'), 'news.tsv');
    expect(result.articles[0]?.text).toBe('Rockets fell on Mitiga airport.');
  });

  it('reads an Arabic CSV saved as Windows-1256', () => {
    const result = csvFormat.read(
      encodeSingleByte('title,text\nغارة,قصفت طائرة مسيرة مرزق\n', 'windows-1256'),
      'ar.csv',
    );
    expect(result.articles[0]?.text).toBe('قصفت طائرة مسيرة مرزق');
  });

  it('gives the same id to the same row uploaded twice and different ids to different rows', () => {
    const first = read('title,text\nA,One strike.\nB,Another strike.\n');
    const again = read('title,text\nA,One strike.\n');
    expect(first.articles[0]?.id).toBe(again.articles[0]?.id);
    expect(first.articles[0]?.id).not.toBe(first.articles[1]?.id);
  });

  it('uses an id column when the file has one', () => {
    expect(read('id,text\nlo-17,Clashes in Gharyan.\n').articles[0]?.id).toBe('lo-17');
  });

  it('names the row whose article has no text and keeps the others', () => {
    const result = read('title,text\nEmpty,\nFull,Clashes in Gharyan.\n');
    expect(result.articles).toHaveLength(1);
    expect(result.diagnostics.some((d) => d.message.includes('row 1'))).toBe(true);
  });

  it('warns about a quote that is never closed', () => {
    const result = read('title,text\nA,"Clashes in Gharyan.\nB,Shelling in Sirte.\n');
    expect(result.diagnostics.some((d) => d.code === 'malformed-csv-quotes')).toBe(true);
  });

  it('refuses a table without a text column and says which columns it expected', () => {
    const result = read('name,age\nAli,40\n');
    expect(result.articles).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'missing-text-column',
      file: 'news.csv',
    });
    expect(result.diagnostics[0]?.message).toMatch(/title, text, published, url, source/);
  });

  it('refuses an empty file', () => {
    expect(read('').diagnostics[0]?.code).toBe('empty-file');
  });

  it('refuses a CSV with a million columns quickly, without building them', () => {
    const started = performance.now();
    const result = read('text' + ',x'.repeat(1_000_000) + '\n');
    expect(result.diagnostics[0]?.code).toBe('too-many-columns');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts the widest record, ignoring separators inside quotes', () => {
    expect(widestRecord('a,b\n"x,y,z",2\n', MAX_CSV_COLUMNS)).toBe(2);
    expect(widestRecord('a,b,c\n1\n', MAX_CSV_COLUMNS)).toBe(3);
  });
});
