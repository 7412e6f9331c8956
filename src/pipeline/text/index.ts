/** The language core: normalisation with offsets, phrase matching, segmentation, numbers, dates, language. */

export { normalise, normaliseTerm, toOriginalSpan } from './normalise.ts';
export type { NormalisedText } from './normalise.ts';
export { detectLanguage } from './language.ts';
