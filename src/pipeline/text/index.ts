/** The language core: normalisation with offsets, phrase matching, segmentation, numbers, dates, language. */

export { normalise, normaliseTerm, toOriginalSpan } from './normalise.ts';
export type { NormalisedText } from './normalise.ts';
export { PhraseMatcher, longestNonOverlapping } from './phrase-matcher.ts';
export type { PhraseMatch, FindOptions } from './phrase-matcher.ts';
export { splitSentences, splitClauses } from './sentences.ts';
export type { Segment } from './sentences.ts';
export { findNumbers } from './numbers.ts';
export type { NumberMention, NumberQualifier, CountedCategory } from './numbers.ts';
export { findDates } from './dates.ts';
export type { DateMention } from './dates.ts';
export { detectLanguage } from './language.ts';
export { isWordCode, isWordAt } from './word-characters.ts';
export { quotedRanges, isInside } from './quotes.ts';
export type { QuotedRange } from './quotes.ts';
export { tokenize } from './tokens.ts';
export type { Token } from './tokens.ts';
