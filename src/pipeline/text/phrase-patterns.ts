/**
 * Phrase patterns with optional slots, a layer over the phrase matcher. A pattern is fixed parts
 * joined by named slots: "سقطت {quantity} صواريخ" finds "سقطت صواريخ", "وسقطت عشرات الصواريخ" and
 * "سقطت عدد من الصواريخ"; "fired {determiner} rockets" finds "fired rockets" and "fired its rockets".
 *
 * - The fixed parts are phrases of the one automaton that also holds the plain phrases, so a text is
 *   still read once; each part takes its clitics as a phrase does (و، ب، ال before an Arabic word).
 * - A slot is a run of at most `maxWords` words between two parts, each one of the slot's words (a
 *   leading و or ال set aside), a number when `numbers` is set, or any word when `any` is set; an empty
 *   run is allowed. A slot never crosses punctuation.
 * - Matches come back like the phrase matcher's (span of the whole pattern, the first part's clitics),
 *   sorted by start then longest first, mixed with the plain phrases' matches.
 */
import { normaliseTerm } from './normalise.ts';
import { PhraseMatcher, type FindOptions, type PhraseMatch } from './phrase-matcher.ts';
import { WORD_TABLE } from './word-characters.ts';

export interface SlotDefinition {
  /** Words (or phrases, read word by word) the slot may hold. */
  words: readonly string[];
  maxWords: number;
  /** Digits count as words of the slot ("سقطت 5 قذائف"). */
  numbers?: boolean;
  /** Any word may fill the slot (a short subject: "أطلقت الطائرة الحربية صواريخها"). */
  any?: boolean;
}

interface CompiledSlot {
  words: ReadonlySet<string>;
  maxWords: number;
  numbers: boolean;
  any: boolean;
}

interface CompiledPattern<T> {
  slots: CompiledSlot[];
  value: T;
}

/**
 * A plain phrase, or the first part shared by some patterns (one entry per distinct part, so a match of a
 * part shared by many patterns is one match, not one per pattern).
 */
type Entry<T> = { kind: 'phrase'; value: T } | { kind: 'first'; patterns: number[] };
/** A later part of a pattern: the pattern and the part's place in it. */
type Part = { pattern: number; index: number };

/** A slot in a phrase: {name}. */
const SLOT = /\{([a-z_]+)\}/g;
/** How far (in characters) a slot of this many words may reach: generous, the word check decides. */
const CHARACTERS_PER_WORD = 24;

function byStartThenLongest<T>(a: PhraseMatch<T>, b: PhraseMatch<T>): number {
  return a.start - b.start || b.end - a.end;
}

function isDigits(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return word.length > 0;
}

function compileSlot(definition: SlotDefinition): CompiledSlot {
  const words = new Set<string>();
  for (const phrase of definition.words)
    for (const word of normaliseTerm(phrase).split(' ')) if (word.length > 0) words.add(word);
  return {
    words,
    maxWords: Math.max(0, definition.maxWords),
    numbers: definition.numbers === true,
    any: definition.any === true,
  };
}

/** Whether text[from, to) is a run of words the slot may hold (no punctuation, at most maxWords). */
function fillsSlot(text: string, from: number, to: number, slot: CompiledSlot): boolean {
  let words = 0;
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10) {
      index++;
      continue;
    }
    if (WORD_TABLE[code] !== 1) return false;
    const start = index;
    while (index < to && WORD_TABLE[text.charCodeAt(index)] === 1) index++;
    words++;
    if (words > slot.maxWords) return false;
    if (slot.any) continue;
    const word = text.slice(start, index);
    if (slot.words.has(word) || (slot.numbers && isDigits(word))) continue;
    const bare = word.startsWith('و') ? word.slice(1) : word;
    if (slot.words.has(bare)) continue;
    if (bare.startsWith('ال') && slot.words.has(bare.slice(2))) continue;
    return false;
  }
  return true;
}

/** Whether a later part's patterns include part `index` of `pattern`. */
function isPartOf(parts: readonly Part[], pattern: number, index: number): boolean {
  for (const part of parts) if (part.pattern === pattern && part.index === index) return true;
  return false;
}

export class PatternMatcher<T> {
  /** The plain phrases and each pattern's first part: read over the whole text. */
  private readonly matcher: PhraseMatcher<Entry<T>>;
  /**
   * The patterns' other parts, read only just after a first part: they are often common words ("على" closes
   * "السيطرة {extent} على"), and finding every one of them in the whole text would cost far more than the rest.
   */
  private readonly tails: PhraseMatcher<Part[]>;
  private readonly patterns: CompiledPattern<T>[] = [];
  /** How far (in characters) after its first part any pattern's other parts may end. */
  private longestReach = 0;

