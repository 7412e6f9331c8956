/**
 * Normalisation with an offset map: a matching form of an article's text plus, for every position of
 * that form, the position in the original text it came from, so a match found in the matching form
 * can be highlighted in the text exactly as the user sees it.
 *
 * The folding itself is described in `fold-table.ts`. Whitespace: a run of spaces, tabs, NBSP and
 * invisible characters becomes one ' '; a run that contains one line break becomes '\n'; a run with
 * two or more line breaks becomes '\n\n' (a paragraph boundary). The first character of a run maps
 * to the run's first whitespace character. Nothing is trimmed, so offsets stay simple. One pass over
 * the text, table-driven.
 */

import {
  CARRIAGE_RETURN,
  DELETE,
  EXPANSION,
  EXPANSIONS,
  FOLD_TABLE,
  NEWLINE,
  SURROGATE,
} from './fold-table.ts';

export interface NormalisedText {
  text: string;
  /**
   * Length text.length + 1. toOriginal[i] = index in the original of the character that produced
   * normalised character i; the last entry is original.length.
   */
  toOriginal: Uint32Array;
}

/**
 * What `normalise` returns: the offset map is kept as runs (from a normalised position on, every
 * character sits a fixed distance from its original), since a text keeps the same distance over
 * long stretches and only a few positions are ever looked up; `toOriginal` is built on first read.
 * `toOriginal` is a getter, so a spread copy (`{ ...n }`) or a structured clone loses it: pass the
 * object itself.
 */
class FoldedText implements NormalisedText {
  private map: Uint32Array | null = null;

  constructor(
    readonly text: string,
    /** Pairs (normalised position, original index − normalised position), by position; [0, d0] first. */
    readonly runs: readonly number[],
  ) {}

  get toOriginal(): Uint32Array {
    if (this.map !== null) return this.map;
    const length = this.text.length;
    const map = new Uint32Array(length + 1);
    const runs = this.runs;
    for (let run = 0; run < runs.length; run += 2) {
      const from = runs[run] as number;
      const to = run + 2 < runs.length ? (runs[run + 2] as number) : length + 1;
      const shift = runs[run + 1] as number;
      for (let position = from; position < to; position++) map[position] = position + shift;
    }
    this.map = map;
    return map;
  }

  /** toOriginal[position], for 0 <= position <= text.length, without building the map. */
  originalAt(position: number): number {
    const runs = this.runs;
    let low = 0;
    let high = (runs.length >> 1) - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((runs[middle << 1] as number) <= position) low = middle;
      else high = middle - 1;
    }
    return position + (runs[(low << 1) + 1] as number);
  }
}

const CHUNK = 8192;

function createDecoder(): TextDecoder | null {
  try {
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    return littleEndian ? new TextDecoder('utf-16le') : null;
  } catch {
    return null;
  }
}

const decoder = createDecoder();

/** Lone surrogates were already replaced by U+FFFD, so decoding the units changes nothing. */
function codesToString(codes: Uint16Array, length: number): string {
  // Short strings: building them directly beats the decoder's call overhead.
  if (length <= 64) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  if (decoder !== null) return decoder.decode(codes.subarray(0, length));
  const parts: string[] = [];
  for (let from = 0; from < length; from += CHUNK) {
    const to = Math.min(length, from + CHUNK);
    parts.push(String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]));
  }
  return parts.join('');
}

let scratch = new Uint16Array(4096);
/** Runs being built (see `FoldedText.runs`); `normalise` is not re-entrant and needs not be. */
const runScratch: number[] = [0, 0];

/**
 * Records that from normalised `position` on, characters sit `shift` after their original, given
 * `used` entries of `runScratch` so far; returns the new count. A run at the same position as the
 * last one replaces it (a collapsed space's position is taken by the next character).
 */
function addRun(used: number, position: number, shift: number): number {
  if ((runScratch[used - 2] as number) === position) {
    if (used >= 4 && (runScratch[used - 3] as number) === shift) return used - 2;
    runScratch[used - 1] = shift;
    return used;
  }
  runScratch[used] = position;
  runScratch[used + 1] = shift;
  return used + 2;
}

/**
 * One pass over `original`, writing the folded units into `scratch` (grown as needed).
 *
 * Hot path, branch-free: every unit whose table entry is a character (space included) is written;
 * the write position only advances when the unit is not a space following a space or a line break,
 * so a run of spaces keeps the position of its first space. The offset map only changes where a
 * unit is dropped or a space collapsed, so each written unit costs one comparison. Line breaks,
 * deletions, surrogates and expansions take the rare path.
 */
