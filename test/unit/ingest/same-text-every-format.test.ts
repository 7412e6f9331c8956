/**
 * One article, the same events, whatever the file it came in: the same real-style reports (our own wording,
 * in English and Arabic, three events each and a line of background) are written as .txt, .html, .docx, .pdf
 * and .csv with the fixture builders, and pasted, then read by the real readers and extracted. Every format
 * must give the events of the plain text: type, date, place, fatalities and actors.
 */
import { describe, expect, it } from 'vitest';
import { ingestAnyFile } from '../../../src/pipeline/ingest/formats/any-file.ts';
import { extractArticle } from '../../../src/pipeline/extract/index.ts';
import type { Article } from '../../../src/pipeline/types.ts';
import { buildDocx, buildTypesetPdf, wrapLines } from '../../fixtures/uploads/builders.ts';
import { testResources } from '../extract/resources.ts';

interface Report {
  name: string;
  published: string;
  title: string;
  paragraphs: string[];
  rightToLeft: boolean;
  /** The events a reader of the text codes: type, date, place, fatalities, attacker, target. */
  expected: string[];
}

const ENGLISH: Report = {
  name: 'tripoli-week',
  published: '2020-05-12',
  title: 'A violent weekend south of the Libyan capital',
  paragraphs: [
    'TRIPOLI, Libya - A drone strike hit a military convoy near Tarhuna on Sunday, killing four fighters, according to a local security official who spoke on condition of anonymity.',
    'On Monday, Grad rockets fell on a residential street in the Abu Salim district of Tripoli, killing two civilians and wounding five others, the health ministry said in a statement.',
    "Separately, heavy clashes broke out between government forces and Haftar's troops near the town of Gharyan on Monday evening. Three fighters were killed, a medical source said.",
    'Thousands of families have left the southern suburbs of the capital since last year, according to the United Nations.',
  ],
  rightToLeft: false,
  expected: [
    'Air/drone strike | 2020-05-10 | Tarhuna | 4 | Unidentified military forces | -',
    'Shelling/artillery/missile attack | 2020-05-11 | Abu Salim | 2 | - | Civilians',
    'Armed clash | 2020-05-11 | Gharyan | 3 | GNA Forces | LNA',
  ],
};

const ARABIC: Report = {
  name: 'gharb-libya',
  published: '2020-05-12',
  title: 'أيام دامية جنوب العاصمة الليبية',
  paragraphs: [
    'طرابلس - قتل أربعة مسلحين في غارة بطائرة مسيرة استهدفت رتلا عسكريا قرب مدينة ترهونة يوم الأحد، بحسب مصدر أمني طلب عدم ذكر اسمه.',
    'وسقطت صواريخ غراد مساء الاثنين على شارع سكني في منطقة أبوسليم بالعاصمة طرابلس، ما أدى إلى مقتل امرأتين وإصابة خمسة آخرين، وفق وزارة الصحة.',
    'من جهة أخرى، اندلعت اشتباكات عنيفة بين قوات حكومة الوفاق وقوات حفتر قرب مدينة غريان مساء الاثنين، ما أسفر عن مقتل ثلاثة مقاتلين.',
    'ونزحت آلاف العائلات عن الضواحي الجنوبية للعاصمة منذ العام الماضي، وفق الأمم المتحدة.',
  ],
  rightToLeft: true,
  expected: [
    'Air/drone strike | 2020-05-10 | Tarhuna | 4 | Unidentified military forces | Unidentified Armed Group',
    'Shelling/artillery/missile attack | 2020-05-11 | Abu Salim | 2 | - | Civilians',
    'Armed clash | 2020-05-11 | Gharyan | 3 | GNA Forces | LNA',
  ],
};

const utf8 = (text: string) => new TextEncoder().encode(text);
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A news page: navigation, a header, the story in <article> with inline links and a no-break space, a footer. */
function htmlPage(report: Report): string {
  const direction = report.rightToLeft ? ' dir="rtl" lang="ar"' : ' lang="en"';
  const paragraphs = report.paragraphs
    .map((paragraph, index) => {
      const words = escapeHtml(paragraph).split(' ');
      // A link around two words in the middle of the first sentence, a no-break space after the first word.
      if (index === 1) words.splice(3, 2, `<a href="/tag/x">${words[3]} ${words[4]}</a>`);
      return `      <p>${words[0]}&nbsp;${words.slice(1).join(' ')}</p>`;
    })
    .join('\n');
  return `<!doctype html>
<html${direction}>
<head><meta charset="utf-8"><title>${escapeHtml(report.title)} | Example News</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/libya">Libya</a></nav>
  <article>
    <h1>${escapeHtml(report.title)}</h1>
    <div class="body">
${paragraphs}
    </div>
  </article>
  <footer>Example News. All rights reserved.</footer>
</body>
</html>
`;
}

