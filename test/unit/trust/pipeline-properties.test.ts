import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runPipeline } from '../../../src/pipeline/run-pipeline';
import type { Article } from '../../../src/pipeline/types';
import { loadExtractionResources } from '../../../scripts/bench/extract-bench';

const resources = loadExtractionResources();

/** Words that steer the extractor: triggers, places, dates, numbers, actors, negation and quotes. */
const LOADED_WORDS = [
  'غارة',
  'قصف',
  'اشتباكات',
  'مقتل',
  '11',
  '١٩',
  'سبتمبر',
  'أمس',
  'الثلاثاء',
  'مرزق',
  'بسرت',
  'قرب',
  'جنوب',
  'طرابلس',
  'لبنان',
  'داعش',
  'قوات',
  'لم',
  'يعتزم',
  '«',
  '»',
  '"',
  '،',
  '.',
  '\n',
  'airstrike',
  'killed',
  'at least',
  'near',
  'Sirte',
  'Tripoli (Reuters) -',
  'Monday',
];

const loadedText = fc
  .array(fc.oneof(fc.constantFrom(...LOADED_WORDS), fc.string({ maxLength: 6 })), { maxLength: 120 })
  .map((words) => words.join(' '));

const published = fc.oneof(
  fc.constant(null),
  fc
    .date({ min: new Date('2011-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

function article(text: string, date: string | null): Article {
  return { id: 'prop', title: 'property', published: date, lang: 'ar', source: 'test', text };
}

function checkEvents(text: string, date: string | null): void {
  const result = runPipeline([article(text, date)], resources);
  for (const event of result.events) {
    for (const source of event.sources) {
      expect(source.start).toBeGreaterThanOrEqual(0);
      expect(source.end).toBeLessThanOrEqual(text.length);
      expect(source.start).toBeLessThanOrEqual(source.end);
    }
    if (event.latitude !== null) expect(Number.isFinite(event.latitude)).toBe(true);
    if (event.date !== null) expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (date === null) expect(event.time_precision === 1 && event.date !== null).toBe(false);
  }
}

describe('the pipeline on random and adversarial text', () => {
  it('never throws on random Unicode, and every evidence span lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), published, (text, date) =>
        checkEvents(text, date),
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on text built from trigger, place, date and number words, and invents no precise date without a publication date', () => {
    fc.assert(
      fc.property(loadedText, published, (text, date) => checkEvents(text, date)),
      { numRuns: 200 },
    );
  });
});
