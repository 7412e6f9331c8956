import type { StateCreator } from 'zustand/vanilla';
import type { EventCorrection } from '../corrections/correction-types';
import type { MarsadState } from './store';

export interface CorrectionsSlice {
  /** The user's corrections, by event id; `events` already has them applied. */
  corrections: Record<string, EventCorrection>;
  /** The event open in the correction editor, or null. */
  editingEventId: string | null;
  setCorrections: (corrections: Record<string, EventCorrection>) => void;
  editEvent: (id: string | null) => void;
}

export const createCorrectionsSlice: StateCreator<MarsadState, [], [], CorrectionsSlice> = (set) => ({
  corrections: Object.create(null) as Record<string, EventCorrection>,
  editingEventId: null,
  setCorrections: (corrections) => set({ corrections }),
  editEvent: (editingEventId) => set({ editingEventId }),
});
