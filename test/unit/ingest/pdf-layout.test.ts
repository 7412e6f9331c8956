import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/pipeline/ingest/formats/pdf.ts';
import { pdfPagesText, type PdfTextPiece } from '../../../src/pipeline/ingest/formats/pdf-layout.ts';
import { buildTypesetPdf } from '../../fixtures/uploads/builders.ts';

/** A text piece at (x, y) in a font of `size` points, `width` wide. */
function piece(str: string, x: number, y: number, width: number, size = 11): PdfTextPiece {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, dir: 'ltr' };
}

describe('rebuilding the text of a PDF from its pieces', () => {
  it('puts a space between two pieces of one line that lie a word apart, none between touching ones', () => {
    const text = pdfPagesText([
      [piece('Shells hit', 56, 700, 52), piece('Abu Salim', 112, 700, 48), piece('.', 160, 700, 3)],
    ]);
    expect(text).toBe('Shells hit Abu Salim.');
  });

  it('joins the lines of a paragraph and opens a new one where the spacing widens', () => {
    const text = pdfPagesText([
      [
        piece('A drone struck a convoy near Tarhuna on Sunday, killing', 56, 700, 300),
        piece('four fighters.', 56, 686, 80),
        piece('Rockets fell on Abu Salim on Monday, killing two women and', 56, 664, 300),
        piece('wounding five.', 56, 650, 80),
      ],
    ]);
    expect(text).toBe(
      'A drone struck a convoy near Tarhuna on Sunday, killing four fighters.\n\n' +
        'Rockets fell on Abu Salim on Monday, killing two women and wounding five.',
    );
  });

  it('keeps a headline set over two lines in large type as one paragraph, apart from the body', () => {
    const text = pdfPagesText([
      [
        piece('Five civilians killed as shells hit', 56, 760, 300, 24),
        piece('homes in Abu Salim', 56, 731, 200, 24),
        piece('Shells fell on homes in Abu Salim in Tripoli on Sunday evening,', 56, 700, 300),
        piece('killing five civilians, among them two children, the health', 56, 686, 300),
        piece('ministry said.', 56, 672, 60),
        piece('The ministry said twelve people were wounded and taken to', 56, 650, 300),
        piece('the Khadra hospital, where doctors appealed for blood', 56, 636, 300),
        piece('donors.', 56, 622, 40),
      ],
    ]);
    expect(text.split('\n\n')).toEqual([
      'Five civilians killed as shells hit homes in Abu Salim',
      'Shells fell on homes in Abu Salim in Tripoli on Sunday evening, killing five civilians, among them two children, the health ministry said.',
      'The ministry said twelve people were wounded and taken to the Khadra hospital, where doctors appealed for blood donors.',
    ]);
  });

  it('reads brackets and guillemets around Latin words in an Arabic line the right way round', () => {
    // As Chromium prints it, from left to right on the page: each Arabic letter a piece of its own (pdf.js marks
    // it right to left), each bracket a piece drawn mirrored, a Latin abbreviation one piece left to right.
    const pieces: PdfTextPiece[] = [];
    let x = 300;
    const put = (str: string, dir: 'ltr' | 'rtl', width = 6) => {
      pieces.push({ ...piece(str, x, 700, width), dir });
      x += width;
    };
    const arabic = (word: string) => [...word].reverse().forEach((letter) => put(letter, 'rtl'));
    // Logical: [طرابلس] دعت إلى «هدنة» (UNSMIL)
    put('(', 'ltr', 4);
    put('UNSMIL', 'ltr', 40);
    put(')', 'ltr', 4);
    x += 4;
    put('«', 'ltr', 5);
    arabic('هدنة');
    put('»', 'ltr', 5);
    x += 4;
    arabic('إلى');
    x += 4;
    arabic('دعت');
    x += 4;
    put('[', 'ltr', 4);
    arabic('طرابلس');
    put(']', 'ltr', 4);
    expect(pdfPagesText([pieces])).toBe('[طرابلس] دعت إلى «هدنة» (UNSMIL)');
  });

  it('reads a range of numbers, a percentage and a full stop after a Latin name in an Arabic line in writing order', () => {
    // Chromium sets "10-12" in Arabic text number by number from the right ("12-10" on the page), "25%" as "%25",
    // and the full stop after a closing Latin name on its left, in one piece with it.
    const pieces: PdfTextPiece[] = [];
    let x = 300;
    const put = (str: string, dir: 'ltr' | 'rtl', width = 6) => {
      pieces.push({ ...piece(str, x, 700, width), dir });
      x += width;
    };
    const arabic = (word: string) => [...word].reverse().forEach((letter) => put(letter, 'rtl'));
    const space = () => put(' ', 'ltr', 4);
    // Logical: قتل 10-12 مدنيا و%25 من الجرحى أطفال وفق UN OCHA.
    put('.UN OCHA', 'ltr', 50);
    space();
    arabic('وفق');
    space();
    arabic('أطفال');
    space();
    arabic('الجرحى');
    space();
    arabic('من');
    space();
    put('%25', 'ltr', 18);
    arabic('و');
    space();
    arabic('مدنيا');
    space();
    put('12-10', 'ltr', 30);
    space();
    arabic('قتل');
    expect(pdfPagesText([pieces])).toBe('قتل 10-12 مدنيا و25% من الجرحى أطفال وفق UN OCHA.');
    // The same sentence with its last word wrapped onto a line of its own: the line is still set right to left.
    const wrapped = pieces.slice(1).concat({ ...piece('.UN OCHA', 500, 686, 50), dir: 'ltr' });
    expect(pdfPagesText([wrapped])).toBe('قتل 10-12 مدنيا و25% من الجرحى أطفال وفق UN OCHA.');
  });

  it('reads Arabic presentation forms as the letters they show', () => {
    const shaped = '\ufe97\ufeae\ufeec\ufeed\ufee7\ufe94'; // ترهونة as shaped glyphs
    const text = pdfPagesText([
      [{ str: `غارة قرب ${shaped}`, transform: [11, 0, 0, 11, 300, 700], width: 80, dir: 'rtl' }],
    ]);
    expect(text).toBe('غارة قرب ترهونة');
  });

  it('glues a word hyphenated at the end of a line', () => {
    const text = pdfPagesText([
      [
        piece('Grad rockets fell on a resi-', 56, 700, 300),
        piece('dential street in Tripoli.', 56, 686, 290),
      ],
    ]);
    expect(text).toBe('Grad rockets fell on a residential street in Tripoli.');
  });

  it('drops the running header and the page numbers, and goes on with a paragraph cut by a page break', () => {
    const page = (number: number, lines: PdfTextPiece[]) => [
      piece('Libya Monitor - daily report', 56, 800, 150, 9),
      ...lines,
      piece(`Page ${number} of 2`, 280, 36, 50, 9),
    ];
    const text = pdfPagesText([
      page(1, [
        piece('Clashes broke out near Gharyan on Monday evening between the two', 56, 700, 300),
        piece('sides, and three fighters were killed in the fighting that', 56, 686, 300),
      ]),
      page(2, [piece('lasted until dawn, a medical source said.', 56, 700, 200)]),
    ]);
    expect(text).toBe(
      'Clashes broke out near Gharyan on Monday evening between the two sides, and three fighters were ' +
        'killed in the fighting that lasted until dawn, a medical source said.',
    );
  });
});

