/**
 * The analyst's panels in one lazy chunk (issue 17): the totals, the new-events notice, the review panel and the
 * search vocabulary. One chunk, reaching every module the correction panel's chunk reaches (it re-exports that
 * panel): a lazy entry that shares only some of the first view's modules makes the bundler split those modules
 * into chunks of their own, which the first view then fetches as extra files (about 2.5 kB gzip more).
 */
export { Totals } from './Totals';
export { NewEventsNotice } from './NewEventsNotice';
export { ReviewPanel } from '../corrections/ReviewPanel';
export { CorrectionPanel } from '../corrections/CorrectionPanel';
export { loadSearchVocabulary } from './search-vocabulary';
