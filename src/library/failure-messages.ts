import type { StorageFailure } from '../persistence/storage-failure';
import type { UiLanguage } from '../store/ui-slice';
import { translate } from '../ui/i18n';

/** What to tell the user when a write did not happen. */
export function describeFailure(language: UiLanguage, failure: StorageFailure): string {
  if (failure.kind === 'quota') return translate(language, 'storageQuota');
  if (failure.kind === 'unavailable') return translate(language, 'storageUnavailable');
  return translate(language, 'storageFailed', { detail: failure.detail });
}
