/**
 * Finds many phrases (places, actors, triggers) in normalised text in one pass: an Aho-Corasick
 * automaton over UTF-16 code units, with Arabic clitics handled at word starts (see `clitics.ts`).
 *
 * - Phrases are normalised with `normaliseTerm`; the text given to `findAll` must be normalised
 *   (`normalise(original).text`). A line break in the text matches a space in a phrase.
 * - A match starts at a word boundary, or after a clitic prefix that the phrase allows, and ends at
 *   a word boundary. Latin phrases take no clitics.
 * - Several values may share a phrase: `findAll` returns one match per value, in the order the
 *   entries were given.
 * - Overlapping matches are all returned, sorted by start then longest first;
 *   `longestNonOverlapping` keeps the longest of each overlapping group.
 * - With `allowGlued`, words glued together by scraping are accepted when the glued part is itself
 *   a phrase of the matcher: in "واشنطنطرابلس" both واشنطن and طرابلس are returned with glued=true,
 *   and a phrase of several words matches with its spaces missing ("الاممالمتحده").
 */

import { normaliseTerm } from './normalise.ts';
import {
  LONGEST_PREFIX,
  PREFIXES_BEFORE_ALEFLESS_ARTICLE,
  PREFIXES_BEFORE_ARTICLE,
  PREFIXES_BEFORE_BARE_WORD,
  startsWithArticle,
} from './clitics.ts';
import { WORD_TABLE, isArabicLetterCode } from './word-characters.ts';
import { AhoCorasick, createMatchList, type MatchList } from './aho-corasick.ts';

export interface PhraseMatch<T> {
  /** Span of the phrase itself, without clitics, in the normalised text. */
  start: number;
  end: number;
  value: T;
  /** The clitic letters before the phrase, '' if none. */
  prefix: string;
  glued: boolean;
}

export interface FindOptions {
  allowGlued?: boolean;
}

/** The phrase as written. */
const PLAIN = 0;
/** A phrase starting with ال, without its alef, after the preposition ل (للزاويه). */
const ALEFLESS = 1;
/** A phrase of several words with its spaces removed (glued text only). */
const SPACELESS = 2;
type Variant = typeof PLAIN | typeof ALEFLESS | typeof SPACELESS;

interface PatternRecord {
  group: number;
  variant: Variant;
  prefixes: ReadonlySet<string>;
  length: number;
}

/** How far back a glued token is followed to find the phrase glued in front. */
const LONGEST_GLUED_PART = 48;
const NO_PREFIXES: ReadonlySet<string> = new Set(['']);

function byStartThenLongest<T>(a: PhraseMatch<T>, b: PhraseMatch<T>): number {
  return a.start - b.start || b.end - a.end;
}

/** Whether the matches are already sorted by start, longest first (a stable sort would leave them as they are). */
function inOrder<T>(matches: readonly PhraseMatch<T>[]): boolean {
  for (let index = 1; index < matches.length; index++) {
    if (byStartThenLongest(matches[index - 1] as PhraseMatch<T>, matches[index] as PhraseMatch<T>) > 0)
      return false;
  }
  return true;
}

