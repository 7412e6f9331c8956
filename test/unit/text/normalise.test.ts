import { describe, it, expect } from 'vitest';
import { normalise, normaliseTerm, toOriginalSpan } from '../../../src/pipeline/text/normalise.ts';

function folded(text: string): string {
  return normalise(text).text;
}

/** The original text behind the first occurrence of `needle` (already normalised) in the normalised text. */
function originalOf(original: string, needle: string): string {
  const n = normalise(original);
  const at = n.text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in "${n.text}"`);
  const span = toOriginalSpan(n, at, at + needle.length);
  return original.slice(span.start, span.end);
}

describe('normalise: Arabic spelling variants meet', () => {
  it('folds أميركية and أمريكية to forms that differ only by the letter the outlets differ on', () => {
    expect(folded('أميركية')).toBe('اميركيه');
    expect(folded('أمريكية')).toBe('امريكيه');
  });
  it('folds إفريقيا and أفريقيا to one form', () => {
    expect(folded('إفريقيا')).toBe(folded('أفريقيا'));
  });
  it('folds الإرهابي and الارهابي to one form', () => {
    expect(folded('الإرهابي')).toBe(folded('الارهابي'));
  });
  it('folds alef madda آ to bare alef', () => {
    expect(folded('آمرلي')).toBe('امرلي');
  });
  it('folds alef wasla ٱ to bare alef', () => {
    expect(folded('ٱلله')).toBe('الله');
  });
  it('folds alef maqsura to ya (مستشفى / مستشفي)', () => {
    expect(folded('مستشفى')).toBe(folded('مستشفي'));
  });
  it('folds taa marbuta to ha (مدينة / مدينه)', () => {
    expect(folded('مدينة')).toBe(folded('مدينه'));
  });
  it('folds hamza on waw (مسؤول / مسوول)', () => {
    expect(folded('مسؤول')).toBe('مسوول');
  });
  it('folds hamza on ya (رئيس / ريس) and so meets مسئول with مسؤول', () => {
    expect(folded('رئيس')).toBe('رييس');
    expect(folded('مسئول')).toBe('مسيول');
  });
  it('keeps the bare hamza ء', () => {
    expect(folded('أبناء')).toBe('ابناء');
  });
  it('folds Persian ی and ک typed into Arabic copy', () => {
    expect(folded('کتیبة')).toBe(folded('كتيبة'));
  });
  it('folds the Maghrebi ڨ to ق', () => {
    expect(folded('ڨابس')).toBe('قابس');
  });
});

describe('normalise: diacritics and tatweel', () => {
  it('removes damma from ونُفذ', () => {
    expect(folded('ونُفذ')).toBe('ونفذ');
  });
  it('removes shadda, fatha and tanween', () => {
    expect(folded('مسلّحاً')).toBe('مسلحا');
  });
  it('removes kasratan and sukun', () => {
    expect(folded('بِمدينةٍ مْ')).toBe('بمدينه م');
  });
  it('removes the superscript alef', () => {
    expect(folded('هٰذا')).toBe('هذا');
  });
  it('removes tatweel inside a word', () => {
    expect(folded('طـــرابلس')).toBe('طرابلس');
  });
  it('removes a hamza written as a combining mark', () => {
    expect(folded('ا\u0654')).toBe('ا');
  });
});

describe('normalise: digits', () => {
  it('folds Eastern Arabic digits ١٩ to 19', () => {
    expect(folded('١٩ سبتمبر')).toBe('19 سبتمبر');
  });
  it('folds Persian digits ۱۹ to 19', () => {
    expect(folded('۱۹')).toBe('19');
  });
  it('folds every Arabic-Indic digit', () => {
    expect(folded('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });
  it('folds the Arabic decimal and thousands separators', () => {
    expect(folded('١٬٥٠٠ و٢٫٥')).toBe('1,500 و2.5');
  });
  it('folds the Arabic percent sign', () => {
    expect(folded('٣٠٪')).toBe('30%');
  });
});

describe('normalise: whitespace and invisible characters', () => {
  it('turns a non-breaking space into a space', () => {
    expect(folded('مدينة\u00a0سرت')).toBe('مدينه سرت');
  });
  it('collapses a run of spaces and tabs into one space', () => {
    expect(folded('قتل  \t  11')).toBe('قتل 11');
  });
  it('removes a zero-width space, so the words read as the reader sees them', () => {
    expect(folded('الأمم\u200bالمتحدة')).toBe('الاممالمتحده');
  });
  it('removes zero-width non-joiner and joiner', () => {
    expect(folded('سر\u200cت\u200d')).toBe('سرت');
  });
  it('removes right-to-left and left-to-right marks', () => {
    expect(folded('\u200fسرت\u200e')).toBe('سرت');
  });
  it('removes bidi embeddings and isolates', () => {
    expect(folded('\u202bسرت\u202c \u2067درنة\u2069')).toBe('سرت درنه');
  });
  it('removes a byte order mark at the start', () => {
    expect(folded('\ufeffTripoli')).toBe('tripoli');
  });
  it('removes a soft hyphen inside a word', () => {
    expect(folded('Trip\u00adoli')).toBe('tripoli');
  });
  it('keeps a single line break', () => {
    expect(folded('عنوان\nنص')).toBe('عنوان\nنص');
  });
  it('treats \\r\\n as one line break', () => {
    expect(folded('a\r\nb')).toBe('a\nb');
  });
  it('treats a lone \\r as a line break', () => {
    expect(folded('a\rb')).toBe('a\nb');
  });
  it('collapses blank lines into one paragraph break', () => {
    expect(folded('a\n\n\n\nb')).toBe('a\n\nb');
  });
  it('keeps a paragraph break made of \\r\\n pairs', () => {
    expect(folded('a\r\n\r\nb')).toBe('a\n\nb');
  });
  it('drops spaces around a line break', () => {
    expect(folded('a  \n   b')).toBe('a\nb');
  });
  it('treats a line with only spaces as blank', () => {
    expect(folded('a\n   \nb')).toBe('a\n\nb');
  });
  it('treats the Unicode line and paragraph separators as line breaks', () => {
    expect(folded('a\u2028b\u2029c')).toBe('a\nb\nc');
  });
  it('treats the ideographic and narrow no-break spaces as spaces', () => {
    expect(folded('a\u3000b\u202fc')).toBe('a b c');
  });
  it('keeps a leading space so offsets stay simple', () => {
    expect(folded('  a')).toBe(' a');
  });
  it('returns an empty text for an empty input', () => {
    const n = normalise('');
    expect(n.text).toBe('');
    expect(Array.from(n.toOriginal)).toEqual([0]);
  });
});

describe('normalise: Latin text', () => {
  it('lower-cases English', () => {
    expect(folded('TRIPOLI (Reuters)')).toBe('tripoli (reuters)');
  });
  it('strips accents', () => {
    expect(folded('Émile Ghadāmis Benghâzi')).toBe('emile ghadamis benghazi');
  });
  it('folds the Turkish dotted capital I to i', () => {
    expect(folded('İzmir')).toBe('izmir');
  });
  it('folds full-width letters and digits', () => {
    expect(folded('ＡＢＣ１２')).toBe('abc12');
  });
  it('folds the typographic apostrophe', () => {
    expect(folded('Libya’s')).toBe("libya's");
  });
  it('keeps other punctuation and Arabic punctuation as is', () => {
    expect(folded('«سرت»، درنة؛ لماذا؟ "x"')).toBe('«سرت»، درنه؛ لماذا؟ "x"');
  });
  it('expands the Latin ligature ﬁ', () => {
    expect(folded('ﬁghters')).toBe('fighters');
  });
});

describe('normalise: presentation forms', () => {
  it('expands the lam-alef ligature to two letters', () => {
    expect(folded('ﻻ')).toBe('لا');
  });
  it('folds isolated and final presentation forms to letters', () => {
    expect(folded('\ufe8d\ufedf')).toBe('ال');
  });
  it('folds a presentation-form alef with hamza to bare alef', () => {
    expect(folded('\ufe83')).toBe('ا');
  });
});

describe('normalise: surrogates', () => {
  it('copies an emoji unchanged', () => {
    expect(folded('سرت 🇱🇾')).toBe('سرت 🇱🇾');
  });
  it('replaces a lone surrogate with U+FFFD', () => {
    expect(folded('a\ud800b')).toBe('a\ufffdb');
  });
});

describe('normalise: offset map', () => {
  it('has one entry per normalised character plus the end', () => {
    const n = normalise('ونُفذ الهجوم');
    expect(n.toOriginal.length).toBe(n.text.length + 1);
    expect(n.toOriginal[n.text.length]).toBe('ونُفذ الهجوم'.length);
  });
  it('highlights a word with its diacritics in the original', () => {
    expect(originalOf('ثم ونُفذَ الهجوم', 'ونفذ')).toBe('ونُفذَ');
  });
  it('highlights a word written with tatweel', () => {
    expect(originalOf('مدينة طـــرابلس اليوم', 'طرابلس')).toBe('طـــرابلس');
  });
  it('highlights a place written with hamza and taa marbuta', () => {
    expect(originalOf('قرب الزاوية.', 'الزاويه')).toBe('الزاوية');
  });
  it('highlights Eastern Arabic digits', () => {
    expect(originalOf('قتل ١٩ شخصا', '19')).toBe('١٩');
  });
  it('highlights across a collapsed run of spaces', () => {
    expect(originalOf('مدينة   سرت', 'مدينه سرت')).toBe('مدينة   سرت');
  });
  it('highlights a headline without the line break after it', () => {
    expect(originalOf('غارة على سرت   \n\nنص', 'غاره علي سرت')).toBe('غارة على سرت');
  });
  it('highlights both letters of a lam-alef ligature as the ligature', () => {
    expect(originalOf('ﻻ شيء', 'لا')).toBe('ﻻ');
  });
  it('highlights half of a ligature as the whole ligature', () => {
    const n = normalise('ﻻ');
    expect(toOriginalSpan(n, 0, 1)).toEqual({ start: 0, end: 1 });
  });
  it('clamps spans outside the text', () => {
    const n = normalise('سرت');
    expect(toOriginalSpan(n, -5, 99)).toEqual({ start: 0, end: 3 });
  });
  it('returns an empty span for an empty range', () => {
    const n = normalise('سرت درنة');
    expect(toOriginalSpan(n, 2, 2)).toEqual({ start: 2, end: 2 });
  });
  it('maps a normalised range to a non-decreasing original range', () => {
    const n = normalise('a\u200b\u200bb  c\r\n\r\n\r\nd');
    for (let index = 1; index < n.toOriginal.length; index++) {
      expect(n.toOriginal[index]).toBeGreaterThanOrEqual(n.toOriginal[index - 1] as number);
    }
  });
  it('handles texts long enough to need the chunked paths', () => {
    const original = 'الأممُ المتحدة ﻻ '.repeat(5000);
    const n = normalise(original);
    expect(n.text.startsWith('الامم المتحده لا ')).toBe(true);
    expect(n.toOriginal.length).toBe(n.text.length + 1);
  });
});

describe('normaliseTerm', () => {
  it('folds a gazetteer entry like the text', () => {
    expect(normaliseTerm('الزاوية')).toBe('الزاويه');
  });
  it('trims and joins lines', () => {
    expect(normaliseTerm('  بني \n وليد  ')).toBe('بني وليد');
  });
  it('folds an English entry', () => {
    expect(normaliseTerm('Bani Walid')).toBe('bani walid');
  });
  it('returns an empty string for whitespace only', () => {
    expect(normaliseTerm(' \n\t ')).toBe('');
  });
});
