import type { StateCreator } from 'zustand/vanilla';
import type { ConflictEvent } from '../pipeline/types';
import type { MarsadState } from './store';

export interface EventsSlice {
  /** The events as merged across articles: the source of truth the views derive from. */
  events: ConflictEvent[];
  /** Replaces every event at once (after extraction, import or a correction). */
  setEvents: (events: ConflictEvent[]) => void;
}

export const createEventsSlice: StateCreator<MarsadState, [], [], EventsSlice> = (set) => ({
  events: [],
  setEvents: (events) => set({ events }),
});