export class PhraseMatcher<T> {
  private readonly automaton: AhoCorasick;
  private readonly patterns: PatternRecord[] = [];
  /** Values of each distinct normalised phrase. */
  private readonly groups: T[][] = [];
  /** Normalised phrase → group, for the glued check. */
  private readonly groupOfPhrase = new Map<string, number>();
  private readonly groupPrefixes: ReadonlySet<string>[] = [];
  /** The automaton's raw matches, reused by every `findAll` (which never re-enters). */
  private readonly found: MatchList = createMatchList();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    const strings: string[] = [];
    const seen = new Map<string, number>();
    const addPattern = (
      text: string,
      group: number,
      variant: Variant,
      prefixes: ReadonlySet<string>,
    ): void => {
      const key = `${variant}\u0000${group}\u0000${text}`;
      if (seen.has(key) || text.length === 0) return;
      seen.set(key, this.patterns.length);
      strings.push(text);
      this.patterns.push({ group, variant, prefixes, length: text.length });
    };
    for (const [phrase, value] of entries) {
      const normalised = normaliseTerm(typeof phrase === 'string' ? phrase : '');
      if (normalised.length === 0) continue;
      const existing = this.groupOfPhrase.get(normalised);
      if (existing !== undefined) {
        this.groups[existing]?.push(value);
        continue;
      }
      const group = this.groups.length;
      this.groups.push([value]);
      this.groupOfPhrase.set(normalised, group);
      const arabic = isArabicLetterCode(normalised.charCodeAt(0));
      const article = arabic && startsWithArticle(normalised);
      const prefixes = !arabic ? NO_PREFIXES : article ? PREFIXES_BEFORE_ARTICLE : PREFIXES_BEFORE_BARE_WORD;
      this.groupPrefixes.push(prefixes);
      addPattern(normalised, group, PLAIN, prefixes);
      if (article) addPattern(normalised.slice(1), group, ALEFLESS, PREFIXES_BEFORE_ALEFLESS_ARTICLE);
      if (normalised.includes(' ')) {
        addPattern(normalised.split(' ').join(''), group, SPACELESS, prefixes);
      }
    }
    this.automaton = new AhoCorasick(strings);
  }

  /** Number of distinct normalised phrases. */
  get size(): number {
    return this.groups.length;
  }

  findAll(text: string, options?: FindOptions): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    if (typeof text !== 'string' || text.length === 0 || this.groups.length === 0) return matches;
    const allowGlued = options?.allowGlued === true;
    const length = text.length;
    const words = WORD_TABLE;
    const list = this.found;
    const count = this.automaton.collect(text, list);
    const reach = allowGlued ? LONGEST_GLUED_PART : LONGEST_PREFIX + 1;
    for (let item = 0; item < count; item++) {
      const pattern = this.patterns[list.pattern[item] as number];
      if (pattern === undefined) continue;
      if (pattern.variant === SPACELESS && !allowGlued) continue;
      const end = list.end[item] as number;
      if (end < length && words[text.charCodeAt(end)] === 1) continue;
      const start = end - pattern.length;
      let wordStart = start;
      const limit = Math.max(0, start - reach);
      while (wordStart > limit && words[text.charCodeAt(wordStart - 1)] === 1) wordStart--;
      if (wordStart > 0 && words[text.charCodeAt(wordStart - 1)] === 1) continue; // token too long
      const prefix = wordStart === start ? '' : text.slice(wordStart, start);
      const glued = pattern.variant === SPACELESS;
      if (pattern.prefixes.has(prefix)) {
        this.push(matches, pattern.group, start, end, prefix, glued);
        continue;
      }
      if (allowGlued && pattern.variant === PLAIN && prefix.length > 0) {
        this.pushGlued(matches, text, wordStart, start, end, pattern.group);
      }
    }
    // The automaton reports by end position: usually already by start too (sorting would copy the list).
    if (!inOrder(matches)) matches.sort(byStartThenLongest);
    return matches;
  }

  /** `text[wordStart, start)` is glued before a phrase: accept both when it is a phrase too. */
  private pushGlued(
    matches: PhraseMatch<T>[],
    text: string,
    wordStart: number,
    start: number,
    end: number,
    group: number,
  ): void {
    const part = text.slice(wordStart, start);
    for (let cliticLength = 0; cliticLength <= Math.min(LONGEST_PREFIX, part.length - 1); cliticLength++) {
      const front = this.groupOfPhrase.get(part.slice(cliticLength));
      if (front === undefined) continue;
      const clitic = part.slice(0, cliticLength);
      if (!(this.groupPrefixes[front] ?? NO_PREFIXES).has(clitic)) continue;
      this.push(matches, front, wordStart + cliticLength, start, clitic, true);
      this.push(matches, group, start, end, '', true);
      return;
    }
  }

  private push(
    matches: PhraseMatch<T>[],
    group: number,
    start: number,
    end: number,
    prefix: string,
    glued: boolean,
  ): void {
    for (const value of this.groups[group] ?? []) matches.push({ start, end, value, prefix, glued });
  }
}

/**
 * Keeps the longest match of each group of overlapping matches (earliest first on ties), e.g.
 * "بني وليد" over "وليد". Matches of the same span with different values are all kept.
 */
export function longestNonOverlapping<T>(m: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const ordered = [...m].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  let textEnd = 0;
  for (const match of ordered) textEnd = Math.max(textEnd, match.end);
  // taken[i] = 1 + index in `kept` of the match covering position i, 0 when free.
  const taken = new Int32Array(textEnd + 1);
  const kept: PhraseMatch<T>[] = [];
  for (const match of ordered) {
    if (match.end <= match.start) continue;
    const first = taken[match.start] ?? 0;
    const owner = first > 0 ? kept[first - 1] : undefined;
    if (owner !== undefined && owner.start === match.start && owner.end === match.end) {
      kept.push(match);
      continue;
    }
    let free = true;
    for (let index = match.start; index < match.end && free; index++) free = taken[index] === 0;
    if (!free) continue;
    kept.push(match);
    taken.fill(kept.length, match.start, match.end);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
