import type { StateCreator } from 'zustand/vanilla';
import type { MarsadState } from './store';

/** A long library task the user is waiting for (an import), with how far it has got. */
export interface LibraryTask {
  label: string;
  done: number;
  total: number;
}

export interface LibrarySlice {
  /** False until the saved library has been read from IndexedDB at start-up. */
  libraryReady: boolean;
  libraryTask: LibraryTask | null;
  setLibraryReady: (ready: boolean) => void;
  setLibraryTask: (task: LibraryTask | null) => void;
}

export const createLibrarySlice: StateCreator<MarsadState, [], [], LibrarySlice> = (set) => ({
  libraryReady: false,
  libraryTask: null,
  setLibraryReady: (libraryReady) => set({ libraryReady }),
  setLibraryTask: (libraryTask) => set({ libraryTask }),
});