function normaliseInto(original: string, capacity: number): FoldedText | null {
  const length = original.length;
  if (scratch.length < capacity + 1) scratch = new Uint16Array(Math.max(capacity + 1, scratch.length * 2));
  const out = scratch;
  // Local copies: module bindings may be compiled to getters by some loaders.
  const table = FOLD_TABLE;
  const deleteClass = DELETE;
  const newlineClass = NEWLINE;
  const returnClass = CARRIAGE_RETURN;
  const surrogateClass = SURROGATE;
  runScratch[0] = 0;
  runScratch[1] = 0;
  let used = 2;
  /** Current distance original index − normalised position. */
  let shift = 0;
  let written = 0;
  // 1 when the last unit written is a space or a line break.
  let lastBlank = 0;
  for (let index = 0; index < length; index++) {
    const code = original.charCodeAt(index);
    const value = table[code] as number;
    if (value >= 32) {
      const isSpace = ((value ^ 32) - 1) >>> 31;
      out[written] = value;
      if (index - written !== shift) {
        shift = index - written;
        used = addRun(used, written, shift);
      }
      written += 1 - (isSpace & lastBlank);
      lastBlank = isSpace;
      continue;
    }
    if (value === deleteClass) continue;
    if (value === newlineClass || value === returnClass) {
      if (code === 10 && index > 0 && original.charCodeAt(index - 1) === 13) continue;
      const previous = written > 0 ? out[written - 1] : 0;
      lastBlank = 1;
      // Spaces before a line break: the break takes the place (and start position) of the first one.
      if (previous === 32) out[written - 1] = 10;
      else if (previous !== 10 || written < 2 || out[written - 2] !== 10) {
        out[written] = 10;
        if (index - written !== shift) {
          shift = index - written;
          used = addRun(used, written, shift);
        }
        written++;
      }
      continue;
    }
    lastBlank = 0;
    if (value === surrogateClass) {
      // A valid pair is copied as is; a lone surrogate becomes U+FFFD (one unit, as decoders do).
      const next = index + 1 < length ? original.charCodeAt(index + 1) : 0;
      if (index - written !== shift) {
        shift = index - written;
        used = addRun(used, written, shift);
      }
      if (code < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
        out[written++] = code;
        out[written++] = next;
        index++;
      } else {
        out[written++] = 0xfffd;
      }
      continue;
    }
    // EXPANSION: one code unit becomes several, all mapped to it.
    const expansion = EXPANSIONS[code] ?? '';
    if (written + expansion.length + (length - index - 1) > capacity) return null;
    for (let part = 0; part < expansion.length; part++) {
      out[written] = expansion.charCodeAt(part);
      if (index - written !== shift) {
        shift = index - written;
        used = addRun(used, written, shift);
      }
      written++;
    }
  }
  if (length - written !== shift) used = addRun(used, written, length - written);
  return new FoldedText(codesToString(out, written), runScratch.slice(0, used));
}

/** Extra units that expansions will add (only called when a text has any). */
function expansionGrowth(original: string): number {
  let extra = 0;
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    if (FOLD_TABLE[code] === EXPANSION) extra += Math.max(0, (EXPANSIONS[code] ?? '').length - 1);
  }
  return extra;
}

export function normalise(original: string): NormalisedText {
  const text = typeof original === 'string' ? original : '';
  return (
    normaliseInto(text, text.length) ??
    normaliseInto(text, text.length + expansionGrowth(text)) ??
    // Unreachable by construction (the capacity above is exact); an expansion is at most 4 units.
    (normaliseInto(text, text.length * 4) as FoldedText)
  );
}

let termScratch = new Uint16Array(256);

/**
 * The same folding for lexicon and gazetteer entries, without an offset map: every whitespace run
 * (line breaks included) becomes one space and the ends are trimmed. Cheap enough to call per word.
 */
export function normaliseTerm(term: string): string {
  const text = typeof term === 'string' ? term : '';
  const needed = text.length * 4 + 1;
  if (termScratch.length < needed) termScratch = new Uint16Array(needed);
  const out = termScratch;
  // Local copies: module bindings may be compiled to getters by some loaders.
  const table = FOLD_TABLE;
  const deleteClass = DELETE;
  const newlineClass = NEWLINE;
  const returnClass = CARRIAGE_RETURN;
  const surrogateClass = SURROGATE;
  let written = 0;
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const value = table[code] as number;
    if (value === 32 || value === newlineClass || value === returnClass) {
      pendingSpace = written > 0;
      continue;
    }
    if (value === deleteClass) continue;
    if (pendingSpace) {
      out[written++] = 32;
      pendingSpace = false;
    }
    if (value > 32) out[written++] = value;
    else if (value === surrogateClass) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (code < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
        out[written++] = code;
        out[written++] = next;
        index++;
      } else out[written++] = 0xfffd;
    } else {
      const expansion = EXPANSIONS[code] ?? '';
      for (let part = 0; part < expansion.length; part++) out[written++] = expansion.charCodeAt(part);
    }
  }
  return codesToString(out, written);
}

/**
 * The original span of the normalised span [start, end). Out-of-range or reversed bounds are clamped.
 * The end covers the whole original character behind the last normalised one, including marks that
 * were removed after it (so a highlighted word keeps its final diacritic).
 */
export function toOriginalSpan(
  n: NormalisedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const folded = n instanceof FoldedText ? n : new MapReader(n.toOriginal);
  const last = folded.text.length;
  const clampedStart = Math.max(0, Math.min(last, Math.floor(Number.isFinite(start) ? start : 0)));
  const clampedEnd = Math.max(clampedStart, Math.min(last, Math.floor(Number.isFinite(end) ? end : last)));
  const originalStart = folded.originalAt(clampedStart);
  if (clampedEnd === clampedStart) return { start: originalStart, end: originalStart };
  const lastSource = folded.originalAt(clampedEnd - 1);
  let next = clampedEnd;
  while (next < last && folded.originalAt(next) <= lastSource) next++;
  return { start: originalStart, end: folded.originalAt(next) };
}

/** The same reading over a plain offset map (a `NormalisedText` not made by `normalise`). */
class MapReader {
  readonly text: { length: number };

  constructor(private readonly map: Uint32Array) {
    this.text = { length: map.length - 1 };
  }

  originalAt(position: number): number {
    return this.map[position] as number;
  }
}
