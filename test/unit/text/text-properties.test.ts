import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalise, toOriginalSpan } from '../../../src/pipeline/text/normalise.ts';
import { PhraseMatcher, longestNonOverlapping } from '../../../src/pipeline/text/phrase-matcher.ts';
import { splitClauses, splitSentences } from '../../../src/pipeline/text/sentences.ts';
import { findNumbers } from '../../../src/pipeline/text/numbers.ts';
import { findDates } from '../../../src/pipeline/text/dates.ts';
import { detectLanguage } from '../../../src/pipeline/text/language.ts';
import { isWordCode } from '../../../src/pipeline/text/word-characters.ts';

/** Pieces of news text mixed with arbitrary Unicode, so the parsers see both. */
const piece = fc.constantFrom(
  ' ',
  '\n',
  '\n\n',
  '.',
  '،',
  '؟',
  '«',
  '»',
  '"',
  '/',
  '-',
  ':',
  '19',
  '2016',
  '١٩',
  'سبتمبر',
  'أيلول',
  'الثلاثاء',
  'أمس',
  'الماضي',
  'منذ',
  'أسبوعين',
  'قتل',
  'ما لا يقل عن',
  '43',
  'مسلحا',
  'ثلاثة',
  'وعشرين',
  'عشرات',
  'بين',
  'و7',
  'سرت',
  'لسرت',
  'بالزاوية',
  'للزاوية',
  'واشنطنطرابلس',
  'TRIPOLI (Reuters) -',
  'طرابلس - «الجزيرة»:',
  'at least',
  'killed',
  'Sept.',
  'U.S.',
  'رمضان',
  'هـ',
  '1437',
);
const text = fc
  .array(
    fc.oneof(
      piece,
      piece,
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));
const published = fc.oneof(
  fc.constant(null),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);

const matcher = new PhraseMatcher<string>([
  ['سرت', 'sirte'],
  ['الزاوية', 'zawiya'],
  ['طرابلس', 'tripoli'],
  ['واشنطن', 'washington'],
  ['بني وليد', 'bani-walid'],
  ['Tripoli', 'tripoli-en'],
  ['ما لا يقل', 'qualifier'],
]);

describe('text core: properties on random input', () => {
  it('phrase matches lie inside the text, at word boundaries, and round-trip to the original', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (original, allowGlued) => {
        const n = normalise(original);
        const matches = matcher.findAll(n.text, { allowGlued });
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeLessThanOrEqual(n.text.length);
          expect(match.end).toBeGreaterThan(match.start);
          if (!match.glued && match.end < n.text.length) {
            expect(isWordCode(n.text.charCodeAt(match.end))).toBe(false);
          }
          const before = match.start - match.prefix.length;
          expect(n.text.slice(before, match.start)).toBe(match.prefix);
          if (!match.glued && before > 0) expect(isWordCode(n.text.charCodeAt(before - 1))).toBe(false);
          const span = toOriginalSpan(n, match.start, match.end);
          expect(normalise(original.slice(span.start, span.end)).text).toContain(
            n.text.slice(match.start, match.end),
          );
        }
        const kept = longestNonOverlapping(matches);
        for (let index = 1; index < kept.length; index++) {
          const previous = kept[index - 1];
          const current = kept[index];
          if (previous === undefined || current === undefined) continue;
          const sameSpan = previous.start === current.start && previous.end === current.end;
          if (!sameSpan) expect(current.start).toBeGreaterThanOrEqual(previous.end);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('sentence segments are ordered, non-empty, inside the text and never overlap', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (original, useNormalised) => {
        const input = useNormalised ? normalise(original).text : original;
        const segments = splitSentences(input);
        let previousEnd = 0;
        for (const segment of segments) {
          expect(segment.start).toBeGreaterThanOrEqual(previousEnd);
          expect(segment.end).toBeGreaterThan(segment.start);
          expect(segment.end).toBeLessThanOrEqual(input.length);
          previousEnd = segment.end;
          let clauseEnd = segment.start;
          for (const clause of splitClauses(input, segment)) {
            expect(clause.start).toBeGreaterThanOrEqual(clauseEnd);
            expect(clause.end).toBeLessThanOrEqual(segment.end);
            expect(clause.end).toBeGreaterThan(clause.start);
            clauseEnd = clause.end;
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('numbers never throw and their spans and nouns lie inside the text', () => {
    fc.assert(
      fc.property(text, (original) => {
        const normalised = normalise(original).text;
        for (const mention of findNumbers(normalised)) {
          expect(mention.start).toBeLessThan(mention.end);
          expect(mention.end).toBeLessThanOrEqual(normalised.length);
          expect(Number.isFinite(mention.value)).toBe(true);
          if (mention.high !== null) expect(mention.high).toBeGreaterThan(mention.value);
          if (mention.noun !== null) {
            expect(mention.noun.start).toBeGreaterThanOrEqual(0);
            expect(mention.noun.end).toBeLessThanOrEqual(normalised.length);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('dates never throw, give real ISO days and spans inside the text', () => {
    fc.assert(
      fc.property(text, published, (original, day) => {
        const normalised = normalise(original).text;
        let previousEnd = 0;
        for (const mention of findDates(normalised, day)) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeLessThanOrEqual(normalised.length);
          previousEnd = mention.end;
          if (mention.date !== null) {
            expect(mention.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(new Date(`${mention.date}T12:00:00Z`).toISOString().slice(0, 10)).toBe(mention.date);
          }
          expect([1, 2, 3]).toContain(mention.precision);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('without a publication day, weekdays and relative dates never get a date', () => {
    fc.assert(
      fc.property(text, (original) => {
        for (const mention of findDates(normalise(original).text, null)) {
          if (mention.kind === 'weekday' || mention.kind === 'relative' || mention.kind === 'range') {
            expect(mention.date).toBeNull();
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('language detection never throws and gives one of the three answers', () => {
    fc.assert(
      fc.property(text, (original) => {
        expect(['ar', 'en', 'other']).toContain(detectLanguage(original));
      }),
      { numRuns: 300 },
    );
  });

  it('the parsers accept ranges outside the text without throwing', () => {
    fc.assert(
      fc.property(text, fc.integer(), fc.integer(), (original, start, end) => {
        const normalised = normalise(original).text;
        expect(() => findNumbers(normalised, start, end)).not.toThrow();
        expect(() => findDates(normalised, '2016-09-20', start, end)).not.toThrow();
        expect(() => splitClauses(normalised, { start, end, kind: 'sentence' })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
