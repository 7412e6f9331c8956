/**
 * Arabic proclitics: the letters a word can carry in front of it, in normalised spelling.
 *
 * A word may take, in this order: a conjunction (و "and", ف "so"), a preposition (ب "in/with",
 * ل "for/to", ك "like") and the article ال. Preposition ل before the article drops the article's
 * alef: ل + الزاوية → للزاوية. So "سرت" is found in وسرت، بسرت، لسرت، والسرت، وبالسرت and "غارة" in
 * الغارة، بالغارة، للغارة، وللغارة، فالغارة. A phrase that already starts with ال takes a conjunction
 * and/or preposition only (بالزاوية، والزاوية، وبالزاوية), and with ل the alef-less form (للزاوية).
 */

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];

function buildPrefixes(withArticle: boolean): Set<string> {
  const prefixes = new Set<string>();
  for (const conjunction of CONJUNCTIONS) {
    for (const preposition of PREPOSITIONS) {
      prefixes.add(conjunction + preposition);
      if (withArticle)
        prefixes.add(preposition === 'ل' ? conjunction + 'لل' : conjunction + preposition + 'ال');
    }
  }
  return prefixes;
}

/** Prefixes allowed before a phrase that does not start with ال (article forms included). */
export const PREFIXES_BEFORE_BARE_WORD: ReadonlySet<string> = buildPrefixes(true);

/**
 * Prefixes allowed before a phrase that starts with ال. The preposition ل is excluded: with it the
 * article loses its alef, which `PREFIXES_BEFORE_ALEFLESS_ARTICLE` covers.
 */
export const PREFIXES_BEFORE_ARTICLE: ReadonlySet<string> = new Set(
  [...buildPrefixes(false)].filter((prefix) => !prefix.endsWith('ل')),
);

/** Prefixes before "ل" + rest, the form a phrase starting with ال takes after the preposition ل. */
export const PREFIXES_BEFORE_ALEFLESS_ARTICLE: ReadonlySet<string> = new Set(['ل', 'ول', 'فل']);

/** The longest prefix: "وبال". */
export const LONGEST_PREFIX = 4;

/** True when a normalised phrase starts with the article ال and has more after it. */
export function startsWithArticle(phrase: string): boolean {
  return phrase.length > 2 && phrase.charCodeAt(0) === 0x0627 && phrase.charCodeAt(1) === 0x0644;
}
