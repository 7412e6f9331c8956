import { startTransition, useEffect, useState } from 'react';
import { useMarsadStoreApi } from '../store/store-context';
import type { MarsadState } from '../store/store';
import { whenIdle } from '../store/when-idle';

/** When a view reads a derivation: in the next animation frame, or when the page is next idle. */
export type SelectorTiming = 'frame' | 'idle';

/** A view of idle-timed data is never more than this late. */
const IDLE_TIMEOUT_MS = 300;

/**
 * Reads a memoised derivation of the store for a view that may lag a little behind it (the list, the counts, the
 * filter panel's actors). However often the store changes (scrubbing sets the time window many times a frame,
 * an upload commits batch after batch), the derivation is read at most once per animation frame (or once the
 * page is idle), and the re-render it causes is a React transition: rendered in slices after the frame, so the
 * map's frame and the pointer never wait for it. `select` must return a stable object for unchanged inputs (the
 * selectors in store/selectors are memoised).
 */
export function useFrameSelector<T>(select: (state: MarsadState) => T, timing: SelectorTiming = 'frame'): T {
  const store = useMarsadStoreApi();
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const read = () => {
      cancel = null;
      const next = select(store.getState());
      startTransition(() => setValue(() => next));
    };
    const schedule = () => {
      if (cancel) return;
      if (timing === 'idle') {
        cancel = whenIdle(read, IDLE_TIMEOUT_MS);
      } else {
        const frame = requestAnimationFrame(read);
        cancel = () => cancelAnimationFrame(frame);
      }
    };
    // The store may have changed between the first render and this subscription.
    schedule();
    const unsubscribe = store.subscribe(schedule);
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [store, select, timing]);
  return value;
}
