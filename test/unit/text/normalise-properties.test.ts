import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalise, normaliseTerm, toOriginalSpan } from '../../../src/pipeline/text/normalise.ts';

/** Characters the folding treats specially, mixed with arbitrary Unicode. */
const interesting = fc.constantFrom(
  ' ',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\u200f',
  '\u0640',
  '\u064f',
  'ﻻ',
  'ﷲ',
  'ß',
  'É',
  'أ',
  'ة',
  '١',
  '۹',
  '🇱🇾',
  '\ud800',
  '\udc00',
  'سرت',
  'Tripoli',
);
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), interesting), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

describe('normalise: properties on random Unicode', () => {
  it('never throws and keeps one map entry per character plus the end', () => {
    fc.assert(
      fc.property(text, (original) => {
        const n = normalise(original);
        expect(n.toOriginal.length).toBe(n.text.length + 1);
        expect(n.toOriginal[n.text.length]).toBe(original.length);
      }),
      { numRuns: 600 },
    );
  });

  it('maps every position to a non-decreasing position inside the original', () => {
    fc.assert(
      fc.property(text, (original) => {
        const map = normalise(original).toOriginal;
        for (let index = 0; index < map.length; index++) {
          const value = map[index] as number;
          expect(value).toBeLessThanOrEqual(original.length);
          if (index > 0) expect(value).toBeGreaterThanOrEqual(map[index - 1] as number);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips any match: the original span normalises back to text containing the match', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (original, a, b) => {
        const n = normalise(original);
        const length = n.text.length;
        let start = length === 0 ? 0 : a % (length + 1);
        let end = start + (length === 0 ? 0 : b % (length - start + 1));
        // A match never cuts a surrogate pair in two.
        const isLowSurrogate = (at: number): boolean => /[\udc00-\udfff]/.test(n.text[at] ?? '');
        if (start > 0 && isLowSurrogate(start)) start--;
        if (end < length && isLowSurrogate(end)) end++;
        const span = toOriginalSpan(n, start, end);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.end).toBeLessThanOrEqual(original.length);
        const matched = n.text.slice(start, end);
        const back = normalise(original.slice(span.start, span.end)).text;
        // Whitespace at the edges of a span may come back shorter or longer, and a span that cuts
        // a ligature (ﻻ → لا) comes back as the whole ligature: the match is always inside.
        expect(back.replace(/\s+/g, ' ')).toContain(matched.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 800 },
    );
  });

  it('round-trips every word: its original span normalises to exactly the word', () => {
    fc.assert(
      fc.property(text, (original) => {
        const n = normalise(original);
        let start = 0;
        for (let index = 0; index <= n.text.length; index++) {
          const character = n.text[index];
          if (character === undefined || character === ' ' || character === '\n') {
            if (index > start) {
              const span = toOriginalSpan(n, start, index);
              expect(normalise(original.slice(span.start, span.end)).text.trim()).toBe(
                n.text.slice(start, index),
              );
            }
            start = index + 1;
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent: normalising a normalised text changes nothing', () => {
    fc.assert(
      fc.property(text, (original) => {
        const once = normalise(original).text;
        expect(normalise(once).text).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it('normaliseTerm never throws and never leaves spaces at the ends', () => {
    fc.assert(
      fc.property(text, (original) => {
        const term = normaliseTerm(original);
        expect(term).toBe(term.trim());
        expect(term.includes('\n')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
