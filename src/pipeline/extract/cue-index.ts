/**
 * All cue words of an article (found with the triggers and actors in one pass), grouped by kind and
 * sorted by position, with look-ups "the nearest cue of this kind within N words before/after a
 * position". Look-ups find their range by binary search, so a sentence pays for its own cues, not
 * for every cue of the article.
 */
import type { PhraseMatch } from '../text/index.ts';
import type { CueEntry } from './compile-lexicons.ts';
import { CUE_KINDS, type CueKind } from './cue-kinds.ts';
import { tokensBetween, type TokenIndex } from './tokens.ts';

export interface Cue {
  start: number;
  end: number;
  prefix: string;
}

const NO_CUES: readonly Cue[] = [];

/** Index of the first cue starting at or after `position` (cues sorted by start). */
function firstStartingFrom(cues: readonly Cue[], position: number): number {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cues[middle] as Cue).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class CueIndex {
  private readonly byKind = new Map<CueKind, Cue[]>();

  /** `matches`: the article's cue phrases, sorted by start (longest first), as the matcher returns them. */
  constructor(
    matches: readonly PhraseMatch<CueEntry>[],
    private readonly tokens: TokenIndex,
  ) {
    for (const kind of CUE_KINDS) this.byKind.set(kind, []);
    for (const match of matches) this.byKind.get(match.value.cue)?.push(match);
  }

  all(kind: CueKind): readonly Cue[] {
    return this.byKind.get(kind) ?? NO_CUES;
  }

  /** Cues of a kind lying within [from, to), in text order. */
  within(kind: CueKind, from: number, to: number): Cue[] {
    const cues = this.all(kind);
    const result: Cue[] = [];
    for (let index = firstStartingFrom(cues, from); index < cues.length; index++) {
      const cue = cues[index] as Cue;
      if (cue.start > to) break;
      if (cue.end <= to) result.push(cue);
    }
    return result;
  }

  has(kind: CueKind, from: number, to: number): boolean {
    const cues = this.all(kind);
    for (let index = firstStartingFrom(cues, from); index < cues.length; index++) {
      const cue = cues[index] as Cue;
      if (cue.start > to) break;
      if (cue.end <= to) return true;
    }
    return false;
  }

  /** The nearest cue ending at or before `position`, at most `maxWords` words away and not before `floor`. */
  before(kind: CueKind, position: number, maxWords: number, floor: number): Cue | null {
    const cues = this.all(kind);
    let best: Cue | null = null;
    // The cue ending last wins (the earliest listed on ties); fewer words away is the same as ending later.
    for (let index = firstStartingFrom(cues, floor); index < cues.length; index++) {
      const cue = cues[index] as Cue;
      if (cue.start > position) break;
      if (cue.end > position) continue;
      if (best === null || cue.end > best.end) best = cue;
    }
    if (best === null || tokensBetween(this.tokens, best.end, position) > maxWords) return null;
    return best;
  }

  /** The nearest cue starting at or after `position`, at most `maxWords` words away and not after `ceiling`. */
  after(kind: CueKind, position: number, maxWords: number, ceiling: number): Cue | null {
    const cues = this.all(kind);
    // Sorted by start: the first that ends in bounds starts nearest; fewer words away is the same as starting sooner.
    for (let index = firstStartingFrom(cues, position); index < cues.length; index++) {
      const cue = cues[index] as Cue;
      if (cue.start > ceiling) break;
      if (cue.end > ceiling) continue;
      return tokensBetween(this.tokens, position, cue.start) > maxWords ? null : cue;
    }
    return null;
  }
}
