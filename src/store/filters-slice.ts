import type { StateCreator } from 'zustand/vanilla';
import type { SubEventType, TimePrecision } from '../pipeline/types';
import type { DayWindow } from './days';
import type { MarsadState } from './store';
import type { UpdateOrigin } from './selection-slice';

export interface EventFilters {
  /** Sub-event types to show; empty = all. */
  types: SubEventType[];
  /** Canonical actor names (either side); empty = all. */
  actors: string[];
  /** Events with fewer known fatalities are hidden; 0 shows all, including unknown counts. */
  minFatalities: number;
  /** Time precisions to show; empty = all. */
  precisions: TimePrecision[];
  /** Free-text search over notes, place and actors (case- and diacritic-insensitive). */
  search: string;
}

export const EMPTY_FILTERS: EventFilters = {
  types: [],
  actors: [],
  minFatalities: 0,
  precisions: [],
  search: '',
};

export interface FiltersSlice {
  filters: EventFilters;
  /** The timeline's window, half-open in UTC days; null = the whole span. */
  timeWindow: DayWindow | null;
  timeWindowOrigin: UpdateOrigin;
  setFilters: (patch: Partial<EventFilters>) => void;
  resetFilters: () => void;
  setTimeWindow: (window: DayWindow | null, origin: UpdateOrigin) => void;
}

export const createFiltersSlice: StateCreator<MarsadState, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  timeWindow: null,
  timeWindowOrigin: 'url',
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
  setTimeWindow: (timeWindow, timeWindowOrigin) => set({ timeWindow, timeWindowOrigin }),
});
