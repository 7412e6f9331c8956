/**
 * From the matcher's raw matches to the spans the geocoder resolves: country words are set aside
 * (they only tell which countries a sentence names), and of overlapping names the longest wins
 * ("بني وليد" over "وليد"), each span carrying every Libyan and foreign place of its name once.
 */

import type { PhraseMatch } from '../text/phrase-matcher.ts';
import type { Place, WorldPlace } from './gazetteer-types.ts';
import type { NameEntry } from './name-index.ts';

export interface Span {
  start: number;
  end: number;
  prefix: string;
  glued: boolean;
  libya: { place: Place; weak: boolean }[];
  world: { place: WorldPlace; weak: boolean }[];
}

/** A country word written as a word of its own, or after a one-letter clitic (ومصر، بليبيا). */
export interface CountryWord {
  start: number;
  end: number;
  /** ISO code, or null for Libya. */
  country: string | null;
}

const COUNTRY_CLITICS: ReadonlySet<string> = new Set(['', 'و', 'ب', 'ل', 'ف']);

/** Owner of each text position among the kept matches (1 + index in `kept`), reused between texts. */
let taken = new Int32Array(1024);

function byLengthThenStart(a: PhraseMatch<NameEntry>, b: PhraseMatch<NameEntry>): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function byStartThenLongest(a: PhraseMatch<NameEntry>, b: PhraseMatch<NameEntry>): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The longest match of each group of overlapping place matches (earliest first on ties); matches of
 * the same span are all kept. Same rule as the matcher's `longestNonOverlapping`, with one reused
 * position buffer instead of one per text.
 */
function longestPlaces(places: PhraseMatch<NameEntry>[]): PhraseMatch<NameEntry>[] {
  if (places.length <= 1 || !overlapping(places)) return places;
  places.sort(byLengthThenStart);
  let textEnd = 0;
  for (const match of places) if (match.end > textEnd) textEnd = match.end;
  if (taken.length <= textEnd) taken = new Int32Array(Math.max(textEnd + 1, taken.length * 2));
  const owner = taken;
  const kept: PhraseMatch<NameEntry>[] = [];
  for (const match of places) {
    if (match.end <= match.start) continue;
    const first = owner[match.start] as number;
    const holder = first > 0 ? kept[first - 1] : undefined;
    if (holder !== undefined && holder.start === match.start && holder.end === match.end) {
      kept.push(match);
      continue;
    }
    let free = true;
    for (let index = match.start; index < match.end; index++) {
      if (owner[index] !== 0) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    kept.push(match);
    owner.fill(kept.length, match.start, match.end);
  }
  for (const match of kept) owner.fill(0, match.start, match.end);
  return kept.sort(byStartThenLongest);
}

/**
 * Whether any two matches overlap without sharing their span. The matcher gives them by start, longest
 * first, so in the usual text, where no two names overlap, they are already the answer.
 */
function overlapping(places: readonly PhraseMatch<NameEntry>[]): boolean {
  let previous: PhraseMatch<NameEntry> | undefined;
  let reach = -1;
  for (const match of places) {
    if (match.end <= match.start) return true;
    const sameSpan = previous !== undefined && match.start === previous.start && match.end === previous.end;
    if (!sameSpan && match.start < reach) return true;
    if (match.end > reach) reach = match.end;
    previous = match;
  }
  return false;
}

function hasLibyan(span: Span, id: string): boolean {
  for (const item of span.libya) if (item.place.id === id) return true;
  return false;
}

function hasForeign(span: Span, id: string): boolean {
  for (const item of span.world) if (item.place.id === id) return true;
  return false;
}

/** Splits the matches into place spans (longest of overlapping names) and country words. */
export function spansOf(matches: readonly PhraseMatch<NameEntry>[], countryWords: CountryWord[]): Span[] {
  const places: PhraseMatch<NameEntry>[] = [];
  for (const match of matches) {
    const entry = match.value;
    if (entry.type !== 'country') places.push(match);
    else if (!match.glued && COUNTRY_CLITICS.has(match.prefix))
      countryWords.push({ start: match.start - match.prefix.length, end: match.end, country: entry.country });
  }
  const spans: Span[] = [];
  let span: Span | undefined;
  for (const match of longestPlaces(places)) {
    if (span === undefined || span.start !== match.start || span.end !== match.end) {
      span = {
        start: match.start,
        end: match.end,
        prefix: match.prefix,
        glued: match.glued,
        libya: [],
        world: [],
      };
      spans.push(span);
    }
    const entry = match.value;
    if (entry.type === 'libya') {
      if (!hasLibyan(span, entry.place.id)) span.libya.push({ place: entry.place, weak: entry.weak });
    } else if (entry.type === 'world' && !hasForeign(span, entry.place.id)) {
      span.world.push({ place: entry.place, weak: entry.weak });
    }
  }
  return spans;
}
