import type { StateCreator } from 'zustand/vanilla';
import type { MarsadState } from './store';
import type { UpdateOrigin } from './selection-slice';

export type UiLanguage = 'en' | 'ar';

/** A message shown to the user (bad input, storage problems); failures are values, shown, never thrown. */
export interface Notice {
  id: number;
  level: 'error' | 'warning' | 'info';
  text: string;
}

/** The map's camera, for shareable URLs: centre in degrees and zoom. */
export interface MapViewState {
  longitude: number;
  latitude: number;
  zoom: number;
}

export interface UiSlice {
  language: UiLanguage;
  notices: Notice[];
  /** Null until the map or the URL sets it (the map starts on Libya). */
  mapView: MapViewState | null;
  mapViewOrigin: UpdateOrigin;
  setMapView: (view: MapViewState | null, origin: UpdateOrigin) => void;
  setLanguage: (language: UiLanguage) => void;
  notify: (level: Notice['level'], text: string) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<MarsadState, [], [], UiSlice> = (set) => ({
  language: 'en',
  notices: [],
  mapView: null,
  mapViewOrigin: 'url',
  setMapView: (mapView, mapViewOrigin) => set({ mapView, mapViewOrigin }),
  setLanguage: (language) => set({ language }),
  notify: (level, text) =>
    set((state) => ({ notices: [...state.notices, { id: nextNoticeId++, level, text }] })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