describe('reading typeset PDFs', () => {
  it('reads an Arabic PDF stored in visual order back in reading order, one paragraph each', async () => {
    const paragraphs = [
      'قتل أربعة مسلحين في غارة بطائرة مسيرة استهدفت رتلا عسكريا قرب مدينة ترهونة يوم الأحد، بحسب مصدر أمني.',
      'وسقطت صواريخ غراد مساء الاثنين على شارع سكني في منطقة أبوسليم بالعاصمة طرابلس.',
    ];
    const result = await readPdf(
      buildTypesetPdf('قصف في طرابلس', paragraphs, { rightToLeft: true, footer: '- {page} -' }),
      'tripoli.pdf',
    );
    expect(result.articles[0]?.text).toBe(['قصف في طرابلس', ...paragraphs].join('\n\n'));
    expect(result.articles[0]?.title).toBe('قصف في طرابلس');
  });

  it('reads a three-page English PDF with a header and page numbers as the text it was set from', async () => {
    const paragraphs = [
      'A drone strike hit a military convoy near Tarhuna on Sunday, killing four fighters, according to a local security official who spoke on condition of anonymity.',
      'On Monday, Grad rockets fell on a residential street in the Abu Salim district of Tripoli, killing two civilians and wounding five others, the health ministry said.',
    ];
    const result = await readPdf(
      buildTypesetPdf('Strikes around Tripoli', paragraphs, {
        hyphenate: true,
        header: 'Libya Monitor',
        footer: 'Page {page} of {pages}',
        linesPerPage: 2,
      }),
      'tripoli.pdf',
    );
    expect(result.articles[0]?.text).toBe(['Strikes around Tripoli', ...paragraphs].join('\n\n'));
  });
});