  /**
   * `entries`: phrases, some with slots ("سقطت {quantity} صواريخ"); `slots`: the slot names a pattern
   * may use. A pattern naming an unknown slot, or with an empty part, is taken as a plain phrase.
   */
  constructor(
    entries: Iterable<readonly [phrase: string, value: T]>,
    slots: Readonly<Record<string, SlotDefinition>> = {},
  ) {
    const compiledSlots = new Map<string, CompiledSlot>();
    for (const [name, definition] of Object.entries(slots)) compiledSlots.set(name, compileSlot(definition));
    const phraseEntries: [string, Entry<T>][] = [];
    const tailEntries: [string, Part[]][] = [];
    // Parts grouped by their normalised form, in order of first appearance (the matcher's own grouping).
    const firstOf = new Map<string, number[]>();
    const tailOf = new Map<string, Part[]>();
    for (const [phrase, value] of entries) {
      const names = [...phrase.matchAll(SLOT)].map((match) => match[1] as string);
      const parts = phrase.split(SLOT).filter((_, index) => index % 2 === 0);
      const known = names.map((name) => compiledSlots.get(name));
      if (
        names.length === 0 ||
        known.some((slot) => slot === undefined) ||
        parts.some((part) => normaliseTerm(part).length === 0)
      ) {
        phraseEntries.push([phrase.replace(SLOT, ' '), { kind: 'phrase', value }]);
        continue;
      }
      const pattern = this.patterns.length;
      const slotsOfPattern = known as CompiledSlot[];
      let reach = 0;
      for (const slot of slotsOfPattern) reach += (slot.maxWords + 1) * CHARACTERS_PER_WORD;
      for (const part of parts.slice(1)) reach += part.length + CHARACTERS_PER_WORD;
      this.patterns.push({ slots: slotsOfPattern, value });
      this.longestReach = Math.max(this.longestReach, reach);
      parts.forEach((part, index) => {
        const key = normaliseTerm(part);
        if (index === 0) {
          const patterns = firstOf.get(key);
          if (patterns !== undefined) patterns.push(pattern);
          else {
            const created = [pattern];
            firstOf.set(key, created);
            phraseEntries.push([part, { kind: 'first', patterns: created }]);
          }
          return;
        }
        const list = tailOf.get(key);
        if (list !== undefined) list.push({ pattern, index });
        else {
          const created = [{ pattern, index }];
          tailOf.set(key, created);
          tailEntries.push([part, created]);
        }
      });
    }
    this.matcher = new PhraseMatcher(phraseEntries);
    this.tails = new PhraseMatcher(tailEntries);
  }

  /** Number of distinct normalised phrases and parts. */
  get size(): number {
    return this.matcher.size + this.tails.size;
  }

  findAll(text: string, options?: FindOptions): PhraseMatch<T>[] {
    const found = this.matcher.findAll(text, options);
    // The plain phrases' matches are taken over as they are (only their value changes), so a text with no
    // pattern part costs one pass and no copy.
    const matches = found as unknown as PhraseMatch<T>[];
    let parts: PhraseMatch<Entry<T>>[] | null = null;
    let kept = 0;
    for (const match of found) {
      const entry = match.value;
      if (entry.kind === 'phrase') {
        (match as unknown as PhraseMatch<T>).value = entry.value;
        matches[kept++] = match as unknown as PhraseMatch<T>;
      } else (parts ??= []).push(match);
    }
    matches.length = kept;
    if (parts === null) return matches;
    let completed = false;
    // Several patterns often share a first part ("صواريخ {quantity} سقطت", "صواريخ {quantity} أصابت"): the
    // window after it is read once, as far as the longest of them reaches.
    let tails: PhraseMatch<Part[]>[] = [];
    let tailsFrom = -1;
    for (const first of parts) {
      const entry = first.value;
      if (entry.kind !== 'first') continue;
      if (first.end !== tailsFrom) {
        tails = this.tailsAfter(text, first.end, first.end + this.longestReach, options);
        tailsFrom = first.end;
      }
      for (const pattern of entry.patterns) {
        const end = this.completion(text, tails, -1, pattern, 1, first.end);
        if (end < 0) continue;
        const value = (this.patterns[pattern] as CompiledPattern<T>).value;
        matches.push({ start: first.start, end, value, prefix: first.prefix, glued: false });
        completed = true;
      }
    }
    if (completed) matches.sort(byStartThenLongest);
    return matches;
  }

  /** The patterns' later parts in text[from, to) (the window widened to whole words), by start. */
  private tailsAfter(text: string, from: number, to: number, options?: FindOptions): PhraseMatch<Part[]>[] {
    let end = Math.min(to, text.length);
    while (end < text.length && WORD_TABLE[text.charCodeAt(end)] === 1) end++;
    const found = this.tails.findAll(text.slice(from, end), options);
    for (const match of found) {
      match.start += from;
      match.end += from;
    }
    return found;
  }

  /**
   * The end of the pattern's remaining parts (from part `next`, the text read up to `from`), the
   * nearest first, or -1 when they do not follow.
   */
  private completion(
    text: string,
    parts: readonly PhraseMatch<Part[]>[],
    after: number,
    pattern: number,
    next: number,
    from: number,
  ): number {
    const slots = (this.patterns[pattern] as CompiledPattern<T>).slots;
    const slot = slots[next - 1];
    if (slot === undefined) return from;
    const reach = from + (slot.maxWords + 1) * CHARACTERS_PER_WORD;
    for (let index = after + 1; index < parts.length; index++) {
      const part = parts[index] as PhraseMatch<Part[]>;
      const wordStart = part.start - part.prefix.length;
      if (wordStart > reach) break;
      if (wordStart < from || !isPartOf(part.value, pattern, next)) continue;
      if (!fillsSlot(text, from, wordStart, slot)) continue;
      const end = this.completion(text, parts, index, pattern, next + 1, part.end);
      if (end >= 0) return end;
    }
    return -1;
  }
}
