import { useCallback } from 'react';
import { useMarsad } from '../store/store-context';
import type { UiLanguage } from '../store/ui-slice';

/** Every visible label, in English and Arabic. Add a key to both languages at once (the type enforces it). */
const MESSAGES = {
  appName: { en: 'Marsad', ar: 'مرصد' },
  tagline: {
    en: 'Strikes and clashes in Libya, from the news',
    ar: 'الغارات والاشتباكات في ليبيا من الأخبار',
  },
  map: { en: 'Map', ar: 'الخريطة' },
  library: { en: 'Library', ar: 'المكتبة' },
  articles: { en: 'Articles', ar: 'المقالات' },
  bundledSample: { en: 'sample', ar: 'عيّنة' },
  publishedUnknown: { en: 'date unknown', ar: 'التاريخ غير معروف' },
  eventsFound: { en: 'events', ar: 'أحداث' },
  language: { en: 'Language', ar: 'اللغة' },
  switchLanguage: { en: 'العربية', ar: 'English' },
  dismiss: { en: 'Dismiss', ar: 'إغلاق' },
  noArticles: { en: 'No articles yet.', ar: 'لا مقالات بعد.' },
} satisfies Record<string, Record<UiLanguage, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function translate(language: UiLanguage, key: MessageKey): string {
  return MESSAGES[key][language];
}

/** The translation function for the current interface language. */
export function useText(): (key: MessageKey) => string {
  const language = useMarsad((state) => state.language);
  return useCallback((key: MessageKey) => translate(language, key), [language]);
}

/** The language the browser prefers, if it is one the interface speaks. */
export function preferredLanguage(languages: readonly string[]): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ar') return 'ar';
    if (base === 'en') return 'en';
  }
  return 'en';
}
