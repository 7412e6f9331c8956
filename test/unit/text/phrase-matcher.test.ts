import { describe, it, expect } from 'vitest';
import { normalise } from '../../../src/pipeline/text/normalise.ts';
import { PhraseMatcher, longestNonOverlapping } from '../../../src/pipeline/text/phrase-matcher.ts';
import type { PhraseMatch } from '../../../src/pipeline/text/phrase-matcher.ts';

const places = new PhraseMatcher<string>([
  ['مرزق', 'murzuq'],
  ['سرت', 'sirte'],
  ['الزاوية', 'zawiya'],
  ['الوشكة', 'washka'],
  ['طرابلس', 'tripoli'],
  ['واشنطن', 'washington'],
  ['بني وليد', 'bani-walid'],
  ['وليد', 'walid'],
  ['ليبيا', 'libya'],
  ['الأمم المتحدة', 'un'],
  ['درنة', 'derna'],
  ['Tripoli', 'tripoli-en'],
  ['Bani Walid', 'bani-walid-en'],
  ['U.S. military', 'us-military'],
]);

const triggers = new PhraseMatcher<string>([
  ['غارة', 'strike'],
  ['غارات', 'strikes'],
  ['قصف', 'shelling'],
  ['اشتباكات', 'clashes'],
  ['airstrike', 'strike-en'],
]);

function found(
  matcher: PhraseMatcher<string>,
  original: string,
  allowGlued = false,
): { text: string; value: string; prefix: string; glued: boolean }[] {
  const text = normalise(original).text;
  return matcher.findAll(text, { allowGlued }).map((match) => ({
    text: text.slice(match.start, match.end),
    value: match.value,
    prefix: match.prefix,
    glued: match.glued,
  }));
}

function values(matcher: PhraseMatcher<string>, original: string, allowGlued = false): string[] {
  return found(matcher, original, allowGlued).map((match) => match.value);
}

describe('PhraseMatcher: clitics on places', () => {
  it('finds مرزق after بمدينة', () => {
    expect(values(places, 'غارة بمدينة مرزق')).toEqual(['murzuq']);
  });
  it('finds سرت with the preposition ل (لسرت)', () => {
    expect(found(places, 'توجهت القوات لسرت')).toEqual([
      { text: 'سرت', value: 'sirte', prefix: 'ل', glued: false },
    ]);
  });
  it('finds سرت with the preposition ب (بسرت)', () => {
    expect(found(places, 'اشتباكات بسرت')[0]?.prefix).toBe('ب');
  });
  it('finds سرت with the conjunction و (وسرت)', () => {
    expect(found(places, 'طرابلس وسرت')[1]).toMatchObject({ value: 'sirte', prefix: 'و' });
  });
  it('finds سرت with the conjunction ف (فسرت)', () => {
    expect(found(places, 'فسرت')[0]).toMatchObject({ value: 'sirte', prefix: 'ف' });
  });
  it('finds سرت with two clitics (وبسرت)', () => {
    expect(found(places, 'وبسرت')[0]).toMatchObject({ value: 'sirte', prefix: 'وب' });
  });
  it('finds الزاوية after the conjunction (والزاوية)', () => {
    expect(found(places, 'طرابلس والزاوية')[1]).toMatchObject({ value: 'zawiya', prefix: 'و' });
  });
  it('finds الزاوية after the preposition ب (بالزاوية)', () => {
    expect(found(places, 'بالزاوية')[0]).toMatchObject({ value: 'zawiya', prefix: 'ب' });
  });
  it('finds الزاوية after the preposition ل, where the alef drops (للزاوية)', () => {
    expect(found(places, 'للزاوية')[0]).toMatchObject({ value: 'zawiya', prefix: 'ل' });
  });
  it('finds الزاوية in وللزاوية', () => {
    expect(found(places, 'وللزاوية')[0]).toMatchObject({ value: 'zawiya', prefix: 'ول' });
  });
  it('finds الزاوية in وبالزاوية', () => {
    expect(found(places, 'وبالزاوية')[0]).toMatchObject({ value: 'zawiya', prefix: 'وب' });
  });
  it('finds الوشكة in بالوشكة', () => {
    expect(values(places, 'بالوشكة')).toEqual(['washka']);
  });
  it('finds ليبيا in لليبيا (preposition ل on a word starting with ل)', () => {
    expect(found(places, 'زيارة لليبيا')[0]).toMatchObject({ value: 'libya', prefix: 'ل' });
  });
  it('finds a place spelt with taa marbuta as ha (درنه)', () => {
    expect(values(places, 'في درنه')).toEqual(['derna']);
  });
  it('finds a place written with diacritics and tatweel', () => {
    expect(values(places, 'في سِـرت')).toEqual(['sirte']);
  });
  it('finds a place right before Arabic punctuation', () => {
    expect(values(places, 'سرت، ودرنة؛')).toEqual(['sirte', 'derna']);
  });
  it('finds a place inside «» quotes', () => {
    expect(values(places, '«سرت»')).toEqual(['sirte']);
  });
  it('finds a place before a full stop with no space after it', () => {
    expect(values(places, 'في سرت.قتل')).toEqual(['sirte']);
  });
});

