/**
 * Number words of Arabic (all gender and case forms, both spellings of مئة/مائة) and English,
 * written as they are spelt and folded with `normaliseTerm` when the module loads.
 *
 * Vague quantities follow one documented convention, the low reading conflict-event datasets use
 * for fatalities ("dozens"/عشرات/العشرات → 12), applied the same way to the other words:
 * "hundreds"/مئات → 100, "thousands"/آلاف → 1000, "scores" → 20, and "several"/عدة/بضعة/"a few"/
 * عدد من/العديد → 3 (the lowest plural reading). All of them carry the qualifier 'vague', so a
 * consumer can apply another convention.
 */

import { normaliseTerm } from './normalise.ts';

export type NumberWordKind = 'unit' | 'ten' | 'teen-base' | 'tens' | 'hundred' | 'multiplier' | 'vague';

export interface NumberWord {
  value: number;
  kind: NumberWordKind;
  /** Only a number inside a compound or before a definite noun (أحد، إحدى، اثنا …). */
  boundOnly?: boolean;
}

function table(entries: [string, number, NumberWordKind, boolean?][]): Map<string, NumberWord> {
  const map = new Map<string, NumberWord>();
  for (const [word, value, kind, boundOnly] of entries) {
    const key = normaliseTerm(word);
    if (!map.has(key)) map.set(key, boundOnly === true ? { value, kind, boundOnly } : { value, kind });
  }
  return map;
}

const UNITS: [string, number][] = [
  ['واحد', 1],
  ['واحدة', 1],
  ['اثنان', 2],
  ['اثنين', 2],
  ['اثنتان', 2],
  ['اثنتين', 2],
  ['ثنتين', 2],
  ['ثلاث', 3],
  ['ثلاثة', 3],
  ['أربع', 4],
  ['أربعة', 4],
  ['خمس', 5],
  ['خمسة', 5],
  ['ست', 6],
  ['ستة', 6],
  ['سبع', 7],
  ['سبعة', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['ثمانى', 8],
  ['ثمانية', 8],
  ['تسع', 9],
  ['تسعة', 9],
];

const TENS: [string, number][] = [
  ['عشرون', 20],
  ['عشرين', 20],
  ['ثلاثون', 30],
  ['ثلاثين', 30],
  ['أربعون', 40],
  ['أربعين', 40],
  ['خمسون', 50],
  ['خمسين', 50],
  ['ستون', 60],
  ['ستين', 60],
  ['سبعون', 70],
  ['سبعين', 70],
  ['ثمانون', 80],
  ['ثمانين', 80],
  ['تسعون', 90],
  ['تسعين', 90],
];

const HUNDREDS: [string, number][] = [
  ['مئة', 100],
  ['مائة', 100],
  ['مية', 100],
  ['مئتان', 200],
  ['مئتين', 200],
  ['مائتان', 200],
  ['مائتين', 200],
  ['مئتا', 200],
  ['مائتا', 200],
  ['مئتي', 200],
  ['مائتي', 200],
];
const HUNDRED_PREFIXES: [string, number][] = [
  ['ثلاث', 3],
  ['أربع', 4],
  ['خمس', 5],
  ['ست', 6],
  ['سبع', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['تسع', 9],
];

export const ARABIC_NUMBER_WORDS: ReadonlyMap<string, NumberWord> = table([
  ...UNITS.map(([word, value]): [string, number, NumberWordKind] => [word, value, 'unit']),
  ['أحد', 1, 'unit', true],
  ['إحدى', 1, 'unit', true],
  ['اثنا', 2, 'unit', true],
  ['اثني', 2, 'unit', true],
  ['اثنتا', 2, 'unit', true],
  ['اثنتي', 2, 'unit', true],
  ['عشر', 10, 'ten'],
  ['عشرة', 10, 'ten'],
  ...TENS.map(([word, value]): [string, number, NumberWordKind] => [word, value, 'tens']),
  ...HUNDREDS.map(([word, value]): [string, number, NumberWordKind] => [word, value, 'hundred']),
  ...HUNDRED_PREFIXES.flatMap(([word, value]): [string, number, NumberWordKind][] => [
    [`${word}مئة`, value * 100, 'hundred'],
    [`${word}مائة`, value * 100, 'hundred'],
  ]),
  ['ألف', 1000, 'multiplier'],
  ['ألفا', 1000, 'multiplier'],
  ['ألفان', 2000, 'multiplier'],
  ['ألفين', 2000, 'multiplier'],
  ['ألفي', 2000, 'multiplier'],
  ['آلاف', 1000, 'multiplier'],
  ['مليون', 1e6, 'multiplier'],
  ['مليونان', 2e6, 'multiplier'],
  ['مليونين', 2e6, 'multiplier'],
  ['ملايين', 1e6, 'multiplier'],
  ['مليار', 1e9, 'multiplier'],
  ['مليارات', 1e9, 'multiplier'],
]);

/** Arabic words for vague quantities (with or without the article). */
export const ARABIC_VAGUE_WORDS: ReadonlyMap<string, NumberWord> = table([
  ['عشرات', 12, 'vague'],
  ['العشرات', 12, 'vague'],
  ['مئات', 100, 'vague'],
  ['المئات', 100, 'vague'],
  ['مئآت', 100, 'vague'],
  ['آلاف', 1000, 'vague'],
  ['الآلاف', 1000, 'vague'],
  ['ألوف', 1000, 'vague'],
  ['عدة', 3, 'vague'],
  ['بضعة', 3, 'vague'],
  ['بضع', 3, 'vague'],
  ['العديد', 3, 'vague'],
]);

export const ENGLISH_NUMBER_WORDS: ReadonlyMap<string, NumberWord> = table([
  ...'one two three four five six seven eight nine'
    .split(' ')
    .map((word, index): [string, number, NumberWordKind] => [word, index + 1, 'unit']),
  ...'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, index): [string, number, NumberWordKind] => [word, index + 10, 'unit']),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((word, index): [string, number, NumberWordKind] => [word, (index + 2) * 10, 'tens']),
  ['hundred', 100, 'hundred'],
  ['thousand', 1000, 'multiplier'],
  ['million', 1e6, 'multiplier'],
  ['billion', 1e9, 'multiplier'],
  ['dozen', 12, 'unit'],
]);

export const ENGLISH_VAGUE_WORDS: ReadonlyMap<string, NumberWord> = table([
  ['dozens', 12, 'vague'],
  ['scores', 20, 'vague'],
  ['hundreds', 100, 'vague'],
  ['thousands', 1000, 'vague'],
  ['several', 3, 'vague'],
]);

/** "عدد من" / "a few" / "a handful": two-word vague quantities, value 3. */
export const VAGUE_PAIRS: ReadonlySet<string> = new Set(['عدد من', 'a few', 'a handful', 'a number']);

/** The Arabic word for "ten" in teens: أحد عشر، ثلاثة عشر، إحدى عشرة. */
export const TEEN_TENS: ReadonlySet<string> = new Set([normaliseTerm('عشر'), normaliseTerm('عشرة')]);
