import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../../src/pipeline/text/language.ts';

describe('detectLanguage', () => {
  it('recognises an Arabic article', () => {
    expect(detectLanguage('قتل 11 عنصرا من تنظيم الدولة في غارة أمريكية على سرت.')).toBe('ar');
  });
  it('recognises Arabic with a few English names inside', () => {
    expect(
      detectLanguage('قالت القيادة الأمريكية في أفريقيا AFRICOM إن الغارة نفذت بطائرة MQ-9 Reaper قرب سرت.'),
    ).toBe('ar');
  });
  it('recognises Arabic with diacritics and Eastern Arabic digits', () => {
    expect(detectLanguage('ونُفِّذَت الغارةُ في ١٩ سبتمبر')).toBe('ar');
  });
  it('recognises Arabic typed with a few Persian letters', () => {
    expect(detectLanguage('قتل عنصران في غارة على مدينة سرت الليبية یوم الأحد الماضي قرب الساحل')).toBe('ar');
  });
  it('recognises an English wire story', () => {
    expect(detectLanguage('TRIPOLI (Reuters) - U.S. forces struck an Islamic State camp near Sirte.')).toBe(
      'en',
    );
  });
  it('recognises an English headline without function words', () => {
    expect(detectLanguage('Libya: Haftar forces advance')).toBe('en');
  });
  it('recognises English with an Arabic quotation', () => {
    expect(
      detectLanguage('The banner read "الله أكبر" as fighters entered the town of Sirte on Sunday.'),
    ).toBe('en');
  });
  it('reads French as other', () => {
    expect(
      detectLanguage("Les forces de l'ANL ont lancé une offensive sur la ville de Syrte selon les médias."),
    ).toBe('other');
  });
  it('reads Italian as other', () => {
    expect(
      detectLanguage('Le forze del governo di Tripoli sono entrate nella città di Sirte secondo la stampa.'),
    ).toBe('other');
  });
  it('reads Spanish as other', () => {
    expect(detectLanguage('Las fuerzas del gobierno entraron en la ciudad de Sirte según los medios.')).toBe(
      'other',
    );
  });
  it('reads German as other', () => {
    expect(
      detectLanguage(
        'Die Truppen der Regierung sind in die Stadt Sirte eingedrungen und haben sie eingenommen.',
      ),
    ).toBe('other');
  });
  it('reads Persian as other', () => {
    expect(detectLanguage('نیروهای دولتی وارد شهر سرت شدند و گروه تروریستی را شکست دادند.')).toBe('other');
  });
  it('reads Russian as other', () => {
    expect(detectLanguage('Правительственные войска вошли в город Сирт.')).toBe('other');
  });
  it('reads an empty text as other', () => {
    expect(detectLanguage('')).toBe('other');
  });
  it('reads digits and punctuation only as other', () => {
    expect(detectLanguage('12345 !!! ...')).toBe('other');
  });
});
