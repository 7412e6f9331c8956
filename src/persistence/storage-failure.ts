/** Why a write to the browser's storage did not happen. Failures are values, shown to the user. */
export interface StorageFailure {
  kind: 'quota' | 'unavailable' | 'unknown';
  /** The browser's own message, for the details. */
  detail: string;
}

/** Classifies an error thrown by IndexedDB (or idb's wrapper) into a storage failure. */
export function storageFailureFrom(error: unknown): StorageFailure {
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) return { kind: 'quota', detail };
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') {
    return { kind: 'unavailable', detail };
  }
  return { kind: 'unknown', detail };
}

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const name = (error as { name: unknown }).name;
    if (typeof name === 'string') return name;
  }
  return '';
}
