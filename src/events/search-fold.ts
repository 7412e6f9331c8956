/**
 * Folds text for free-text search: case, Latin accents, Arabic short vowels and tatweel are ignored, and the
 * Arabic letters that news spelling mixes (alef forms, alef maqsura / ya, ta marbuta / ha) compare equal.
 * This is the first-paint fallback; once the search vocabulary is loaded (search-vocabulary.ts, a lazy chunk)
 * the pipeline's own folding and the gazetteer's and actor lexicon's spellings take over.
 */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const LATIN_MARKS = /[\u0300-\u036F]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .replace(ARABIC_MARKS, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase();
}

/** How a search query is read: the folding applied to events and query alike, and what else the query names. */
export interface SearchVocabulary {
  fold: (text: string) => string;
  /**
   * The folded query and the other ways to write what it names: every spelling of a place it names in full
   * (both scripts), the canonical name of every actor one of whose aliases contains it, and the canonical name
   * of every event type whose label (either language) contains it. An event matches when its text contains one.
   */
  alternatives: (query: string) => string[];
}

/** Before the vocabulary is loaded: the query alone, folded. */
export const BASIC_VOCABULARY: SearchVocabulary = {
  fold: foldForSearch,
  alternatives: (query) => {
    const folded = foldForSearch(query.trim());
    return folded ? [folded] : [];
  },
};