/** The files of one report, as people bring them. */
function files(report: Report): Record<string, Uint8Array> {
  const text = [report.title, ...report.paragraphs].join('\n\n') + '\n';
  return {
    txt: utf8(text),
    // Windows line ends and a text editor's trailing spaces.
    'txt-crlf': utf8([report.title, ...report.paragraphs].map((line) => `${line}  `).join('\r\n\r\n')),
    html: utf8(htmlPage(report)),
    // Hand-written or CMS HTML whose source lines are wrapped inside the paragraphs.
    'html-wrapped': utf8(
      htmlPage(report).replace(
        /<p>(.*?)<\/p>/g,
        (_, inner: string) => `<p>${wrapLines(inner, 70, false).join('\n')}</p>`,
      ),
    ),
    docx: buildDocx([report.title, ...report.paragraphs], {
      rightToLeft: report.rightToLeft,
      splitRuns: true,
    }),
    pdf: buildTypesetPdf(report.title, report.paragraphs, {
      rightToLeft: report.rightToLeft,
      hyphenate: true,
      header: report.rightToLeft
        ? 'مرصد ليبيا - التقرير الأمني اليومي'
        : 'Libya Monitor - daily security report',
      footer: report.rightToLeft ? '- {page} -' : 'Page {page} of {pages}',
      linesPerPage: 5,
    }),
    // A newspaper-style page in two columns, the headline across both.
    'pdf-columns': buildTypesetPdf(report.title, report.paragraphs, {
      rightToLeft: report.rightToLeft,
      columns: 2,
      linesPerPage: 9,
      footer: '{page}',
    }),
    // Printed from a browser: print date, page title, address and "1/1" in small type at the page's edges.
    'pdf-printed': buildTypesetPdf(report.title, report.paragraphs, {
      rightToLeft: report.rightToLeft,
      printedFrom: {
        date: '5/12/20, 10:31 AM',
        title: `${report.title} | Example News`,
        url: `https://news.example.com/libya/${report.name}`,
      },
    }),
    // No space between paragraphs: only the short last line of each tells where it ends.
    'pdf-tight': buildTypesetPdf(report.title, report.paragraphs, {
      rightToLeft: report.rightToLeft,
      paragraphGap: 0,
      footer: '{page}',
    }),
    csv: utf8(
      'title,text,published,source\r\n' +
        [
          csvField(report.title),
          csvField(report.paragraphs.join('\r\n')),
          report.published,
          'Example News',
        ].join(',') +
        '\r\n',
    ),
    // Plain-text wire copy or e-mail, hard-wrapped at 64 columns in the middle of sentences.
    'txt-wrapped': utf8(
      [
        report.title,
        ...report.paragraphs.map((paragraph) => wrapLines(paragraph, 64, false).join('\n')),
      ].join('\n\n'),
    ),
    // Pasted from a PDF viewer: lines broken at the page width, hyphenated words, no blank lines at all.
    'json-from-pdf-viewer': utf8(
      JSON.stringify({
        title: report.title,
        text: [
          report.title,
          ...report.paragraphs.flatMap((paragraph) => wrapLines(paragraph, 72, true)),
        ].join('\n'),
        published: report.published,
        source: 'pasted',
      }),
    ),
    // A paste from a browser: one line per paragraph, no blank lines, a no-break space.
    json: utf8(
      JSON.stringify({
        title: report.title,
        text: [report.title, ...report.paragraphs].join('\n').replace(' ', '\u00a0'),
        published: report.published,
        source: 'pasted',
      }),
    ),
  };
}

function extension(format: string): string {
  return format.split('-')[0] as string;
}

async function eventsFrom(report: Report, format: string, bytes: Uint8Array): Promise<string[]> {
  const result = await ingestAnyFile(bytes, `${report.name}.${extension(format)}`, {
    published: report.published,
  });
  expect(result.articles, `${format}: ${result.diagnostics.map((d) => d.message).join('; ')}`).toHaveLength(
    1,
  );
  const article = result.articles[0] as Article;
  // The library lists the article under its headline, not under a print date or a running header.
  expect(article.title).toBe(report.title);
  const { events } = extractArticle(article, testResources());
  return events
    .map((event) =>
      [
        event.sub_event_type,
        event.date,
        event.location ?? '-',
        event.fatalities ?? '-',
        event.actor1 ?? '-',
        event.actor2 ?? '-',
      ].join(' | '),
    )
    .sort();
}

describe.each([ENGLISH, ARABIC])('the same events from every format ($name)', (report) => {
  it('finds the three events of the plain text', async () => {
    const found = await eventsFrom(report, 'txt', files(report).txt as Uint8Array);
    expect(found).toEqual([...report.expected].sort());
  });

  it.each([
    'txt-crlf',
    'txt-wrapped',
    'html',
    'html-wrapped',
    'docx',
    'pdf',
    'pdf-tight',
    'pdf-printed',
    'pdf-columns',
    'csv',
    'json',
    'json-from-pdf-viewer',
  ])('gives the same events from the %s file as from the text', async (format) => {
    const found = await eventsFrom(report, format, files(report)[format] as Uint8Array);
    expect(found).toEqual([...report.expected].sort());
  });
});
