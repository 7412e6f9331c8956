/**
 * The lexicon phrases of an article, read where they are needed. Triggers are found in one pass over
 * the whole text; cue words and actors only in the sentences asked about (those with a trigger, and
 * their neighbours), one pass per sentence, kept for later questions. Most sentences of a news
 * article name no attack, and cue words ("the", "of", "من", "أن") are a large share of all phrases.
 *
 * Results are those of the whole text: a phrase found in a sentence is one found in the whole text
 * and lying inside it. A sentence is read from the word boundaries around it (where its edges cut
 * a word, that word is read whole), so the phrases inside it are exactly the whole text's. A question
 * about a range no single sentence holds is answered from a pass over the whole text.
 *
 * Triggers and actors of one sentence are, as before, what a scan of that sentence alone finds.
 */
import { isWordCode, splitClauses, type PhraseMatch } from '../text/index.ts';
import {
  CASUALTY_CUE_KINDS,
  type ActorCue,
  type CompiledLexicons,
  type ContextEntry,
  type CueEntry,
  type TriggerCue,
} from './compile-lexicons.ts';

interface Span {
  start: number;
  end: number;
}

/** Cues and actors whose phrase lies within a range, sorted by start (longest first). */
interface RangeMatches {
  cues: PhraseMatch<CueEntry>[];
  actors: PhraseMatch<ActorCue>[];
}

function isCue(match: PhraseMatch<ContextEntry>): match is PhraseMatch<CueEntry> {
  return match.value.lexicon === 'cue';
}

function isActor(match: PhraseMatch<ContextEntry>): match is PhraseMatch<ActorCue> {
  return match.value.lexicon === 'actor';
}

const NO_MATCHES: RangeMatches = { cues: [], actors: [] };

export class LexiconMatches {
  private readonly triggers: PhraseMatch<TriggerCue>[];
  private readonly read: (RangeMatches | undefined)[] = [];
  private readonly clauses: (readonly Span[] | undefined)[] = [];
  private whole: RangeMatches | null = null;

  constructor(
    private readonly lexicons: CompiledLexicons,
    private readonly text: string,
    private readonly segments: readonly Span[],
  ) {
    this.triggers = lexicons.triggers.findAll(text);
  }

  /** The trigger phrases of text[start, end), longest of each overlapping group, in text order. */
  triggersIn(start: number, end: number): PhraseMatch<TriggerCue>[] {
    const matches = this.cleanEdges(start, end)
      ? inRange(this.triggers, start, end)
      : shift(this.lexicons.triggers.findAll(this.text.slice(start, end)), start);
    return longestNonOverlapping(matches, start);
  }

  /** The actor phrases of text[start, end), longest of each overlapping group, in text order. */
  actorsIn(start: number, end: number): PhraseMatch<ActorCue>[] {
    const index = this.segmentHolding(start, end);
    const segment = this.segments[index];
    const matches =
      segment !== undefined && segment.start === start && segment.end === end && this.cleanEdges(start, end)
        ? this.segmentMatches(index).actors
        : split(shift(this.lexicons.context.findAll(this.text.slice(start, end)), start), 0, Infinity).actors;
    return longestNonOverlapping(matches, start);
  }

  /**
   * Cue words of the whole text, all kinds, sorted by start: every one lying within [from, to) is
   * listed (others may be too).
   */
  cuesAround(from: number, to: number): readonly PhraseMatch<CueEntry>[] {
    // A phrase is never empty, so none lies within a range that ends before it starts.
    if (to < from) return NO_MATCHES.cues;
    const index = this.segmentHolding(from, to);
    if (index >= 0) return this.segmentMatches(index).cues;
    this.whole ??= split(this.lexicons.context.findAll(this.text), 0, Infinity);
    return this.whole.cues;
  }

  /**
   * Cue words for a look-up that starts at `from` and looks ahead no further than its own sentence: the sentence
   * holding `from` answers even when `to` runs past its end (reading the whole text's cues for such a look-up
   * would cost a pass over the article).
   */
  cuesAhead(from: number, to: number): readonly PhraseMatch<CueEntry>[] {
    if (to < from) return NO_MATCHES.cues;
    const index = this.segmentHolding(from, from);
    return index >= 0 ? this.segmentMatches(index).cues : this.cuesAround(from, to);
  }

  /**
   * The clauses of the sentence holding [from, to) (split at commas and clause-opening conjunctions,
   * read once per sentence asked about), or null when no single sentence holds the range.
   */
  clausesAround(from: number, to: number): readonly Span[] | null {
    const index = this.segmentHolding(from, to);
    const segment = this.segments[index];
    if (segment === undefined) return null;
    let clauses = this.clauses[index];
    if (clauses === undefined) {
      clauses = splitClauses(this.text, { start: segment.start, end: segment.end, kind: 'sentence' });
      this.clauses[index] = clauses;
    }
    return clauses;
  }

