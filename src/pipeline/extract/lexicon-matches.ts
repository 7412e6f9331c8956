/**
 * The trigger, cue and actor phrases of an article, found in one pass of the combined automaton and
 * split by lexicon. A sentence's triggers or actors are then picked from these lists by binary
 * search, exactly as a scan of that sentence alone would find them: a sentence whose edges fall
 * inside a word (where a phrase read alone could match but not in the whole text) is scanned alone.
 */
import { isWordCode, type PhraseMatch, type PhraseMatcher } from '../text/index.ts';
import type { ActorCue, CompiledLexicons, CueEntry, LexiconEntry, TriggerCue } from './compile-lexicons.ts';

interface ByLexicon {
  triggers: PhraseMatch<TriggerCue>[];
  actors: PhraseMatch<ActorCue>[];
  cues: PhraseMatch<CueEntry>[];
}

function isTrigger(match: PhraseMatch<LexiconEntry>): match is PhraseMatch<TriggerCue> {
  return match.value.lexicon === 'trigger';
}

function isCue(match: PhraseMatch<LexiconEntry>): match is PhraseMatch<CueEntry> {
  return match.value.lexicon === 'cue';
}

function isActor(match: PhraseMatch<LexiconEntry>): match is PhraseMatch<ActorCue> {
  return match.value.lexicon === 'actor';
}

/** Splits matches of the combined matcher by lexicon (the same objects), moving their offsets by `offset`. */
function split(matches: readonly PhraseMatch<LexiconEntry>[], offset: number): ByLexicon {
  const lists: ByLexicon = { triggers: [], actors: [], cues: [] };
  for (const match of matches) {
    match.start += offset;
    match.end += offset;
    if (isCue(match)) lists.cues.push(match);
    else if (isTrigger(match)) lists.triggers.push(match);
    else if (isActor(match)) lists.actors.push(match);
  }
  return lists;
}

export class LexiconMatches {
  /** Every match of each lexicon in the article, sorted by start (longest first). */
  readonly all: ByLexicon;
  private readonly matcher: PhraseMatcher<LexiconEntry>;

  constructor(
    lexicons: CompiledLexicons,
    private readonly text: string,
  ) {
    this.matcher = lexicons.phrases;
    this.all = split(this.matcher.findAll(text), 0);
  }

  /** The trigger phrases of text[start, end), longest of each overlapping group, in text order. */
  triggersIn(start: number, end: number): PhraseMatch<TriggerCue>[] {
    const matches = this.cleanEdges(start, end)
      ? inRange(this.all.triggers, start, end)
      : this.scanAlone(start, end).triggers;
    return longestNonOverlapping(matches, start);
  }

  /** The actor phrases of text[start, end), longest of each overlapping group, in text order. */
  actorsIn(start: number, end: number): PhraseMatch<ActorCue>[] {
    const matches = this.cleanEdges(start, end)
      ? inRange(this.all.actors, start, end)
      : this.scanAlone(start, end).actors;
    return longestNonOverlapping(matches, start);
  }

  /** Neither edge of the range cuts a word, so the whole-text matches inside it are the range's own. */
  private cleanEdges(start: number, end: number): boolean {
    const text = this.text;
    return (
      (start <= 0 || !isWordCode(text.charCodeAt(start - 1))) &&
      (end >= text.length || !isWordCode(text.charCodeAt(end)))
    );
  }

  private scanAlone(start: number, end: number): ByLexicon {
    return split(this.matcher.findAll(this.text.slice(start, end)), start);
  }
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
  if (matches.length === 0) return matches;
  if (matches.length === 1) {
    const only = matches[0] as PhraseMatch<T>;
    return only.end > only.start ? matches : [];
  }
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
