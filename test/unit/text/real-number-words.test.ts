/**
 * Counts as Libyan and wire reports write them: duals that are a count on their own, the forms of
 * the number words, and nouns that are not the thing counted. Our own phrases.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/pipeline/text/normalise.ts';
import { findNumbers } from '../../../src/pipeline/text/numbers.ts';

function counts(original: string): [number, string | null][] {
  const text = normalise(original).text;
  return findNumbers(text).map((mention) => [mention.value, mention.noun?.category ?? null]);
}

describe('dual nouns count two, in both cases and with ة', () => {
  it.each([
    ['مقتل امرأتين', 'people'],
    ['قتلت امرأتان', 'people'],
    ['مقتل طفلتين', 'children'],
    ['مقتل شقيقين', 'people'],
    ['مقتل سيدتين', 'people'],
    ['مقتل فتاتين', 'people'],
    ['قتل مواطنان', 'people'],
    ['قتل مدنيان', 'civilians'],
    ['مقتل جنديين', 'soldiers'],
    ['قتل شابان', 'people'],
  ])('%s → 2', (phrase, category) => {
    expect(counts(phrase)).toEqual([[2, category]]);
  });

  it('does not read a sound plural in -ين as two ("مقتل مدنيين", "مقتل مواطنين")', () => {
    expect(counts('مقتل مدنيين')).toEqual([]);
    expect(counts('مقتل مواطنين')).toEqual([]);
  });

  it('does not count the "two" that repeats a dual ("طفلين اثنين") twice', () => {
    expect(counts('مقتل طفلين اثنين')).toEqual([[2, 'children']]);
  });
});

describe('number words and the noun they count', () => {
  it.each([
    ['مقتل خمسة عشر شخصا', 15],
    ['مقتل إحدى عشرة امرأة', 11],
    ['مقتل ثلاث نساء', 3],
    ['مقتل ثلاثة وعشرين مسلحا', 23],
    ['مقتل ٤٤ مهاجرا', 44],
    ['twenty-eight cadets', 28],
    ['a dozen people', 12],
  ])('%s → %i', (phrase, value) => {
    expect(counts(phrase)[0]?.[0]).toBe(value);
  });

  it('ends the noun search at a conjunction: "28 cadets and wounded 33" counts cadets, not the wounded', () => {
    expect(counts('killed 28 cadets and wounded 33')).toEqual([
      [28, 'other'],
      [33, 'injured'],
    ]);
  });

  it('keeps "IS" among English modifiers ("17 suspected IS militants")', () => {
    expect(counts('17 suspected IS militants')).toEqual([[17, 'fighters']]);
  });

  it('reads raids and strikes as weapons, not people ("إحدى الغارات", "three strikes")', () => {
    expect(counts('أصابت إحدى الغارات منزلا')).toEqual([[1, 'weapons']]);
    expect(counts('three strikes hit the base')).toEqual([[3, 'weapons']]);
  });
});
