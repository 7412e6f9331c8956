/**
 * A word before a place name may carry a conjunction (و، ف) and, when still long, a preposition
 * (ب، ل): "وبمدينة", "فقرب", "لجنوب". The cue tables are looked up by every such spelling: each table
 * is expanded once, when the module loads, with the clitic spellings of its keys, so reading the
 * words before a name is one map look-up per word and allocates nothing.
 */

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل'];
/** Two-letter words that still take a preposition ("بحي القلعة", "وبحي"): a short word otherwise keeps its ب or ل. */
const SHORT_STEMS: ReadonlySet<string> = new Set(['حي']);

function takesPreposition(rest: string): boolean {
  return (rest[0] === 'ب' || rest[0] === 'ل') && (rest.length > 3 || SHORT_STEMS.has(rest.slice(1)));
}

/** The word, then without its conjunction, then without its preposition too (the order of look-ups). */
export function bareForms(word: string): string[] {
  const forms = [word];
  let rest = word;
  if (rest.length > 2 && (rest[0] === 'و' || rest[0] === 'ف')) {
    rest = rest.slice(1);
    forms.push(rest);
  }
  if (takesPreposition(rest)) forms.push(rest.slice(1));
  return forms;
}

/** `expected` is the word or one of its bare forms, without building the forms. */
export function hasBareForm(word: string, expected: string): boolean {
  if (word === expected) return true;
  const extra = word.length - expected.length;
  if (extra < 1 || extra > 2 || !word.endsWith(expected)) return false;
  const conjunction = word.length > 2 && (word[0] === 'و' || word[0] === 'ف');
  if (conjunction && extra === 1) return true;
  const restStart = conjunction ? 1 : 0;
  return extra === restStart + 1 && takesPreposition(word.slice(restStart));
}

/** Every spelling whose bare forms include `key`. */
function cliticSpellings(key: string): string[] {
  const spellings = [key];
  for (const conjunction of CONJUNCTIONS) spellings.push(conjunction + key);
  for (const preposition of PREPOSITIONS) {
    spellings.push(preposition + key);
    for (const conjunction of CONJUNCTIONS) spellings.push(conjunction + preposition + key);
  }
  return spellings.filter((spelling) => bareForms(spelling).includes(key));
}

/**
 * A map from every clitic spelling of the keys to what the slow look-up would give it (the value of
 * its first bare form that is a key): `expanded.get(word)` equals trying `bareForms(word)` in order.
 */
export function expandWithClitics<T>(map: ReadonlyMap<string, T>): ReadonlyMap<string, T> {
  const expanded = new Map<string, T>();
  for (const key of map.keys()) {
    for (const spelling of cliticSpellings(key)) {
      if (expanded.has(spelling)) continue;
      for (const form of bareForms(spelling)) {
        const value = map.get(form);
        if (value !== undefined) {
          expanded.set(spelling, value);
          break;
        }
      }
    }
  }
  return expanded;
}

/** Like `expandWithClitics` for a set: each spelling maps to the bare form found in the set. */
export function expandSetWithClitics(set: ReadonlySet<string>): ReadonlyMap<string, string> {
  return expandWithClitics(new Map([...set].map((word) => [word, word])));
}

/**
 * For tables keyed by a word that may appear with clitics: every clitic spelling of the keys, with
 * the values of all its bare forms merged in look-up order (for phrases by their last word).
 */
export function expandListsWithClitics<T>(map: ReadonlyMap<string, readonly T[]>): ReadonlyMap<string, T[]> {
  const expanded = new Map<string, T[]>();
  for (const key of map.keys()) {
    for (const spelling of cliticSpellings(key)) {
      if (expanded.has(spelling)) continue;
      const merged: T[] = [];
      for (const form of bareForms(spelling)) for (const value of map.get(form) ?? []) merged.push(value);
      expanded.set(spelling, merged);
    }
  }
  return expanded;
}
