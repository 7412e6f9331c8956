import type { ConflictEvent } from '../pipeline/types';
import type { MarsadStore } from '../store/store';
import type { MapController } from '../map/map-controller';
import { selectEventIndex, selectFilteredEvents, selectWindowView } from '../store/selectors/event-selectors';
import { countInWindow } from '../store/selectors/window-view';
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
  /**
   * Generates `count` synthetic events ahead of `loadSyntheticEvents(count, seed)`, so that a caller timing the
   * load can leave the generation out (it is not part of getting events onto the map); returns the ms taken.
   */
  prepareSyntheticEvents: (count: number, seed?: number) => number;
  /**
   * Replaces the events with `count` synthetic ones (generated now unless prepared with the same count and
   * seed); returns the milliseconds of the store update and layer sync, generation excluded.
   */
  loadSyntheticEvents: (count: number, seed?: number) => number;
  /** Moves a `length`-day window one day forward (wrapping), as one timeline scrub frame; returns ms. */
  scrubStep: (length?: number) => number;
  /** Resolves with the time of the next frame the map draws. */
  nextFrame: () => Promise<number>;
  /**
   * How many events the map's GL layer drew in its last frame: located events passing the filter mask whose
   * precision span overlaps the time window, counted on the CPU with the same window uniform and mask the
   * shader used for that frame (0 before the layer has drawn). Await `nextFrame()` after a change to read the
   * count for it.
   */
  drawnEventCount: () => number;
}

declare global {
  interface Window {
    __marsadBench?: MarsadBench;
  }
}

export function installBenchHook(store: MarsadStore, controller: MapController): () => void {
  let prepared: { count: number; seed: number; events: ConflictEvent[] } | null = null;
  const bench: MarsadBench = {
    store,
    prepareSyntheticEvents: (count, seed = 1) => {
      const started = performance.now();
      prepared = { count, seed, events: syntheticEvents(count, seed) };
      return performance.now() - started;
    },
    loadSyntheticEvents: (count, seed = 1) => {
      const events =
        prepared && prepared.count === count && prepared.seed === seed
          ? prepared.events
          : syntheticEvents(count, seed);
      prepared = null;
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
    drawnEventCount: () => controller.drawnEventCount(),
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
