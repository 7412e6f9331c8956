import type { MarsadState, MarsadStore } from '../store/store';
import { decodeUrlState, encodeUrlState, type ShareableState } from './url-state';
import { whenIdle, type IdleScheduler } from '../store/when-idle';

/**
 * The URL is rewritten when the page is idle after a change, and at the latest this long after it (scrubbing
 * changes the window every frame: the write never lands between a scrub step and its frame).
 */
const WRITE_TIMEOUT_MS = 500;

function shareable(state: MarsadState): ShareableState {
  return {
    timeWindow: state.timeWindow,
    filters: state.filters,
    selectedEventId: state.selectedEventId,
    mapView: state.mapView,
  };
}

/** Restores the state a shared URL carries (origin 'url'). */
export function applyUrl(store: MarsadStore, search: string): void {
  const decoded = decodeUrlState(new URLSearchParams(search));
  const state = store.getState();
  state.setFilters(decoded.filters);
  if (decoded.timeWindow) state.setTimeWindow(decoded.timeWindow, 'url');
  if (decoded.selectedEventId) state.selectEvent(decoded.selectedEventId, 'url');
  if (decoded.mapView) state.setMapView(decoded.mapView, 'url');
}

/**
 * Keeps the address bar in step with the shareable state: restores it once at start, then replaces the URL
 * (no history entry per scrub frame) once the page is idle after a change. A change only marks the URL stale
 * and asks for one idle callback; however many changes come before it, one write follows. Returns the function
 * that stops it.
 */
export function syncUrl(
  store: MarsadStore,
  location: Location,
  history: History,
  scheduler: IdleScheduler = whenIdle,
): () => void {
  applyUrl(store, location.search);
  let cancel: (() => void) | null = null;
  const write = () => {
    cancel = null;
    const params = encodeUrlState(shareable(store.getState()), new URLSearchParams(location.search));
    const search = params.toString();
    const next = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(history.state, '', next);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      cancel !== null ||
      (state.timeWindow === previous.timeWindow &&
        state.filters === previous.filters &&
        state.selectedEventId === previous.selectedEventId &&
        state.mapView === previous.mapView)
    ) {
      return;
    }
    cancel = scheduler(write, WRITE_TIMEOUT_MS);
  });
  return () => {
    unsubscribe();
    cancel?.();
  };
}
