import type { DayNumber, DayWindow } from '../store/days';

/** The window the timeline acts on: the stored one, or the whole domain when none is set. */
export function effectiveWindow(window: DayWindow | null, domain: DayWindow): DayWindow {
  return window ?? domain;
}

/** Sets the first day, keeping at least one day in the window and staying in the domain. */
export function withStart(window: DayWindow, domain: DayWindow, start: DayNumber): DayWindow {
  const clamped = Math.min(window.end - 1, Math.max(domain.start, start));
  return { start: clamped, end: window.end };
}

/** Sets the (exclusive) end boundary, keeping at least one day and staying in the domain. */
export function withEnd(window: DayWindow, domain: DayWindow, end: DayNumber): DayWindow {
  const clamped = Math.max(window.start + 1, Math.min(domain.end, end));
  return { start: window.start, end: clamped };
}

/** Moves the whole window by a number of days, keeping its length, stopping at the domain's edges. */
export function shifted(window: DayWindow, domain: DayWindow, days: number): DayWindow {
  const length = window.end - window.start;
  const start = Math.min(domain.end - length, Math.max(domain.start, window.start + days));
  return { start, end: start + length };
}

/** Keyboard steps of a date slider: arrows move a day, Page keys and shifted arrows a week. */
export function keyStep(key: string, shift: boolean, rtl: boolean): number | 'home' | 'end' | null {
  const step = shift ? 7 : 1;
  switch (key) {
    case 'ArrowRight':
      return rtl ? -step : step;
    case 'ArrowLeft':
      return rtl ? step : -step;
    case 'ArrowUp':
      return step;
    case 'ArrowDown':
      return -step;
    case 'PageUp':
      return 7;
    case 'PageDown':
      return -7;
    case 'Home':
      return 'home';
    case 'End':
      return 'end';
    default:
      return null;
  }
}
