import type { SubEventType, TimePrecision } from '../pipeline/types';
import { dayFromIso, isoFromDay, type DayWindow } from '../store/days';
import { SUB_EVENT_TYPES } from '../store/event-index';
import { EMPTY_FILTERS, type EventFilters } from '../store/filters-slice';
import type { MapViewState } from '../store/ui-slice';

/** What a shared link carries: time window, filters, selected event and map view. */
export interface ShareableState {
  timeWindow: DayWindow | null;
  filters: EventFilters;
  selectedEventId: string | null;
  mapView: MapViewState | null;
}

/** The query parameters Marsad owns; any other parameter in the URL is left as it is. */
export const URL_KEYS = ['from', 'to', 'type', 'actor', 'min', 'precision', 'q', 'event', 'map'] as const;

/**
 * Writes the state into query parameters: `from`/`to` are the first and last days shown (ISO, inclusive; the
 * store's window is half-open, so `to` is its end minus one), `map` is zoom/latitude/longitude.
 */
export function encodeUrlState(
  state: ShareableState,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of URL_KEYS) params.delete(key);
  if (state.timeWindow) {
    params.set('from', isoFromDay(state.timeWindow.start));
    params.set('to', isoFromDay(state.timeWindow.end - 1));
  }
  const { filters } = state;
  for (const type of filters.types) params.append('type', type);
  for (const actor of filters.actors) params.append('actor', actor);
  if (filters.minFatalities > 0) params.set('min', String(filters.minFatalities));
  if (filters.precisions.length > 0) params.set('precision', [...filters.precisions].sort().join(','));
  if (filters.search) params.set('q', filters.search);
  if (state.selectedEventId) params.set('event', state.selectedEventId);
  if (state.mapView) {
    const { zoom, latitude, longitude } = state.mapView;
    params.set('map', `${zoom}/${latitude}/${longitude}`);
  }
  return params;
}

function decodeWindow(params: URLSearchParams): DayWindow | null {
  const start = dayFromIso(params.get('from'));
  const last = dayFromIso(params.get('to'));
  if (start === null || last === null || last < start) return null;
  return { start, end: last + 1 };
}

function decodeMapView(value: string | null): MapViewState | null {
  if (!value) return null;
  const [zoom, latitude, longitude] = value.split('/').map(Number);
  if (zoom === undefined || latitude === undefined || longitude === undefined) return null;
  if (![zoom, latitude, longitude].every(Number.isFinite)) return null;
  if (zoom < 0 || zoom > 24 || Math.abs(latitude) > 85 || Math.abs(longitude) > 180) return null;
  return { zoom, latitude, longitude };
}

/** Reads a shared link; anything malformed or unknown is ignored, never thrown. */
export function decodeUrlState(params: URLSearchParams): ShareableState {
  const types = params
    .getAll('type')
    .filter((type): type is SubEventType => SUB_EVENT_TYPES.includes(type as SubEventType));
  const precisions = (params.get('precision') ?? '')
    .split(',')
    .map(Number)
    .filter((value): value is TimePrecision => value === 1 || value === 2 || value === 3);
  const minimum = Math.floor(Number(params.get('min') ?? 0));
  const filters: EventFilters = {
    ...EMPTY_FILTERS,
    types: [...new Set(types)],
    actors: [...new Set(params.getAll('actor').filter((actor) => actor.trim() !== ''))],
    minFatalities: Number.isFinite(minimum) && minimum > 0 ? minimum : 0,
    precisions: [...new Set(precisions)],
    search: params.get('q') ?? '',
  };
  return {
    timeWindow: decodeWindow(params),
    filters,
    selectedEventId: params.get('event') || null,
    mapView: decodeMapView(params.get('map')),
  };
}
