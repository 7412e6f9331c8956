/**
 * The cue words of an article, with look-ups "the cues of this kind within a range" and "the nearest
 * cue of this kind within N words before/after a position". Every look-up stays within one sentence
 * (its floor or ceiling is the sentence's edge), so only the sentences asked about are read
 * (`LexiconMatches`), and a look-up pays for its sentence's cues, not for every cue of the article.
 */
import type { PhraseMatch } from '../text/index.ts';
import type { CueEntry } from './compile-lexicons.ts';
import type { CueKind } from './cue-kinds.ts';
import type { LexiconMatches } from './lexicon-matches.ts';
import { tokenAt, tokensBetween, type TokenIndex } from './tokens.ts';

export interface Cue {
  start: number;
  end: number;
  prefix: string;
}

export interface Scope {
  start: number;
  end: number;
}

/**
 * How many words on each side of a phrase a cue may govern it from, at most, even inside one clause:
 * a page scraped without punctuation is one long "sentence" and one clause, and a cue word in it must
 * not reach every trigger of the article.
 */
export const SCOPE_WORDS = 12;

/** Index of the first match starting at or after `position` (matches sorted by start). */
function firstStartingFrom(cues: readonly PhraseMatch<CueEntry>[], position: number): number {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cues[middle] as PhraseMatch<CueEntry>).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

const longestOf = new WeakMap<readonly PhraseMatch<CueEntry>[], number>();

/** Length of the longest match in a list (remembered per list: the lists are kept per sentence). */
function longestCue(cues: readonly PhraseMatch<CueEntry>[]): number {
  let longest = longestOf.get(cues);
  if (longest === undefined) {
    longest = 0;
    for (const cue of cues) longest = Math.max(longest, cue.end - cue.start);
    longestOf.set(cues, longest);
  }
  return longest;
}

export class CueIndex {
  constructor(
    private readonly matches: LexiconMatches,
    private readonly tokens: TokenIndex,
  ) {}

  /**
   * The scope a cue must lie in to govern the phrase text[start, end): the clause (or clauses) holding
   * it, cut to `words` words before and after it. Without `clause`, the words alone (cues that tell
   * of an event from a clause of their own: "…, no casualties were reported").
   */
  scope(start: number, end: number, words: number = SCOPE_WORDS, clause = true): Scope {
    const tokens = this.tokens;
    const first = tokenAt(tokens, start) - words;
    const last = tokenAt(tokens, Math.max(start, end - 1)) + words;
    let from = first > 0 ? (tokens.starts[first] as number) : 0;
    let to = (tokens.ends[Math.min(last, tokens.count - 1)] as number | undefined) ?? end;
    const clauses = this.matches.clausesAround(start, end);
    if (clauses !== null && clauses.length > 0) {
      // Within the sentence always; within the clause (or clauses) holding the phrase when asked.
      let opening = 0;
      let closing = clauses.length - 1;
      if (clause) {
        while (opening + 1 < clauses.length && (clauses[opening + 1] as Scope).start <= start) opening++;
        closing = opening;
        while (closing + 1 < clauses.length && (clauses[closing + 1] as Scope).start < end) closing++;
      }
      from = Math.max(from, (clauses[opening] as Scope).start);
      to = Math.min(to, (clauses[closing] as Scope).end);
    }
    return { start: Math.min(from, start), end: Math.max(to, end) };
  }

  /** Cues of a kind lying within [from, to), in text order. */
  within(kind: CueKind, from: number, to: number): Cue[] {
    const cues = this.matches.cuesAround(from, to);
    const result: Cue[] = [];
    for (let index = firstStartingFrom(cues, from); index < cues.length; index++) {
      const cue = cues[index] as PhraseMatch<CueEntry>;
      if (cue.start > to) break;
      if (cue.end <= to && cue.value.cue === kind) result.push(cue);
    }
    return result;
  }

  has(kind: CueKind, from: number, to: number): boolean {
    const cues = this.matches.cuesAround(from, to);
    for (let index = firstStartingFrom(cues, from); index < cues.length; index++) {
      const cue = cues[index] as PhraseMatch<CueEntry>;
      if (cue.start > to) break;
      if (cue.end <= to && cue.value.cue === kind) return true;
    }
    return false;
  }

  /** The nearest cue ending at or before `position`, at most `maxWords` words away and not before `floor`. */
  before(kind: CueKind, position: number, maxWords: number, floor: number): Cue | null {
    const cues = this.matches.cuesAround(floor, position);
    // A cue is close enough when at least (words before `position`) − maxWords words end at or before its end.
    const firstAllowedWord = tokenAt(this.tokens, position) - maxWords;
    const lowestEnd = firstAllowedWord > 0 ? (this.tokens.ends[firstAllowedWord - 1] as number) : -Infinity;
    const longest = longestCue(cues);
    const lowest = firstStartingFrom(cues, floor);
    let best: Cue | null = null;
    // Walk back from `position`: the cue ending last wins (the earliest listed on ties). A cue starting more
    // than the longest cue's length before the best (or allowed) end cannot end at or after it, so stop there.
    for (let index = firstStartingFrom(cues, position + 1) - 1; index >= lowest; index--) {
      const cue = cues[index] as PhraseMatch<CueEntry>;
      if (cue.start + longest < (best === null ? lowestEnd : best.end)) break;
      if (cue.end > position || cue.end < lowestEnd || cue.value.cue !== kind) continue;
      if (best === null || cue.end >= best.end) best = cue;
    }
    return best;
  }

  /** The nearest cue starting at or after `position`, at most `maxWords` words away and not after `ceiling`. */
  after(kind: CueKind, position: number, maxWords: number, ceiling: number): Cue | null {
    // Every look-up stays within one sentence: a ceiling past its end is the end.
    const cues = this.matches.cuesAhead(position, ceiling);
    // A cue starting at or after the end of the word maxWords + 1 after `position` is too far, as are all after it.
    const tooFarWord = tokenAt(this.tokens, position) + maxWords;
    const tooFar = tooFarWord < this.tokens.count ? (this.tokens.ends[tooFarWord] as number) : Infinity;
    // Sorted by start: the first that ends in bounds starts nearest; fewer words away is the same as starting sooner.
    for (let index = firstStartingFrom(cues, position); index < cues.length; index++) {
      const cue = cues[index] as PhraseMatch<CueEntry>;
      if (cue.start > ceiling || cue.start >= tooFar) break;
      if (cue.end > ceiling || cue.value.cue !== kind) continue;
      return tokensBetween(this.tokens, position, cue.start) > maxWords ? null : cue;
    }
    return null;
  }
}
