import type { DayNumber, DayWindow } from '../store/days';
import type { UiLanguage } from '../store/ui-slice';
import { NUMBER_LOCALES } from '../ui/message-format';

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

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "4 Apr 2019" / "4 أبريل 2019" (Western digits in both), or without the year; one formatter per kind, kept. */
function dayFormat(language: UiLanguage, withYear: boolean): Intl.DateTimeFormat {
  const key = `${language}${withYear ? 'y' : ''}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(NUMBER_LOCALES[language], {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    dayFormats.set(key, format);
  }
  return format;
}

/**
 * The window's first and last day as text: "4 Apr – 3 May 2019", "28 Dec 2019 – 3 Jan 2020", "4 Apr 2019" for a
 * single day. The window is half-open: its last day is `end - 1`.
 */
export function windowText(window: DayWindow, language: UiLanguage): string {
  const last = window.end - 1;
  const full = dayFormat(language, true);
  if (last <= window.start) return full.format(window.start * 86_400_000);
  const sameYear =
    new Date(window.start * 86_400_000).getUTCFullYear() === new Date(last * 86_400_000).getUTCFullYear();
  const first = (sameYear ? dayFormat(language, false) : full).format(window.start * 86_400_000);
  return `${first} – ${full.format(last * 86_400_000)}`;
}
