import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SENTENCE_LENGTH, splitSentences, type Segment } from '../../../src/pipeline/text/sentences.ts';
import { isWordCode } from '../../../src/pipeline/text/index.ts';
import { extractArticle } from '../../../src/pipeline/extract/index.ts';
import { testResources } from '../extract/resources.ts';

function cutsAWord(text: string, segment: Segment): boolean {
  const before = segment.start > 0 && isWordCode(text.charCodeAt(segment.start - 1));
  const after = segment.end < text.length && isWordCode(text.charCodeAt(segment.end));
  return (
    (before && isWordCode(text.charCodeAt(segment.start))) ||
    (after && isWordCode(text.charCodeAt(segment.end - 1)))
  );
}

/** Whether the segments are in order, do not overlap and leave out only spaces. */
function coversInOrder(text: string, segments: readonly Segment[]): boolean {
  let position = 0;
  for (const segment of segments) {
    if (segment.start < position || segment.end <= segment.start) return false;
    if (text.slice(position, segment.start).trim().length > 0) return false;
    position = segment.end;
  }
  return text.slice(position).trim().length === 0;
}

describe('sentences handed to the language stages stay bounded whatever the text', () => {
  it('cuts a sentence with no end (a page without punctuation) into pieces at its commas', () => {
    const text = 'قصفت القوات مواقع في سرت، وقتل 3 أشخاص '.repeat(400);
    const segments = splitSentences(text);
    expect(segments.length).toBeGreaterThan(10);
    for (const segment of segments) {
      expect(segment.end - segment.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      // Each piece after the first opens right after a comma.
      if (segment.start > 0) expect(text.slice(0, segment.start).trimEnd().endsWith('،')).toBe(true);
    }
    expect(coversInOrder(text, segments)).toBe(true);
  });

  it('cuts an English run-on sentence at spaces when it has no clause marks, never inside a word', () => {
    const text = 'forces shelled positions near Sirte killing 3 people and '.repeat(300);
    const segments = splitSentences(text);
    expect(segments.length).toBeGreaterThan(10);
    for (const segment of segments) {
      expect(segment.end - segment.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(cutsAWord(text, segment)).toBe(false);
    }
  });

  it('cuts a run of URL-like fragments with no space at its punctuation', () => {
    const text = 'http://a.a.a.a'.repeat(2000);
    const segments = splitSentences(text);
    for (const segment of segments) {
      expect(segment.end - segment.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(cutsAWord(text, segment)).toBe(false);
    }
    expect(coversInOrder(text, segments)).toBe(true);
  });

  it('keeps one giant word (no character to cut at) whole rather than cutting it', () => {
    const word = 'غارةقصفاشتباكات'.repeat(500);
    const text = `اندلعت اشتباكات في سرت. ${word}`;
    const segments = splitSentences(text);
    expect(segments.map((segment) => text.slice(segment.start, segment.end))).toEqual([
      'اندلعت اشتباكات في سرت.',
      word,
    ]);
  });

  it('leaves ordinary sentences as they are', () => {
    const text = 'Clashes broke out in Tripoli on Monday. Three people were killed, the ministry said.';
    expect(splitSentences(text).map((segment) => text.slice(segment.start, segment.end))).toEqual([
      'Clashes broke out in Tripoli on Monday.',
      'Three people were killed, the ministry said.',
    ]);
  });
});

/** Hostile shapes: a unit of loaded words and separators repeated with no sentence end. */
const HOSTILE_PARTS = [
  'غارة',
  'قصف',
  'سرت',
  '12',
  'قتلى',
  '|',
  '،',
  ',',
  'http://a.a',
  '/',
  'killed',
  'Sirte',
  'و',
  '-',
  '2020-01-01',
  'QUJD',
];
const hostileUnit = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PARTS), fc.string({ maxLength: 5 })), {
    minLength: 1,
    maxLength: 12,
  })
  .chain((parts) => fc.constantFrom(' ', '', ' | ', '،').map((glue) => parts.join(glue) + glue));

describe('properties: bounded pieces on generated hostile shapes', () => {
  it('every piece is at most the limit long unless it is one unbroken word, and the pieces cover the text in order', () => {
    fc.assert(
      fc.property(hostileUnit, fc.integer({ min: 50, max: 400 }), (unit, times) => {
        const text = unit.repeat(times);
        const segments = splitSentences(text);
        expect(coversInOrder(text, segments)).toBe(true);
        for (const segment of segments) {
          if (segment.end - segment.start <= MAX_SENTENCE_LENGTH) continue;
          // Longer only when no space, clause mark or other non-word character lies far enough in to cut at.
          const piece = text.slice(segment.start, segment.start + MAX_SENTENCE_LENGTH);
          let cuttable = false;
          for (let index = MAX_SENTENCE_LENGTH / 2; index < piece.length && !cuttable; index++)
            cuttable =
              !isWordCode(piece.charCodeAt(index)) &&
              !/[\uDC00-\uDFFF]/.test(text[segment.start + index + 1] ?? '');
          expect(cuttable).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the extractor finishes and returns on hostile shapes (no sentence ends, tables, URLs, one field)', () => {
    fc.assert(
      fc.property(hostileUnit, fc.integer({ min: 100, max: 1500 }), (unit, times) => {
        const text = unit.repeat(times).slice(0, 30_000);
        const extraction = extractArticle(
          { id: 'hostile', title: '', published: '2020-01-01', lang: 'ar', source: 'test', text },
          testResources(),
        );
        expect(Array.isArray(extraction.events)).toBe(true);
        for (const event of extraction.events) {
          for (const source of event.sources) {
            expect(source.start).toBeGreaterThanOrEqual(0);
            expect(source.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
