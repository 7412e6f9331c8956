import type { StateCreator } from 'zustand/vanilla';
import type { MarsadState } from './store';

/** Which view caused an update, so that a view never re-applies an update it emitted itself. */
export type UpdateOrigin = 'map' | 'timeline' | 'list' | 'url' | 'reader' | 'library';

export interface SelectionSlice {
  selectedEventId: string | null;
  selectionOrigin: UpdateOrigin;
  hoveredEventId: string | null;
  /** The article open in the reader when no event is selected (from the library). */
  openArticleId: string | null;
  selectEvent: (id: string | null, origin: UpdateOrigin) => void;
  hoverEvent: (id: string | null) => void;
  openArticle: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<MarsadState, [], [], SelectionSlice> = (set) => ({
  selectedEventId: null,
  selectionOrigin: 'url',
  hoveredEventId: null,
  openArticleId: null,
  selectEvent: (selectedEventId, selectionOrigin) => set({ selectedEventId, selectionOrigin }),
  hoverEvent: (hoveredEventId) => set({ hoveredEventId }),
  openArticle: (openArticleId) => set({ openArticleId }),
});
