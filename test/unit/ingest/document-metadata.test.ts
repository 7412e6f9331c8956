/**
 * Titles and publication dates from what a document says about itself (PDF information dictionary, Word core
 * properties, a page's Open Graph, article meta tags and JSON-LD), else from its first heading: never from a
 * navigation trail, a date line or an editor's placeholder.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/pipeline/ingest/formats/docx';
import { pdfMetadata, readPdf } from '../../../src/pipeline/ingest/formats/pdf';
import { ingestAnyFile } from '../../../src/pipeline/ingest/formats/any-file';
import { firstHeading, isNavigationLine, metadataTitle } from '../../../src/pipeline/ingest/title';
import { buildDocx, buildPdf } from '../../fixtures/uploads/builders';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a PDF titled and dated by its own metadata', () => {
  it('takes the title and creation day of the information dictionary', async () => {
    const pdf = buildPdf(
      ['Home | World | Libya', 'Shelling hit a school in Ain Zara on Sunday, killing two.'],
      {
        Title: 'Shelling hits school in Ain Zara',
        CreationDate: "D:20190915093000+02'00'",
        Producer: 'Acrobat Distiller 11.0',
      },
    );
    const result = await readPdf(pdf, 'download (3).pdf');
    expect(result.articles[0]).toMatchObject({
      title: 'Shelling hits school in Ain Zara',
      published: '2019-09-15',
    });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'date-from-metadata',
        message: expect.stringMatching(/creation date/),
      }),
    );
  });

  it('does not take the day a browser printed the page as its publication day', async () => {
    const pdf = buildPdf(['Clashes in Zawiya', 'Clashes broke out in Zawiya on Friday, killing three.'], {
      Title: 'Clashes in Zawiya kill three | Example News',
      CreationDate: 'D:20250301120000Z',
      Producer: 'Skia/PDF m131',
      Creator: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0',
    });
    const result = await readPdf(pdf, 'zawiya.pdf');
    expect(result.articles[0]).toMatchObject({ title: 'Clashes in Zawiya kill three', published: null });
  });

  it('prefers the XMP title and date to the information dictionary', () => {
    const xmp = new Map<string, unknown>([
      ['dc:title', 'Air strike on Misrata academy'],
      ['xmp:createdate', '2020-01-05T08:00:00Z'],
    ]);
    const metadata = pdfMetadata(
      { Title: 'Microsoft Word - draft.docx', CreationDate: 'D:20200106' },
      {
        get: (name) => xmp.get(name),
      },
    );
    expect(metadata).toMatchObject({ title: 'Air strike on Misrata academy', published: '2020-01-05' });
  });

  it('falls back to the first heading when the metadata title is a placeholder or a file name', async () => {
    for (const placeholder of ['Untitled', 'Microsoft Word - report.doc', 'report.pdf']) {
      const pdf = buildPdf(
        [
          'Home | World | Libya',
          'Rockets fall on Mitiga airport',
          'Rockets fell on Mitiga airport in the east of Tripoli on Monday morning, halting all flights.',
        ],
        {
          Title: placeholder,
        },
      );
      const result = await readPdf(pdf, 'report.pdf');
      expect(result.articles[0]?.title, placeholder).toBe('Rockets fall on Mitiga airport');
    }
  });
});

describe('a Word document titled and dated by its core properties', () => {
  it('takes dc:title and dcterms:created', async () => {
    const docx = buildDocx(['طرابلس - اندلعت اشتباكات في منطقة صلاح الدين يوم الخميس.'], {
      rightToLeft: true,
      core: {
        title: 'اشتباكات جنوب طرابلس',
        created: '2019-04-18T10:12:00Z',
        modified: '2019-05-01T00:00:00Z',
      },
    });
    const result = await readDocx(docx, 'مستند.docx');
    expect(result.articles[0]).toMatchObject({ title: 'اشتباكات جنوب طرابلس', published: '2019-04-18' });
  });

  it('takes the modification day when no creation day is given', async () => {
    const docx = buildDocx(['Clashes in Gharyan', 'Fighting broke out.'], {
      core: { modified: '2019-06-27T10:00:00Z' },
    });
    const result = await readDocx(docx, 'gharyan.docx');
    expect(result.articles[0]).toMatchObject({ title: 'Clashes in Gharyan', published: '2019-06-27' });
  });

  it('keeps the day the upload gives when the document has no core properties', async () => {
    const result = await readDocx(buildDocx(['Clashes in Derna', 'Fighting.']), 'derna.docx', {
      published: '2018-05-18',
    });
    expect(result.articles[0]?.published).toBe('2018-05-18');
  });
});

describe('an HTML page titled and dated by its metadata', () => {
  const page = (head: string, body: string) =>
    utf8(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  const story =
    '<nav>Home | World | Libya</nav><article><p>' +
    'Clashes broke out in the Libyan city of Zawiya on Friday between rival armed groups, killing three fighters and wounding seven others, a hospital official said. '.repeat(
      2,
    ) +
    '</p></article>';

  it('takes og:title and article:published_time', async () => {
    const result = await ingestAnyFile(
      page(
        '<title>Site</title><meta property="og:title" content="Three killed in Zawiya clashes"><meta property="article:published_time" content="2021-07-09T18:00:00+02:00">',
        story,
      ),
      'page.html',
    );
    expect(result.articles[0]).toMatchObject({
      title: 'Three killed in Zawiya clashes',
      published: '2021-07-09',
    });
  });

  it('takes the headline and datePublished of a JSON-LD NewsArticle (inside @graph)', async () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        {
          '@type': 'NewsArticle',
          headline: 'مقتل ثلاثة في اشتباكات الزاوية',
          datePublished: '2021-07-10T08:00:00Z',
        },
      ],
    });
    const result = await ingestAnyFile(
      page(`<script type="application/ld+json">${jsonLd}</script>`, story),
      'page.html',
    );
    expect(result.articles[0]).toMatchObject({
      title: 'مقتل ثلاثة في اشتباكات الزاوية',
      published: '2021-07-10',
    });
  });

  it('takes a <time datetime> when the head says nothing, and the <title> without the site name', async () => {
    const body = story.replace('<article>', '<article><time datetime="2021-07-11">11 July</time>');
    const result = await ingestAnyFile(
      page('<title>Zawiya fighting kills three | Example News</title>', body),
      'p.html',
    );
    expect(result.articles[0]).toMatchObject({
      title: 'Zawiya fighting kills three',
      published: '2021-07-11',
    });
  });
});

describe('the first heading, never a navigation line', () => {
  it('skips a navigation trail, a date line and an address at the top of a text file', async () => {
    const text = [
      'Home | World | Libya',
      'https://example.org/news/123',
      'Sunday 26 July 2020',
      'Drone strike hits convoy near Sirte',
      '',
      'A drone strike hit a convoy near Sirte on Sunday.',
    ].join('\n');
    const result = await ingestAnyFile(utf8(text), 'saved.txt');
    expect(result.articles[0]?.title).toBe('Drone strike hits convoy near Sirte');
  });

  it('skips an Arabic navigation trail and date line', () => {
    expect(firstHeading('الرئيسية » أخبار » ليبيا\nالأحد 26 يوليو 2020\nقصف مدفعي على سرت\nنص الخبر.')).toBe(
      'قصف مدفعي على سرت',
    );
  });

  it('tells trails from headlines', () => {
    expect(isNavigationLine('Home | World | Libya')).toBe(true);
    expect(isNavigationLine('News › Middle East › Libya')).toBe(true);
    expect(isNavigationLine('Libya: rival forces clash in Tripoli')).toBe(false);
    expect(isNavigationLine('Clashes kill 3 in Tripoli | Example News')).toBe(false);
    expect(metadataTitle('Clashes kill 3 in Tripoli | Example News')).toBe('Clashes kill 3 in Tripoli');
    expect(metadataTitle('Home | World | Libya')).toBe('');
  });

  it('takes no address for a title: a browser prints the page address when the page has no title', () => {
    for (const address of [
      'about:blank',
      'file:///home/user/Downloads/report.html',
      'https://example.org/news/2020/clashes',
      'www.example.org/news',
      'data:text/html,hello',
    ])
      expect(metadataTitle(address), address).toBe('');
    expect(firstHeading('about:blank\nClashes in Zawiya\n\nClashes broke out.')).toBe('Clashes in Zawiya');
  });
});