describe('PhraseMatcher: no match inside unrelated words', () => {
  it('does not find سرت inside السرتاوي (longer word)', () => {
    expect(values(places, 'قال السرتاوي')).toEqual([]);
  });
  it('does not find سرت inside كسرتها (a suffix follows)', () => {
    expect(values(places, 'كسرتها')).toEqual([]);
  });
  it('does not find سرت after letters that are not clitics (مسرت)', () => {
    expect(values(places, 'مسرت')).toEqual([]);
  });
  it('does not accept an article before a phrase that has one (الالزاوية)', () => {
    expect(values(places, 'الالزاوية')).toEqual([]);
  });
  it('does not find the alef-less form without the preposition (لزاوية alone is not الزاوية)', () => {
    expect(values(places, 'لزاوية')).toEqual([]);
  });
  it('does not find Tripoli inside Tripolitania', () => {
    expect(values(places, 'Tripolitania')).toEqual([]);
  });
  it('does not let an English phrase take Arabic-style clitics (xtripoli)', () => {
    expect(values(places, 'btripoli')).toEqual([]);
  });
  it('does not find غارة inside غاراتها', () => {
    expect(values(triggers, 'غاراتها')).toEqual([]);
  });
  it('does not find a glued word unless asked', () => {
    expect(values(places, 'واشنطنطرابلس')).toEqual([]);
  });
});

describe('PhraseMatcher: triggers with the article', () => {
  it('finds غارة in الغارة', () => {
    expect(found(triggers, 'الغارة')[0]).toMatchObject({ value: 'strike', prefix: 'ال' });
  });
  it('finds غارة in بالغارة', () => {
    expect(found(triggers, 'بالغارة')[0]).toMatchObject({ prefix: 'بال' });
  });
  it('finds غارة in للغارة', () => {
    expect(found(triggers, 'للغارة')[0]).toMatchObject({ prefix: 'لل' });
  });
  it('finds غارة in وبالغارة', () => {
    expect(found(triggers, 'وبالغارة')[0]).toMatchObject({ prefix: 'وبال' });
  });
  it('finds غارة in كالغارة', () => {
    expect(found(triggers, 'كالغارة')[0]).toMatchObject({ prefix: 'كال' });
  });
  it('finds غارات in والغارات, not غارة', () => {
    expect(values(triggers, 'والغارات')).toEqual(['strikes']);
  });
  it('finds قصف in وقصف', () => {
    expect(values(triggers, 'وقصف')).toEqual(['shelling']);
  });
  it('finds an English trigger whatever its case', () => {
    expect(values(triggers, 'An AIRSTRIKE hit')).toEqual(['strike-en']);
  });
});

