import type { StateCreator } from 'zustand/vanilla';
import type { MarsadState } from './store';

export type UiLanguage = 'en' | 'ar';

/** A message shown to the user (bad input, storage problems); failures are values, shown, never thrown. */
export interface Notice {
  id: number;
  level: 'error' | 'warning' | 'info';
  text: string;
}

export interface UiSlice {
  language: UiLanguage;
  notices: Notice[];
  setLanguage: (language: UiLanguage) => void;
  notify: (level: Notice['level'], text: string) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<MarsadState, [], [], UiSlice> = (set) => ({
  language: 'en',
  notices: [],
  setLanguage: (language) => set({ language }),
  notify: (level, text) =>
    set((state) => ({ notices: [...state.notices, { id: nextNoticeId++, level, text }] })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
