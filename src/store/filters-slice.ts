import type { StateCreator } from 'zustand/vanilla';
import type { SubEventType, TimePrecision } from '../pipeline/types';
import type { SearchVocabulary } from '../events/search-fold';
import type { DayWindow } from './days';
import type { MarsadState } from './store';
import type { UpdateOrigin } from './selection-slice';

/** Which events by who last coded them: all, those a user corrected (or added), or the machine's untouched. */
export type ReviewState = 'all' | 'corrected' | 'machine';

export interface EventFilters {
  /** Sub-event types to show; empty = all. */
  types: SubEventType[];
  /** Canonical actor names (either side); empty = all. */
  actors: string[];
  /** Events with fewer known fatalities are hidden; 0 shows all, including unknown counts. */
  minFatalities: number;
  /** Time precisions to show; empty = all. */
  precisions: TimePrecision[];
  /** Free-text search over notes, places (every spelling), actors and types. */
  search: string;
  /** Events the machine coded with less confidence (0..1) are hidden; 0 shows all. */
  minConfidence: number;
  /** Only events reported by this article; null = every article. */
  articleId: string | null;
  review: ReviewState;
}

export const EMPTY_FILTERS: EventFilters = {
  types: [],
  actors: [],
  minFatalities: 0,
  precisions: [],
  search: '',
  minConfidence: 0,
  articleId: null,
  review: 'all',
};

export interface FiltersSlice {
  filters: EventFilters;
  /** The timeline's window, half-open in UTC days; null = the whole span. */
  timeWindow: DayWindow | null;
  timeWindowOrigin: UpdateOrigin;
  /**
   * How searches are read once the gazetteer's spellings are loaded (on the first search; the filter panel loads
   * them, so the lazy chunk is imported from the first view's code only, never from the library's); null before.
   */
  searchVocabulary: SearchVocabulary | null;
  /**
   * Articles added by the user (upload, paste, import) whose events have not yet been brought into view; the
   * new-events notice counts their events and offers to show them.
   */
  arrivedArticleIds: readonly string[];
  /** Events the map should fit itself to, once (a new object each time it is asked). */
  mapFocus: { eventIds: readonly string[] } | null;
  setFilters: (patch: Partial<EventFilters>) => void;
  /** Set by the filter panel once a search has loaded the vocabulary (a lazy chunk). */
  setSearchVocabulary: (vocabulary: SearchVocabulary) => void;
  resetFilters: () => void;
  noteArrivals: (articleIds: readonly string[]) => void;
  clearArrivals: () => void;
  focusMapOn: (eventIds: readonly string[]) => void;
  setTimeWindow: (window: DayWindow | null, origin: UpdateOrigin) => void;
}

export const createFiltersSlice: StateCreator<MarsadState, [], [], FiltersSlice> = (set) => {
  return {
    filters: EMPTY_FILTERS,
    timeWindow: null,
    timeWindowOrigin: 'url',
    searchVocabulary: null,
    arrivedArticleIds: [],
    mapFocus: null,
    setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
    setSearchVocabulary: (searchVocabulary) => set({ searchVocabulary }),
    resetFilters: () => set({ filters: EMPTY_FILTERS }),
    setTimeWindow: (timeWindow, timeWindowOrigin) => set({ timeWindow, timeWindowOrigin }),
    noteArrivals: (articleIds) => {
      if (articleIds.length === 0) return;
      set((state) => ({ arrivedArticleIds: [...new Set([...state.arrivedArticleIds, ...articleIds])] }));
    },
    clearArrivals: () => set({ arrivedArticleIds: [] }),
    focusMapOn: (eventIds) => set({ mapFocus: { eventIds } }),
  };
};
