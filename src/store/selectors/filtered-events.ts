import type { ConflictEvent } from '../../pipeline/types';
import { BASIC_VOCABULARY, type SearchVocabulary } from '../../events/search-fold';
import type { EventIndex } from '../event-index';
import type { EventFilters } from '../filters-slice';
import { increment, SUB_EVENT_TYPES } from '../event-index';

/**
 * The events that pass the non-time filters, as index positions sorted by day, plus the sorted arrays the
 * time-window queries binary-search. A memoised derivation of the index and the filters.
 */
export interface FilteredEvents {
  index: EventIndex;
  /** 1 where the event passes the filters, by index position (the map shader's mask). */
  mask: Uint8Array;
  /** Index positions that pass, ascending (so by day). */
  positions: Int32Array;
  /** `index.day` of each entry of `positions` (ascending). */
  days: Int32Array;
  /** Span starts of the passing events, sorted ascending (built on first use: only window counts need it). */
  readonly sortedSpanStarts: Int32Array;
}

const searchTextCache = new WeakMap<EventIndex, { fold: (text: string) => string; texts: string[] }>();

function searchText(event: ConflictEvent, fold: (text: string) => string): string {
  return fold(
    [
      event.notes,
      event.location ?? '',
      event.actor1 ?? '',
      event.actor2 ?? '',
      event.admin1 ?? '',
      event.sub_event_type,
    ].join('\n'),
  );
}

/** Folded notes, place, actors and type per index position, built once per index and folding on first search. */
function searchTexts(index: EventIndex, fold: (text: string) => string): string[] {
  const cached = searchTextCache.get(index);
  if (cached && cached.fold === fold) return cached.texts;
  const texts = index.events.map((event) => searchText(event, fold));
  searchTextCache.set(index, { fold, texts });
  return texts;
}

/** Whether the event passes the review filters: confidence, article and who coded it. */
function passesReview(event: ConflictEvent, filters: EventFilters): boolean {
  if (filters.minConfidence > 0 && event.confidence < filters.minConfidence) return false;
  if (filters.review === 'corrected' && !event.corrected?.length) return false;
  if (filters.review === 'machine' && event.corrected?.length) return false;
  const { articleId } = filters;
  if (articleId !== null && !event.sources.some((source) => source.article_id === articleId)) return false;
  return true;
}

export function hasActiveFilters(filters: EventFilters): boolean {
  return (
    filters.types.length > 0 ||
    filters.actors.length > 0 ||
    filters.minFatalities > 0 ||
    filters.precisions.length > 0 ||
    filters.search.trim() !== '' ||
    filters.minConfidence > 0 ||
    filters.articleId !== null ||
    filters.review !== 'all'
  );
}

/**
 * The span starts of the given positions (ascending by day), sorted, in linear time: within one time precision
 * a span start is the day minus a constant, so each precision's run is already sorted and three runs merge.
 */
export function sortedSpanStartsOf(index: EventIndex, positions: Int32Array): Int32Array {
  const total = positions.length;
  const lengths = new Int32Array(4);
  for (let k = 0; k < total; k++) increment(lengths, index.timePrecision[positions[k] as number] as number);
  const offsets = new Int32Array(4);
  for (let p = 1; p < 4; p++) offsets[p] = (offsets[p - 1] as number) + (lengths[p - 1] as number);
  const ends = Int32Array.of(...offsets.map((offset, p) => offset + (lengths[p] as number)));
  const runs = new Int32Array(total);
  const fill = offsets.slice();
  for (let k = 0; k < total; k++) {
    const position = positions[k] as number;
    runs[increment(fill, index.timePrecision[position] as number)] = index.spanStart[position] as number;
  }
  const sorted = new Int32Array(total);
  const cursor = offsets.slice();
  for (let k = 0; k < total; k++) {
    let best = -1;
    let bestValue = 0;
    for (let p = 0; p < 4; p++) {
      const at = cursor[p] as number;
      if (at >= (ends[p] as number)) continue;
      const value = runs[at] as number;
      if (best < 0 || value < bestValue) {
        best = p;
        bestValue = value;
      }
    }
    sorted[k] = bestValue;
    increment(cursor, best);
  }
  return sorted;
}

/** The filtered events with their sorted span starts left for the first count that needs them. */
function filtered(
  index: EventIndex,
  mask: Uint8Array,
  positions: Int32Array,
  days: Int32Array,
): FilteredEvents {
  let sortedSpanStarts: Int32Array | null = null;
  return {
    index,
    mask,
    positions,
    days,
    get sortedSpanStarts() {
      sortedSpanStarts ??= sortedSpanStartsOf(index, positions);
      return sortedSpanStarts;
    },
  };
}

/** Every event passes: the mask is all ones and the positions are the index itself. */
function everyEvent(index: EventIndex): FilteredEvents {
  const { count } = index;
  const mask = new Uint8Array(count).fill(1);
  const positions = new Int32Array(count);
  for (let i = 0; i < count; i++) positions[i] = i;
  return filtered(index, mask, positions, index.day);
}

export function filterEvents(
  index: EventIndex,
  filters: EventFilters,
  vocabulary: SearchVocabulary = BASIC_VOCABULARY,
): FilteredEvents {
  if (!hasActiveFilters(filters)) return everyEvent(index);
  const { count } = index;
  const mask = new Uint8Array(count);
  const typeAllowed = new Uint8Array(SUB_EVENT_TYPES.length).fill(filters.types.length === 0 ? 1 : 0);
  for (const type of filters.types) {
    const typeIndex = SUB_EVENT_TYPES.indexOf(type);
    if (typeIndex >= 0) typeAllowed[typeIndex] = 1;
  }
  const precisionAllowed = new Uint8Array(4).fill(filters.precisions.length === 0 ? 1 : 0);
  for (const precision of filters.precisions) precisionAllowed[precision] = 1;
  const actors = filters.actors.length > 0 ? new Set(filters.actors) : null;
  const alternatives = vocabulary.alternatives(filters.search);
  const texts = alternatives.length > 0 ? searchTexts(index, vocabulary.fold) : null;
  const review = filters.minConfidence > 0 || filters.articleId !== null || filters.review !== 'all';
  const minimum = filters.minFatalities;

  let passing = 0;
  for (let i = 0; i < count; i++) {
    if (!typeAllowed[index.type[i] ?? 0]) continue;
    if (!precisionAllowed[index.timePrecision[i] ?? 0]) continue;
    if (minimum > 0 && (index.fatalities[i] ?? -1) < minimum) continue;
    if (actors) {
      const event = index.events[i] as ConflictEvent;
      if (!(event.actor1 && actors.has(event.actor1)) && !(event.actor2 && actors.has(event.actor2)))
        continue;
    }
    if (texts) {
      const text = texts[i] ?? '';
      if (!alternatives.some((alternative) => text.includes(alternative))) continue;
    }
    if (review && !passesReview(index.events[i] as ConflictEvent, filters)) continue;
    mask[i] = 1;
    passing++;
  }

  const positions = new Int32Array(passing);
  const days = new Int32Array(passing);
  let k = 0;
  for (let i = 0; i < count; i++) {
    if (!mask[i]) continue;
    positions[k] = i;
    days[k] = index.day[i] ?? 0;
    k++;
  }
  return filtered(index, mask, positions, days);
}
