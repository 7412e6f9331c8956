/**
 * What the app tells the user about its installed (service worker) copy, as a small state machine kept apart
 * from the browser so it can be tested. A new version is never swapped in silently: it waits until the user
 * asks for it, and a tab whose version was replaced by another tab says so instead of reloading under the user.
 */
import type { MessageKey } from '../ui/i18n';

export type UpdatePhase =
  /** Nothing to say (or the user dismissed what there was). The first install is not announced here: the
   * library panel says whether the app works offline (src/library/StorageStatus.tsx). */
  | 'quiet'
  /** A new version is installed and waits for the user. */
  | 'waiting'
  /** The user asked for the new version; the page reloads once it has taken over. */
  | 'reloading'
  /** Another tab took the new version: this page still runs the old one until it is reloaded. */
  | 'replaced';

export type UpdateSignal =
  | 'need-refresh'
  /** The new version took control of this page. */
  | 'took-over'
  | 'reload-clicked'
  | 'dismissed';

export function nextUpdatePhase(phase: UpdatePhase, signal: UpdateSignal): UpdatePhase {
  switch (signal) {
    case 'need-refresh':
      return phase === 'reloading' || phase === 'replaced' ? phase : 'waiting';
    case 'took-over':
      return phase === 'reloading' ? 'reloading' : 'replaced';
    case 'reload-clicked':
      return phase === 'waiting' || phase === 'replaced' ? 'reloading' : phase;
    case 'dismissed':
      // A dismissed update stays installed and waiting: it is offered again on the next start.
      return phase === 'reloading' ? phase : 'quiet';
  }
}

/** Whether the page should reload now, after the signal moved the phase. */
export function shouldReloadPage(before: UpdatePhase, signal: UpdateSignal): boolean {
  if (signal === 'took-over') return before === 'reloading';
  // The page runs the old version while another tab uses the new one: reload without waiting for a take-over.
  return signal === 'reload-clicked' && before === 'replaced';
}

/** Whether the new version must be told to take over (the user clicked Reload while it waited). */
export function shouldActivateWaiting(before: UpdatePhase, signal: UpdateSignal): boolean {
  return signal === 'reload-clicked' && before === 'waiting';
}

export interface UpdateNoticeContent {
  message: MessageKey;
  /** The label of the reload button, when the notice has one. */
  action: MessageKey | null;
  level: 'info' | 'warning';
}

export function updateNoticeContent(phase: UpdatePhase): UpdateNoticeContent | null {
  switch (phase) {
    case 'quiet':
      return null;
    case 'waiting':
      return { message: 'updateReady', action: 'reloadToUpdate', level: 'info' };
    case 'reloading':
      return { message: 'updating', action: null, level: 'info' };
    case 'replaced':
      return { message: 'updatedInAnotherTab', action: 'reloadToUpdate', level: 'warning' };
  }
}
