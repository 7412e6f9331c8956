import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normaliseTerm } from '../../../src/pipeline/text/normalise.ts';
import { PhraseMatcher } from '../../../src/pipeline/text/phrase-matcher.ts';
import {
  PREFIXES_BEFORE_ALEFLESS_ARTICLE,
  PREFIXES_BEFORE_ARTICLE,
  PREFIXES_BEFORE_BARE_WORD,
  startsWithArticle,
} from '../../../src/pipeline/text/clitics.ts';
import { isArabicLetterCode, isWordCode } from '../../../src/pipeline/text/word-characters.ts';

const PHRASES = [
  'سرت',
  'الزاويه',
  'ليبيا',
  'بني وليد',
  'وليد',
  'غاره',
  'الغاره',
  'tripoli',
  'al watiya',
  'ب',
];

/** The same rules, written the slow and obvious way: every occurrence of every phrase, checked. */
function reference(text: string): string[] {
  const found: string[] = [];
  const readable = text.split('\n').join(' ');
  for (const phrase of PHRASES.map(normaliseTerm)) {
    const arabic = isArabicLetterCode(phrase.charCodeAt(0));
    const article = arabic && startsWithArticle(phrase);
    const variants: [string, ReadonlySet<string>][] = [
      [phrase, !arabic ? new Set(['']) : article ? PREFIXES_BEFORE_ARTICLE : PREFIXES_BEFORE_BARE_WORD],
    ];
    if (article) variants.push([phrase.slice(1), PREFIXES_BEFORE_ALEFLESS_ARTICLE]);
    for (const [form, prefixes] of variants) {
      for (let start = readable.indexOf(form); start >= 0; start = readable.indexOf(form, start + 1)) {
        const end = start + form.length;
        if (end < text.length && isWordCode(text.charCodeAt(end))) continue;
        let wordStart = start;
        while (wordStart > 0 && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
        const prefix = text.slice(wordStart, start);
        if (prefixes.has(prefix)) found.push(`${start}:${end}:${phrase}:${prefix}`);
      }
    }
  }
  return found.sort();
}

const piece = fc.constantFrom(
  ...PHRASES,
  ' ',
  ' ',
  '\n',
  '،',
  '.',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ال',
  'لل',
  'بال',
  'وال',
  'م',
  'ها',
  'x',
  '-',
);

describe('PhraseMatcher agrees with a brute-force reading of the same rules', () => {
  const matcher = new PhraseMatcher(PHRASES.map((phrase) => [phrase, normaliseTerm(phrase)] as const));

  it('agrees on a text full of clitics (and the reference does find them)', () => {
    const text = normaliseTerm('لسرت وبالزاوية، للزاوية وللغارة بني وليد. Tripoli al watiya مسرت');
    const expected = reference(text);
    expect(expected.length).toBe(9);
    expect(
      matcher
        .findAll(text)
        .map((match) => `${match.start}:${match.end}:${match.value}:${match.prefix}`)
        .sort(),
    ).toEqual(expected);
  });

  it('finds exactly the occurrences the rules allow', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const actual = matcher
          .findAll(text)
          .map((match) => `${match.start}:${match.end}:${match.value}:${match.prefix}`)
          .sort();
        expect(actual).toEqual(reference(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('with glued words allowed, still finds every ordinary match', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const glued = new Set(
          matcher
            .findAll(text, { allowGlued: true })
            .filter((match) => !match.glued)
            .map((match) => `${match.start}:${match.end}:${match.value}:${match.prefix}`),
        );
        for (const expected of reference(text)) expect(glued.has(expected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
