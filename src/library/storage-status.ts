/**
 * What the library panel says about the browser storage that holds the library: how much is used and still
 * available, and whether the browser has agreed to keep it (persistent storage) rather than clear it when the
 * disk runs low. Pure: the component (StorageStatus.tsx) asks the browser and passes the answers in.
 */
import { translate, type MessageKey } from '../ui/i18n';
import type { UiLanguage } from '../store/ui-slice';
import { NUMBER_LOCALES } from '../ui/message-format';

const KILOBYTE = { unit: 'kilobyte', bytes: 1024 } as const;
const UNITS = [
  { unit: 'gigabyte', bytes: 1024 ** 3 },
  { unit: 'megabyte', bytes: 1024 ** 2 },
  KILOBYTE,
] as const;

/** "1.5 MB", "820 kB", "3 GB", "0.5 kB" (binary multiples, as the browser counts storage); Latin digits in Arabic too. */
export function formatBytes(bytes: number, language: UiLanguage): string {
  const size = Math.max(0, bytes);
  // Under a kilobyte still reads in kilobytes ("0.5 kB"): a byte count says nothing more to the user.
  const step = UNITS.find((candidate) => size >= candidate.bytes) ?? KILOBYTE;
  const locale = NUMBER_LOCALES[language];
  const value = size / step.bytes;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: step.unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** The browser's answer about persistent storage: kept, not (yet) kept, or no such feature. */
export type Persistence = 'kept' | 'not-kept' | 'declined' | 'unsupported';

/**
 * Whether to ask the browser to keep the library now: only once it holds articles of the user's own (the
 * bundled samples are worth no permission prompt), once per page, and only if it is not kept already.
 */
export function shouldRequestPersistence(
  persistence: Persistence | null,
  userArticles: number,
  alreadyAsked: boolean,
): boolean {
  return persistence === 'not-kept' && userArticles > 0 && !alreadyAsked;
}

/** The persistence line: what it means for the user's articles. */
export function persistenceMessage(persistence: Persistence): MessageKey | null {
  switch (persistence) {
    case 'kept':
      return 'storageKept';
    case 'not-kept':
      return 'storageNotKept';
    case 'declined':
      return 'storageKeepDeclined';
    case 'unsupported':
      return null;
  }
}

/** "2.4 MB used, 1.2 GB available", from `navigator.storage.estimate()`; null when the browser does not say. */
export function usageText(
  estimate: { usage?: number; quota?: number } | null,
  language: UiLanguage,
): string | null {
  if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
  return translate(language, 'storageUsage', {
    used: formatBytes(estimate.usage, language),
    available: formatBytes(Math.max(0, estimate.quota - estimate.usage), language),
  });
}
