/**
 * Holds the update phase for the page and carries out what a signal asks (reload, let the waiting version take
 * over). React reads it through `useSyncExternalStore`; the service worker registration feeds it signals.
 */
import {
  nextUpdatePhase,
  shouldActivateWaiting,
  shouldReloadPage,
  type UpdatePhase,
  type UpdateSignal,
} from './update-notice';

export interface UpdateChannel {
  phase: () => UpdatePhase;
  subscribe: (listener: () => void) => () => void;
  signal: (signal: UpdateSignal) => void;
  /** Set by the registration: asks the waiting service worker to take over (skipWaiting). */
  setActivateWaiting: (activate: () => void) => void;
}

export function createUpdateChannel(reloadPage: () => void): UpdateChannel {
  let phase: UpdatePhase = 'quiet';
  let activateWaiting: (() => void) | null = null;
  const listeners = new Set<() => void>();
  return {
    phase: () => phase,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signal: (signal) => {
      const before = phase;
      phase = nextUpdatePhase(before, signal);
      if (phase !== before) for (const listener of listeners) listener();
      if (shouldActivateWaiting(before, signal)) activateWaiting?.();
      if (shouldReloadPage(before, signal)) reloadPage();
    },
    setActivateWaiting: (activate) => {
      activateWaiting = activate;
    },
  };
}
