/**
 * The reference dataset the user imported (ACLED or UCDP), its comparison with Marsad's events and the pair open
 * side by side. Its own small store: nothing here is saved, and the main store does not change shape for it.
 */
import { createStore } from 'zustand/vanilla';
import type { ReferenceDataset, ReferenceEvent } from './reference-types';

export interface ReferenceTask {
  done: number;
  total: number;
}

export interface ReferenceState {
  dataset: ReferenceDataset | null;
  fileName: string | null;
  events: ReferenceEvent[];
  skippedTypes: number;
  unreadable: number;
  /** Import under way (rows read of all rows), or null. */
  task: ReferenceTask | null;
  /** The Marsad event id of the pair shown side by side, or null. */
  openPair: string | null;
  setTask: (task: ReferenceTask | null) => void;
  setReference: (
    reference: Pick<ReferenceState, 'dataset' | 'fileName' | 'events' | 'skippedTypes' | 'unreadable'>,
  ) => void;
  openPairOf: (marsadId: string | null) => void;
  clear: () => void;
}

const EMPTY = {
  dataset: null,
  fileName: null,
  events: [],
  skippedTypes: 0,
  unreadable: 0,
  task: null,
  openPair: null,
} as const;

export const referenceStore = createStore<ReferenceState>()((set) => ({
  ...EMPTY,
  events: [],
  setTask: (task) => set({ task }),
  setReference: (reference) => set({ ...reference, task: null, openPair: null }),
  openPairOf: (openPair) => set({ openPair }),
  clear: () => set({ ...EMPTY, events: [] }),
}));
