import { describe, it, expect } from 'vitest';
import { ingestFile, ingestFormats, formatForFile } from '../../../src/pipeline/ingest/index.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('ingest registry', () => {
  it('picks a format by extension, case-insensitively', () => {
    expect(formatForFile('a/b/news.TXT')?.id).toBe('text');
    expect(formatForFile('page.htm')?.id).toBe('html');
    expect(formatForFile('feed.jsonl')?.id).toBe('jsonl');
    expect(formatForFile('notes.md')?.id).toBe('markdown');
    expect(ingestFormats.map((format) => format.id)).toEqual(
      expect.arrayContaining(['text', 'html', 'json', 'jsonl']),
    );
  });

  it('names an unsupported file type instead of throwing', () => {
    const result = ingestFile(bytes('x'), 'sheet.xyz');
    expect(result.articles).toEqual([]);
    expect(result.diagnostics[0]?.code).toBe('unsupported-format');
    expect(result.diagnostics[0]?.message).toContain('sheet.xyz');
  });
});

describe('plain text and markdown', () => {
  it('reads one Arabic article with the given publication date and keeps the text exactly', () => {
    const text = '\ufeffاشتباكات في طرابلس\nاندلعت اشتباكات عنيفة مساء أمس.';
    const result = ingestFile(bytes(text), 'dir/story-1.txt', { published: '2020-01-05' });
    const article = result.articles[0];
    // Named after the file and made unique by the text.
    expect(article?.id).toMatch(/^story-1-[0-9a-f]{12}$/);
    expect(article?.published).toBe('2020-01-05');
    expect(article?.lang).toBe('ar');
    expect(article?.title).toBe('اشتباكات في طرابلس');
    expect(article?.text).toBe(text.slice(1));
  });

  it('takes a markdown heading as the title', () => {
    const result = ingestFile(bytes('# Clashes in Zawiya\n\nFighting broke out on Monday.'), 'z.md');
    expect(result.articles[0]?.title).toBe('Clashes in Zawiya');
    expect(result.articles[0]?.lang).toBe('en');
  });

  it('reports an empty file', () => {
    const result = ingestFile(bytes('  \n '), 'empty.txt');
    expect(result.articles).toHaveLength(0);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code: 'empty-text', file: 'empty.txt' });
  });

  it('warns when --published is not a date', () => {
    const result = ingestFile(bytes('text'), 'a.txt', { published: '25/09/2019' });
    expect(result.articles[0]?.published).toBeNull();
    expect(result.diagnostics.some((diagnostic) => diagnostic.code === 'invalid-date')).toBe(true);
  });
});

describe('json and jsonl', () => {
  it('reads an array of articles and keeps their ids', () => {
    const json = JSON.stringify([
      {
        id: 'x1',
        title: 'T',
        text: 'Clashes erupted.',
        published: '2019-04-07T10:00:00Z',
        url: 'https://e.org/1',
        source: 'Wire',
      },
      { text: 'قصف على عين زارة', published: '2019-04-08' },
    ]);
    const result = ingestFile(bytes(json), 'batch.json');
    expect(result.articles.map((article) => article.id)).toEqual([
      'x1',
      expect.stringMatching(/^batch-2-[0-9a-f]{12}$/),
    ]);
    expect(result.articles[0]).toMatchObject({
      published: '2019-04-07',
      url: 'https://e.org/1',
      source: 'Wire',
      lang: 'en',
    });
    expect(result.articles[1]?.lang).toBe('ar');
  });

  it('reads a single article object', () => {
    const result = ingestFile(bytes('{"text":"Fighting in Derna","lang":"en"}'), 'one.json', {
      published: '2018-05-01',
    });
    expect(result.articles[0]).toMatchObject({ published: '2018-05-01', lang: 'en' });
    expect(result.articles[0]?.id).toMatch(/^one-[0-9a-f]{12}$/);
  });

  it('reports malformed JSON with the file name', () => {
    const result = ingestFile(bytes('[{"text": "a"'), 'broken.json');
    expect(result.articles).toHaveLength(0);
    expect(result.diagnostics[0]?.code).toBe('malformed-json');
    expect(result.diagnostics[0]?.message).toContain('broken.json');
  });

  it('skips an article with no text and keeps the others', () => {
    const result = ingestFile(
      bytes(
        JSON.stringify([
          { id: 'a', text: '' },
          { id: 'b', text: 'Clashes' },
        ]),
      ),
      'mixed.json',
    );
    expect(result.articles.map((article) => article.id)).toEqual(['b']);
    expect(result.diagnostics[0]).toMatchObject({ code: 'empty-text', article_id: 'a' });
  });

  it('reads one article per line and reports the bad line by number', () => {
    const lines = [
      '{"id":"l1","text":"Airstrike on Sirte"}',
      '',
      '{oops',
      '{"id":"l3","text":"Shelling in Tripoli"}',
    ].join('\n');
    const result = ingestFile(bytes(lines), 'feed.jsonl');
    expect(result.articles.map((article) => article.id)).toEqual(['l1', 'l3']);
    expect(result.diagnostics[0]?.message).toContain('line 3');
  });

  it('makes repeated ids unique within a file', () => {
    const result = ingestFile(bytes('{"id":"a","text":"x"}\n{"id":"a","text":"y"}'), 'dup.jsonl');
    expect(result.articles.map((article) => article.id)).toEqual(['a', 'a#2']);
  });
});

describe('html', () => {
  const page = `<!doctype html><html><head><title>Site | Clashes in Tripoli</title>
    <meta property="og:title" content="Clashes in Tripoli kill four">
    <meta property="article:published_time" content="2022-08-27T21:10:00+02:00">
    <script>var x = "airstrike";</script></head>
    <body><nav>Home News Airstrike archive</nav><header>Breaking</header>
    <article><h1>Clashes in Tripoli kill four</h1>
    <p>Heavy clashes broke out in central Tripoli on Saturday between rival armed groups &amp; police.</p>
    <figure><img src="x.jpg"><figcaption>Smoke over the city - archive</figcaption></figure>
    <p>At least four people were killed, the health ministry said, and dozens were wounded in the fighting near the Zawiya road.</p>
    <div class="share-buttons">Share on Facebook</div></article>
    <footer>Copyright</footer></body></html>`;

  it('reads the title, the date from metadata and only the main text', () => {
    const result = ingestFile(bytes(page), 'tripoli.html');
    const article = result.articles[0];
    expect(article?.title).toBe('Clashes in Tripoli kill four');
    expect(article?.published).toBe('2022-08-27');
    expect(article?.text).toContain('rival armed groups & police.');
    expect(article?.text).toContain('At least four people were killed');
    expect(article?.text).not.toContain('Share on Facebook');
    expect(article?.text).not.toContain('archive');
    expect(article?.text).not.toContain('var x');
    expect(article?.text).not.toContain('Copyright');
  });

  it('finds the date in JSON-LD when there is no meta tag', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"غارة على الوطية","datePublished":"2020-07-05"}</script></head><body><p>${'استهدفت غارة جوية قاعدة الوطية. '.repeat(3)}</p></body></html>`;
    const result = ingestFile(bytes(html), 'watiya.html');
    expect(result.articles[0]?.published).toBe('2020-07-05');
    expect(result.articles[0]?.title).toBe('غارة على الوطية');
  });

  it('reports a page with no text', () => {
    const result = ingestFile(bytes('<html><body><script>1</script></body></html>'), 'blank.html');
    expect(result.articles).toHaveLength(0);
    expect(result.diagnostics[0]?.code).toBe('empty-text');
  });
});
