/** Event extraction: from an article to coded strikes and clashes, and cross-article deduplication. */
export { createExtractionResources } from './resources.ts';
export type { ExtractionResources, ResourceInput } from './resources.ts';
export { extractArticle } from './extract-article.ts';
export { mergeEvents, sameIncident } from './merge-events.ts';
export { defaultLexicons } from './default-lexicons.ts';
export type { Lexicons, TriggerLexicon, ActorLexicon } from './lexicon-types.ts';
