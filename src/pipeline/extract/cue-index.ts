/**
 * All cue words of an article found in one pass, grouped by kind and sorted by position, with
 * look-ups "the nearest cue of this kind within N words before/after a position".
 */
import type { PhraseMatch, PhraseMatcher } from '../text/index.ts';
import { CUE_KINDS, type CueKind } from './cue-kinds.ts';
import { tokensBetween, type TokenIndex } from './tokens.ts';

export interface Cue {
  start: number;
  end: number;
  prefix: string;
}

export class CueIndex {
  private readonly byKind = new Map<CueKind, Cue[]>();

  constructor(
    matcher: PhraseMatcher<CueKind>,
    text: string,
    private readonly tokens: TokenIndex,
  ) {
    for (const kind of CUE_KINDS) this.byKind.set(kind, []);
    const matches: PhraseMatch<CueKind>[] = matcher.findAll(text);
    for (const match of matches) {
      this.byKind.get(match.value)?.push({ start: match.start, end: match.end, prefix: match.prefix });
    }
  }

  all(kind: CueKind): readonly Cue[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Cues of a kind lying within [from, to). */
  within(kind: CueKind, from: number, to: number): Cue[] {
    return this.all(kind).filter((cue) => cue.start >= from && cue.end <= to);
  }

  has(kind: CueKind, from: number, to: number): boolean {
    return this.all(kind).some((cue) => cue.start >= from && cue.end <= to);
  }

  /** The nearest cue ending at or before `position`, at most `maxWords` words away and not before `floor`. */
  before(kind: CueKind, position: number, maxWords: number, floor: number): Cue | null {
    let best: Cue | null = null;
    for (const cue of this.all(kind)) {
      if (cue.end > position || cue.start < floor) continue;
      if (tokensBetween(this.tokens, cue.end, position) > maxWords) continue;
      if (best === null || cue.end > best.end) best = cue;
    }
    return best;
  }

  /** The nearest cue starting at or after `position`, at most `maxWords` words away and not after `ceiling`. */
  after(kind: CueKind, position: number, maxWords: number, ceiling: number): Cue | null {
    let best: Cue | null = null;
    for (const cue of this.all(kind)) {
      if (cue.start < position || cue.end > ceiling) continue;
      if (tokensBetween(this.tokens, position, cue.start) > maxWords) continue;
      if (best === null || cue.start < best.start) best = cue;
    }
    return best;
  }
}