describe('PhraseMatcher: several words, overlaps and values', () => {
  it('finds a two-word place and the one-word place inside it', () => {
    expect(values(places, 'في بني وليد')).toEqual(['bani-walid', 'walid']);
  });
  it('keeps the longer of overlapping matches', () => {
    const text = normalise('في بني وليد').text;
    expect(longestNonOverlapping(places.findAll(text)).map((match) => match.value)).toEqual(['bani-walid']);
  });
  it('finds a two-word phrase across a line break', () => {
    expect(values(places, 'بني\nوليد')).toContain('bani-walid');
  });
  it('finds a two-word phrase across several spaces', () => {
    expect(values(places, 'بني    وليد')).toContain('bani-walid');
  });
  it('finds a two-word English phrase', () => {
    expect(values(places, 'near Bani Walid')).toEqual(['bani-walid-en']);
  });
  it('finds a phrase with punctuation inside it', () => {
    expect(values(places, 'The U.S. military said')).toEqual(['us-military']);
  });
  it('finds الأمم المتحدة spelt with hamza or without', () => {
    expect(values(places, 'الامم المتحدة')).toEqual(['un']);
  });
  it('returns one match per value when values share a phrase', () => {
    const matcher = new PhraseMatcher<string>([
      ['طرابلس', 'tripoli-libya'],
      ['طرابلس', 'tripoli-lebanon'],
    ]);
    expect(matcher.findAll(normalise('في طرابلس').text).map((match) => match.value)).toEqual([
      'tripoli-libya',
      'tripoli-lebanon',
    ]);
  });
  it('treats spelling variants of one phrase as one phrase', () => {
    const matcher = new PhraseMatcher<number>([
      ['أمريكية', 1],
      ['امريكيه', 2],
    ]);
    expect(matcher.size).toBe(1);
    expect(matcher.findAll(normalise('غارة أمريكية').text).map((match) => match.value)).toEqual([1, 2]);
  });
  it('finds repeated occurrences', () => {
    expect(values(places, 'سرت ثم سرت ثم لسرت')).toEqual(['sirte', 'sirte', 'sirte']);
  });
  it('reports spans in the normalised text', () => {
    const text = normalise('بمدينة مرزق').text;
    const [match] = places.findAll(text);
    expect(match && text.slice(match.start, match.end)).toBe('مرزق');
  });
  it('ignores empty phrases', () => {
    const matcher = new PhraseMatcher<number>([
      ['', 1],
      ['  ', 2],
    ]);
    expect(matcher.size).toBe(0);
    expect(matcher.findAll('any text')).toEqual([]);
  });
  it('returns nothing for an empty text', () => {
    expect(places.findAll('')).toEqual([]);
  });
});

describe('PhraseMatcher: glued words', () => {
  it('splits واشنطنطرابلس into two known places', () => {
    expect(found(places, 'واشنطنطرابلس', true)).toEqual([
      { text: 'واشنطن', value: 'washington', prefix: '', glued: true },
      { text: 'طرابلس', value: 'tripoli', prefix: '', glued: true },
    ]);
  });
  it('finds الأمم المتحدة written as الأممالمتحدة', () => {
    expect(found(places, 'أعلنت الأممالمتحدة', true)).toEqual([
      { text: 'الاممالمتحده', value: 'un', prefix: '', glued: true },
    ]);
  });
  it('splits a glued pair whose first part carries a clitic (وسرتطرابلس)', () => {
    expect(found(places, 'وسرتطرابلس', true).map((match) => [match.value, match.prefix])).toEqual([
      ['sirte', 'و'],
      ['tripoli', ''],
    ]);
  });
  it('does not split a word whose front part is not a known phrase', () => {
    expect(values(places, 'مطرابلس', true)).toEqual([]);
  });
  it('still finds ordinary matches when glued words are allowed', () => {
    expect(found(places, 'لسرت', true)).toEqual([{ text: 'سرت', value: 'sirte', prefix: 'ل', glued: false }]);
  });
});

describe('longestNonOverlapping', () => {
  const match = (start: number, end: number, value: string): PhraseMatch<string> => ({
    start,
    end,
    value,
    prefix: '',
    glued: false,
  });
  it('keeps disjoint matches in text order', () => {
    expect(longestNonOverlapping([match(5, 8, 'b'), match(0, 3, 'a')]).map((m) => m.value)).toEqual([
      'a',
      'b',
    ]);
  });
  it('drops a shorter match inside a longer one', () => {
    expect(longestNonOverlapping([match(0, 3, 'a'), match(0, 8, 'b')]).map((m) => m.value)).toEqual(['b']);
  });
  it('keeps the earlier of two equally long overlapping matches', () => {
    expect(longestNonOverlapping([match(2, 6, 'b'), match(0, 4, 'a')]).map((m) => m.value)).toEqual(['a']);
  });
  it('keeps every value of the same span', () => {
    expect(longestNonOverlapping([match(0, 4, 'a'), match(0, 4, 'b')]).map((m) => m.value)).toEqual([
      'a',
      'b',
    ]);
  });
  it('returns an empty list for no matches', () => {
    expect(longestNonOverlapping([])).toEqual([]);
  });
});