  /**
   * Whether a cue of a death, a wound or no casualties lies within the segment [start, end) (false whenever
   * `cues.has('killed' | 'injured' | 'none', start, end)` would all be false): a sentence not read yet is read
   * with the small casualty automaton only, so that one naming none of them costs no full read.
   */
  holdsCasualtyCue(start: number, end: number): boolean {
    const index = this.segmentHolding(start, end);
    const segment = this.segments[index];
    if (segment === undefined || segment.start !== start || segment.end !== end) return true;
    const read = this.read[index];
    const cues = read !== undefined ? read.cues : this.casualtyCuesOf(segment);
    for (const cue of cues) if (CASUALTY_CUE_KINDS.has(cue.value.cue)) return true;
    return false;
  }

  /** The casualty cues lying within a segment, read from the word boundaries around it as `segmentMatches` does. */
  private casualtyCuesOf(segment: Span): PhraseMatch<CueEntry>[] {
    const text = this.text;
    let from = segment.start;
    while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
    let to = segment.end;
    while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
    const matches = shift(this.lexicons.casualtyCues.findAll(text.slice(from, to)), from);
    return matches.filter((match) => match.start >= segment.start && match.end <= segment.end);
  }

  /** Index of the segment holding [from, to), or -1. */
  private segmentHolding(from: number, to: number): number {
    const segments = this.segments;
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((segments[middle] as Span).start <= from) low = middle + 1;
      else high = middle;
    }
    const segment = segments[low - 1];
    return segment !== undefined && to <= segment.end ? low - 1 : -1;
  }

  private segmentMatches(index: number): RangeMatches {
    const found = this.read[index];
    if (found !== undefined) return found;
    const segment = this.segments[index];
    if (segment === undefined) return NO_MATCHES;
    // Read from the word boundaries around the segment, so its phrases are the whole text's.
    const text = this.text;
    let from = segment.start;
    while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
    let to = segment.end;
    while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
    const matches = shift(this.lexicons.context.findAll(text.slice(from, to)), from);
    const result = split(matches, segment.start, segment.end);
    this.read[index] = result;
    return result;
  }

  /** Neither edge of the range cuts a word, so the whole-text matches inside it are the range's own. */
  private cleanEdges(start: number, end: number): boolean {
    const text = this.text;
    return (
      (start <= 0 || !isWordCode(text.charCodeAt(start - 1))) &&
      (end >= text.length || !isWordCode(text.charCodeAt(end)))
    );
  }
}

/** Moves matches (fresh from the matcher) by `offset`. */
function shift<T>(matches: PhraseMatch<T>[], offset: number): PhraseMatch<T>[] {
  if (offset !== 0) {
    for (const match of matches) {
      match.start += offset;
      match.end += offset;
    }
  }
  return matches;
}

/** Cues and actors whose phrase lies within [start, end), in their order. */
function split(matches: readonly PhraseMatch<ContextEntry>[], start: number, end: number): RangeMatches {
  const result: RangeMatches = { cues: [], actors: [] };
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    if (isCue(match)) result.cues.push(match);
    else if (isActor(match)) result.actors.push(match);
  }
  return result;
}

/** Matches (sorted by start) whose phrase lies within [start, end), in their order. */
function inRange<T>(matches: readonly PhraseMatch<T>[], start: number, end: number): PhraseMatch<T>[] {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((matches[middle] as PhraseMatch<T>).start < start) low = middle + 1;
    else high = middle;
  }
  const result: PhraseMatch<T>[] = [];
  for (let index = low; index < matches.length; index++) {
    const match = matches[index] as PhraseMatch<T>;
    if (match.start >= end) break;
    if (match.end <= end) result.push(match);
  }
  return result;
}

/**
 * Keeps the longest match of each group of overlapping matches (earliest first on ties); matches of
 * the same span with different values are all kept. The same choice as the language core's
 * `longestNonOverlapping`, for matches that all start at or after `base` (its scratch array spans
 * the range, not the whole text).
 */
function longestNonOverlapping<T>(matches: PhraseMatch<T>[], base: number): PhraseMatch<T>[] {
  if (matches.length <= 1) return matches.filter((match) => match.end > match.start);
  // Sorted by start and none overlapping the next (the usual case): nothing to choose between.
  let disjoint = true;
  for (let index = 1; index < matches.length && disjoint; index++) {
    const previous = matches[index - 1] as PhraseMatch<T>;
    const match = matches[index] as PhraseMatch<T>;
    disjoint = previous.end <= match.start && previous.start < match.start;
  }
  if (disjoint) return matches.filter((match) => match.end > match.start);
  const ordered = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  let textEnd = base;
  for (const match of ordered) textEnd = Math.max(textEnd, match.end);
  // taken[i - base] = 1 + index in `kept` of the match covering position i, 0 when free.
  const taken = new Int32Array(textEnd - base + 1);
  const kept: PhraseMatch<T>[] = [];
  for (const match of ordered) {
    if (match.end <= match.start) continue;
    const first = taken[match.start - base] ?? 0;
    const owner = first > 0 ? kept[first - 1] : undefined;
    if (owner !== undefined && owner.start === match.start && owner.end === match.end) {
      kept.push(match);
      continue;
    }
    let free = true;
    for (let index = match.start; index < match.end && free; index++) free = taken[index - base] === 0;
    if (!free) continue;
    kept.push(match);
    taken.fill(kept.length, match.start - base, match.end - base);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
