import type { DayNumber, DayWindow } from '../store/days';

/**
 * Maps days to pixels along the timeline. A day d occupies [x(d), x(d + 1)); the domain is half-open. In a
 * right-to-left interface time runs from right to left, so the mapping is mirrored.
 */
export interface TimeScale {
  domain: DayWindow;
  width: number;
  rtl: boolean;
  /** Pixel position of the boundary at the start of `day` (may lie outside [0, width]). */
  x: (day: DayNumber) => number;
  /** The day boundary nearest a pixel position, clamped to the domain [start, end]. */
  boundaryAt: (x: number) => DayNumber;
  /** The day containing a pixel position, clamped to [start, end - 1]. */
  dayAt: (x: number) => DayNumber;
  /** Pixels per day. */
  dayWidth: number;
}

export function createTimeScale(domain: DayWindow, width: number, rtl: boolean): TimeScale {
  const days = Math.max(1, domain.end - domain.start);
  const dayWidth = width / days;
  const fraction = (x: number) => (rtl ? (width - x) / width : x / width);
  const clamp = (day: number, low: number, high: number) => Math.min(high, Math.max(low, day));
  return {
    domain,
    width,
    rtl,
    dayWidth,
    x: (day) => {
      const offset = ((day - domain.start) / days) * width;
      return rtl ? width - offset : offset;
    },
    boundaryAt: (x) =>
      clamp(Math.round(domain.start + fraction(x) * days), domain.start, domain.start + days),
    dayAt: (x) => clamp(Math.floor(domain.start + fraction(x) * days), domain.start, domain.start + days - 1),
  };
}
