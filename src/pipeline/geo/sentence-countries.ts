/**
 * Which countries each sentence of a text names ("طرابلس اللبنانية", "Tripoli, Lebanon"), from the
 * country words the name automaton found in its one pass. Sentence ends are located only when a text
 * names a country at all, once per text, and each sentence's countries are gathered once.
 */

import type { CountryWord } from './spans.ts';

/** Countries named in a sentence, and whether it names Libya. */
export interface SentenceCountries {
  foreign: ReadonlySet<string>;
  libya: boolean;
}

const NONE: SentenceCountries = { foreign: new Set(), libya: false };

/** The characters that end a sentence for this purpose: . ! ? ؟ and a line break. */
const SENTENCE_END_MARKS = ['.', '!', '?', '\u061f', '\n'];

function ascending(a: number, b: number): number {
  return a - b;
}

export class SentenceCountryIndex {
  private text = '';
  private words: readonly CountryWord[] = [];
  /** Positions of the characters that end sentences, found on the first question. */
  private ends: number[] | null = null;
  /** Whether the text names any country but Libya: without one, no sentence needs reading. */
  private anyForeign = false;
  private readonly bySentence = new Map<number, SentenceCountries>();

  /** Starts over for a new text and the country words found in it (in order of position). */
  reset(text: string, words: readonly CountryWord[]): void {
    this.text = text;
    this.words = words;
    this.ends = null;
    this.bySentence.clear();
    this.anyForeign = false;
    for (const word of words) if (word.country !== null) this.anyForeign = true;
  }

  /**
   * The countries named in the sentence that holds the span [start, end). A text that names no
   * foreign country gets no foreign reading anywhere, so whether it names Libya is not read then.
   */
  around(start: number, end: number): SentenceCountries {
    if (!this.anyForeign) return NONE;
    const ends = this.sentenceEnds();
    // The sentence runs from after the last end before the span to the first end at or after it.
    const before = lastBelow(ends, start);
    const from = before < 0 ? 0 : (ends[before] as number) + 1;
    let after = before + 1;
    while (after < ends.length && (ends[after] as number) < end) after++;
    const to = after < ends.length ? (ends[after] as number) : this.text.length;
    // Keyed by the sentence's start: a name across a line break reads the first sentence it was asked with.
    let countries = this.bySentence.get(from);
    if (countries === undefined) {
      const foreign = new Set<string>();
      let libya = false;
      for (const word of this.words) {
        if (word.start < from || word.end > to) continue;
        if (word.country === null) libya = true;
        else foreign.add(word.country);
      }
      countries = foreign.size === 0 && !libya ? NONE : { foreign, libya };
      this.bySentence.set(from, countries);
    }
    return countries;
  }

  private sentenceEnds(): number[] {
    if (this.ends !== null) return this.ends;
    // One native search per end character beats reading every character in a loop.
    const ends: number[] = [];
    const text = this.text;
    for (const mark of SENTENCE_END_MARKS) {
      for (let index = text.indexOf(mark); index >= 0; index = text.indexOf(mark, index + 1))
        ends.push(index);
    }
    ends.sort(ascending);
    this.ends = ends;
    return ends;
  }
}

/** Index of the last value below `limit` in a sorted array, -1 when none. */
function lastBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < limit) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
