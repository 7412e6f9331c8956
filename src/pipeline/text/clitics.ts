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

/** The parts of a clitic prefix: conjunction (و ف), preposition (ب ل ك) and whether the article follows. */
export interface CliticParts {
  conjunction: '' | 'و' | 'ف';
  preposition: '' | 'ب' | 'ل' | 'ك';
  article: boolean;
}

/**
 * Reads a prefix the phrase matcher reported (one of the sets above) into its parts, so that a rule
 * asks "does the word carry the preposition ل?" rather than "does the prefix end with the letter ل?"
 * (the article ال also ends with it). A prefix that is not a clitic sequence gives null.
 */
export function cliticParts(prefix: string): CliticParts | null {
  let rest = prefix;
  let conjunction: CliticParts['conjunction'] = '';
  if (rest.startsWith('و') || rest.startsWith('ف')) {
    conjunction = rest[0] as 'و' | 'ف';
    rest = rest.slice(1);
  }
  if (rest === 'لل') return { conjunction, preposition: 'ل', article: true };
  let preposition: CliticParts['preposition'] = '';
  if (rest.startsWith('ب') || rest.startsWith('ل') || rest.startsWith('ك')) {
    // ل followed by ال loses the alef, so "ال" here is the article, not ل + ا.
    if (!(rest.startsWith('ال') && rest.length === 2)) {
      preposition = rest[0] as 'ب' | 'ل' | 'ك';
      rest = rest.slice(1);
    }
  }
  if (rest === '') return { conjunction, preposition, article: false };
  if (rest === 'ال') return { conjunction, preposition, article: true };
  return null;
}
