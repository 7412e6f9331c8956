import type { UiLanguage } from '../store/ui-slice';

const KEY = 'marsad.language';

/** The interface language the user chose last time, if any (kept in this browser's local storage). */
export function savedLanguage(storage: Pick<Storage, 'getItem'> | null = safeStorage()): UiLanguage | null {
  try {
    const value = storage?.getItem(KEY);
    return value === 'ar' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the user's choice; a browser that refuses storage (private mode, quota) simply forgets it. */
export function saveLanguage(
  language: UiLanguage,
  storage: Pick<Storage, 'setItem'> | null = safeStorage(),
): void {
  try {
    storage?.setItem(KEY, language);
  } catch {
    // Nothing to lose: the next start falls back to the browser's languages.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
