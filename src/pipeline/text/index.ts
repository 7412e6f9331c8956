/** The language core: normalisation with offsets, phrase matching, segmentation, numbers, dates, language. */

export { normalise, normaliseTerm, toOriginalSpan } from './normalise.ts';
export type { NormalisedText } from './normalise.ts';
export { PhraseMatcher, longestNonOverlapping } from './phrase-matcher.ts';
export type { PhraseMatch, FindOptions } from './phrase-matcher.ts';
export { isWordCode, isWordAt } from './word-characters.ts';
export { detectLanguage } from './language.ts';
