import type { MarsadState, MarsadStore } from '../store/store';
import { decodeUrlState, encodeUrlState, type ShareableState } from './url-state';

/** The URL is rewritten this long after the last change (scrubbing changes the window every frame). */
const WRITE_DELAY_MS = 250;

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
 * (no history entry per scrub frame) shortly after each change. Returns the function that stops it.
 */
export function syncUrl(store: MarsadStore, location: Location, history: History): () => void {
  applyUrl(store, location.search);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const params = encodeUrlState(shareable(store.getState()), new URLSearchParams(location.search));
    const search = params.toString();
    const next = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(history.state, '', next);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.timeWindow === previous.timeWindow &&
      state.filters === previous.filters &&
      state.selectedEventId === previous.selectedEventId &&
      state.mapView === previous.mapView
    ) {
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
