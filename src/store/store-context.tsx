import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { MarsadState, MarsadStore } from './store';

const StoreContext = createContext<MarsadStore | null>(null);

export function StoreProvider({ store, children }: { store: MarsadStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store instance itself, for components that subscribe outside React's render cycle (map, timeline). */
export function useMarsadStoreApi(): MarsadStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useMarsadStoreApi must be used inside <StoreProvider>');
  return store;
}

/** Selects a slice of state; the component re-renders only when the selected value changes. */
export function useMarsad<T>(selector: (state: MarsadState) => T): T {
  return useStore(useMarsadStoreApi(), selector);
}
