import type { ConflictEvent } from '../../pipeline/types';
import type { DayWindow } from '../days';
import { buildEventIndex, type EventIndex } from '../event-index';
import type { EventFilters } from '../filters-slice';
import type { MarsadState } from '../store';
import { filterEvents, type FilteredEvents } from './filtered-events';
import { windowView, type WindowView } from './window-view';

/**
 * Memoised derivations of the store. Each keeps its last inputs and result, so every view asking for the same
 * state gets the same object (and React's `useSyncExternalStore` sees a stable snapshot).
 */
function memoise<Input, Output>(derive: (input: Input) => Output): (input: Input) => Output {
  let last: { input: Input; output: Output } | null = null;
  return (input) => {
    if (last && last.input === input) return last.output;
    const output = derive(input);
    last = { input, output };
    return output;
  };
}

const indexOf = memoise((events: readonly ConflictEvent[]) => buildEventIndex(events));

let lastFiltered: {
  index: EventIndex;
  filters: EventFilters;
  vocabulary: MarsadState['searchVocabulary'];
  result: FilteredEvents;
} | null = null;
let lastView: { filtered: FilteredEvents; window: DayWindow | null; result: WindowView } | null = null;

export function selectEventIndex(state: MarsadState): EventIndex {
  return indexOf(state.events);
}

export function selectFilteredEvents(state: MarsadState): FilteredEvents {
  const index = selectEventIndex(state);
  const vocabulary = state.searchVocabulary;
  if (
    lastFiltered &&
    lastFiltered.index === index &&
    lastFiltered.filters === state.filters &&
    // A new vocabulary reads the search again; without a search it changes nothing.
    (lastFiltered.vocabulary === vocabulary || state.filters.search.trim() === '')
  ) {
    return lastFiltered.result;
  }
  const result = vocabulary
    ? filterEvents(index, state.filters, vocabulary)
    : filterEvents(index, state.filters);
  lastFiltered = { index, filters: state.filters, vocabulary, result };
  return result;
}

function sameWindow(a: DayWindow | null, b: DayWindow | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

/** The events shown (filters and time window), as a view over the filtered positions. */
export function selectWindowView(state: MarsadState): WindowView {
  const filtered = selectFilteredEvents(state);
  if (lastView && lastView.filtered === filtered && sameWindow(lastView.window, state.timeWindow)) {
    return lastView.result;
  }
  const result = windowView(filtered, state.timeWindow);
  lastView = { filtered, window: state.timeWindow, result };
  return result;
}

export function selectSelectedEvent(state: MarsadState): ConflictEvent | null {
  if (!state.selectedEventId) return null;
  const index = selectEventIndex(state);
  const position = index.positionById.get(state.selectedEventId);
  return position === undefined ? null : (index.events[position] ?? null);
}
