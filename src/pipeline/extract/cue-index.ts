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
import { tokensBetween, type TokenIndex } from './tokens.ts';

export interface Cue {
  start: number;
  end: number;
  prefix: string;
}

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

export class CueIndex {
  constructor(
    private readonly matches: LexiconMatches,
    private readonly tokens: TokenIndex,
  ) {}

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
    let best: Cue | null = null;
    // The cue ending last wins (the earliest listed on ties); fewer words away is the same as ending later.
    for (let index = firstStartingFrom(cues, floor); index < cues.length; index++) {
      const cue = cues[index] as PhraseMatch<CueEntry>;
      if (cue.start > position) break;
      if (cue.end > position || cue.value.cue !== kind) continue;
      if (best === null || cue.end > best.end) best = cue;
    }
    if (best === null || tokensBetween(this.tokens, best.end, position) > maxWords) return null;
    return best;
  }

  /** The nearest cue starting at or after `position`, at most `maxWords` words away and not after `ceiling`. */
  after(kind: CueKind, position: number, maxWords: number, ceiling: number): Cue | null {
    const cues = this.matches.cuesAround(position, ceiling);
    // Sorted by start: the first that ends in bounds starts nearest; fewer words away is the same as starting sooner.
    for (let index = firstStartingFrom(cues, position); index < cues.length; index++) {
      const cue = cues[index] as PhraseMatch<CueEntry>;
      if (cue.start > ceiling) break;
      if (cue.end > ceiling || cue.value.cue !== kind) continue;
      return tokensBetween(this.tokens, position, cue.start) > maxWords ? null : cue;
    }
    return null;
  }
}
