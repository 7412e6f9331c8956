import type { MarsadStore } from '../store/store';
import type { MapController } from '../map/map-controller';
import { selectEventIndex, selectWindowView } from '../store/selectors/event-selectors';
import { countInWindow } from '../store/selectors/window-view';
import { selectFilteredEvents } from '../store/selectors/event-selectors';
import { timelineDomain } from '../timeline/bins';
import { syntheticEvents } from './synthetic-events';

/**
 * The benchmark and end-to-end hook, `window.__marsadBench` (documented in the README's Performance section).
 * It loads synthetic events and runs single scrub steps with the same calls the timeline makes, timing the
 * main-thread work. It is not part of the interface.
 */
export interface MarsadBench {
  /** The app's store, for tests that set up state directly. */
  store: MarsadStore;
  /** Replaces the events with `count` synthetic ones; returns the milliseconds until they are on the GPU. */
  loadSyntheticEvents: (count: number, seed?: number) => number;
  /** Moves a `length`-day window one day forward (wrapping), as one timeline scrub frame; returns ms. */
  scrubStep: (length?: number) => number;
  /** Resolves with the time of the next frame the map draws. */
  nextFrame: () => Promise<number>;
}

declare global {
  interface Window {
    __marsadBench?: MarsadBench;
  }
}

export function installBenchHook(store: MarsadStore, controller: MapController): () => void {
  const bench: MarsadBench = {
    store,
    loadSyntheticEvents: (count, seed = 1) => {
      const events = syntheticEvents(count, seed);
      const started = performance.now();
      store.getState().setEvents(events);
      return performance.now() - started;
    },
    scrubStep: (length = 30) => {
      const started = performance.now();
      const state = store.getState();
      const index = selectEventIndex(state);
      const domain = timelineDomain(index.firstDay, index.lastDay);
      if (!domain) return performance.now() - started;
      const current = state.timeWindow ?? { start: domain.start, end: domain.start + length };
      let start = current.start + 1;
      if (start + length > domain.end) start = domain.start;
      state.setTimeWindow({ start, end: start + length }, 'timeline');
      const after = store.getState();
      selectWindowView(after);
      countInWindow(selectFilteredEvents(after), after.timeWindow);
      return performance.now() - started;
    },
    nextFrame: () =>
      new Promise((resolve) => {
        controller.map.once('render', () => resolve(performance.now()));
        controller.map.triggerRepaint();
      }),
  };
  window.__marsadBench = bench;
  return () => {
    if (window.__marsadBench === bench) delete window.__marsadBench;
  };
}
