/**
 * Folds text for free-text search: case, Latin accents, Arabic short vowels and tatweel are ignored, and the
 * Arabic letters that news spelling mixes (alef forms, alef maqsura / ya, ta marbuta / ha) compare equal.
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
