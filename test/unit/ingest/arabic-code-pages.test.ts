/**
 * Arabic files that are not UTF-8: Windows-1256 and ISO-8859-6 agree on the letters ء to ض and differ above, so a
 * file in one read as the other gives plausible-looking garbage. The detector must tell them apart from the text's
 * statistics, read UTF-16 without a byte-order mark, and warn when it cannot be sure.
 */
import { describe, expect, it } from 'vitest';
import { arabicDecodingScore, decodeText } from '../../../src/pipeline/ingest/encoding';
import { ingestAnyFile } from '../../../src/pipeline/ingest/formats/any-file';
import { encodeSingleByte, utf16 } from './legacy-bytes';

/** Short reports of our own wording, of different lengths and subjects. */
const REPORTS = [
  'قال مصدر أمني إن اشتباكات عنيفة اندلعت مساء الجمعة في مدينة الزاوية بين مجموعتين مسلحتين، ما أدى إلى مقتل ثلاثة أشخاص.',
  'سقطت قذائف هاون على حي سكني في منطقة عين زارة جنوب العاصمة طرابلس، وأصيب خمسة مدنيين بينهم طفلان.',
  'أعلنت قوات حكومة الوفاق سيطرتها على مدينة ترهونة بعد معارك استمرت عدة أيام.',
  'استهدفت غارة جوية رتلا عسكريا قرب سرت يوم الأحد، وفق ما ذكره المتحدث باسم الجيش.',
  'نزحت عشرات العائلات من الضواحي الجنوبية للعاصمة خلال الأسبوع الماضي بسبب القصف العشوائي.',
];

describe('telling Windows-1256 from ISO-8859-6', () => {
  for (const [index, report] of REPORTS.entries()) {
    it(`reads report ${index + 1} saved in either code page as the Arabic it is`, () => {
      const windows = decodeText(encodeSingleByte(report, 'windows-1256'), 'w.txt');
      expect(windows.encoding).toBe('windows-1256');
      expect(windows.text).toBe(report);
      const iso = decodeText(encodeSingleByte(report, 'iso-8859-6'), 'i.txt');
      expect(iso.encoding).toBe('iso-8859-6');
      expect(iso.text).toBe(report);
      expect(iso.diagnostics[0]).toMatchObject({ severity: 'info', message: /ISO-8859-6/ });
    });
  }

  it('scores the right reading above the wrong one: articles kept, no accented Latin letters', () => {
    const bytes = encodeSingleByte(REPORTS[0] as string, 'iso-8859-6');
    const right = arabicDecodingScore(new TextDecoder('iso-8859-6').decode(bytes));
    const wrong = arabicDecodingScore(new TextDecoder('windows-1256').decode(bytes));
    expect(right.articles).toBeGreaterThan(wrong.articles);
    expect(right.impossible).toBe(0);
    expect(wrong.impossible).toBeGreaterThan(0);
  });

  it('needs no choice when the text uses only the letters both code pages share', () => {
    const shared = 'جرح شخص';
    const result = decodeText(encodeSingleByte(shared, 'iso-8859-6'));
    expect(result.text).toBe(shared);
    expect(result.diagnostics[0]?.severity).toBe('info');
  });

  it('warns, naming both code pages, when the statistics cannot decide', () => {
    // Two letters that differ (ن read as ل or ل as ف) and no definite article: nothing to go by.
    const result = decodeText(encodeSingleByte('جرح حسن', 'windows-1256'), 'short.txt');
    expect(result.diagnostics[0]).toMatchObject({
      severity: 'warning',
      code: 'encoding-unsure',
      file: 'short.txt',
      message: expect.stringMatching(/Windows-1256.*ISO-8859-6|ISO-8859-6.*Windows-1256/),
    });
  });

  it('gives the same events for an ISO-8859-6 file as for its UTF-8 original', async () => {
    const report = `اشتباكات في الزاوية\n\n${REPORTS[0]}`;
    const iso = await ingestAnyFile(encodeSingleByte(report, 'iso-8859-6'), 'zawiya.txt');
    const utf8 = await ingestAnyFile(new TextEncoder().encode(report), 'zawiya.txt');
    expect(iso.articles[0]?.text).toBe(utf8.articles[0]?.text);
    expect(iso.articles[0]?.title).toBe('اشتباكات في الزاوية');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  for (const order of ['le', 'be'] as const) {
    it(`reads Arabic and English in UTF-16${order.toUpperCase()} without a mark, instead of calling it binary`, () => {
      for (const text of [REPORTS[1] as string, 'Clashes broke out in Zawiya on Friday, killing three.']) {
        const result = decodeText(utf16(`${text}\n`, order, false), 'report.txt');
        expect(result.encoding).toBe(`utf-16${order}`);
        expect(result.text).toBe(`${text}\n`);
      }
    });
  }

  it('still refuses a binary file', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251);
    expect(decodeText(bytes).text).toBeNull();
  });
});
