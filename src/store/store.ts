import { createStore, type StoreApi } from 'zustand/vanilla';
import { createArticlesSlice, type ArticlesSlice } from './articles-slice';
import { createCorrectionsSlice, type CorrectionsSlice } from './corrections-slice';
import { createEventsSlice, type EventsSlice } from './events-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

/** The whole app state: sources of truth only. Visible sets, GeoJSON, bins and counts are derived by selectors. */
export type MarsadState = ArticlesSlice &
  EventsSlice &
  FiltersSlice &
  SelectionSlice &
  UiSlice &
  CorrectionsSlice &
  LibrarySlice;

export type MarsadStore = StoreApi<MarsadState>;

/** A fresh store (one per app, one per test). Vanilla, so the map and timeline can subscribe outside React. */
export function createMarsadStore(): MarsadStore {
  return createStore<MarsadState>()((...args) => ({
    ...createArticlesSlice(...args),
    ...createEventsSlice(...args),
    ...createFiltersSlice(...args),
    ...createSelectionSlice(...args),
    ...createUiSlice(...args),
    ...createCorrectionsSlice(...args),
    ...createLibrarySlice(...args),
  }));
}
