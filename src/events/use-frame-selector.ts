import { useCallback, useSyncExternalStore } from 'react';
import { useMarsadStoreApi } from '../store/store-context';
import type { MarsadState } from '../store/store';

/**
 * Reads a memoised derivation of the store, re-rendering at most once per animation frame however often the
 * store changes (scrubbing sets the time window many times a frame). `select` must return a stable object for
 * unchanged inputs (the selectors in store/selectors are memoised).
 */
export function useFrameSelector<T>(select: (state: MarsadState) => T): T {
  const store = useMarsadStoreApi();
  const subscribe = useCallback(
    (notify: () => void) => {
      let frame = 0;
      let last = select(store.getState());
      const unsubscribe = store.subscribe((state) => {
        const next = select(state);
        if (next === last || frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          last = select(store.getState());
          notify();
        });
      });
      return () => {
        unsubscribe();
        if (frame) cancelAnimationFrame(frame);
      };
    },
    [store, select],
  );
  const getSnapshot = useCallback(() => select(store.getState()), [store, select]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
