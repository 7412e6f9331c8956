import type { DayWindow } from '../days';
import { MAX_SPAN_DAYS } from '../event-index';
import type { FilteredEvents } from './filtered-events';

/** First k in [0, array.length] with array[k] >= value (array ascending). */
export function lowerBound(array: Int32Array, value: number): number {
  let low = 0;
  let high = array.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((array[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The events shown for a time window, in date order, without copying: every filtered event whose precision
 * span [spanStart, day + 1) overlaps the half-open window. Those whose day lies inside the window are one
 * contiguous run of `FilteredEvents.positions`; imprecise events dated after the window whose span reaches
 * back into it follow as `extras`.
 */
export interface WindowView {
  filtered: FilteredEvents;
  window: DayWindow | null;
  /** Range in `filtered.positions`. */
  runStart: number;
  runEnd: number;
  /** Index positions after the run. */
  extras: Int32Array;
  count: number;
}

/** Shared by every view without extras (never written). */
const NO_EXTRAS = new Int32Array(0);

export function windowView(filtered: FilteredEvents, window: DayWindow | null): WindowView {
  if (!window) {
    const total = filtered.positions.length;
    return { filtered, window, runStart: 0, runEnd: total, extras: NO_EXTRAS, count: total };
  }
  const { days, positions, index } = filtered;
  if (window.end <= window.start) {
    return { filtered, window, runStart: 0, runEnd: 0, extras: NO_EXTRAS, count: 0 };
  }
  const runStart = lowerBound(days, window.start);
  const runEnd = Math.max(runStart, lowerBound(days, window.end));
  const reachEnd = lowerBound(days, window.end + MAX_SPAN_DAYS);
  // Two passes over the few events dated just after the window: count, then fill an exact array.
  let extraCount = 0;
  for (let k = runEnd; k < reachEnd; k++) {
    if ((index.spanStart[positions[k] as number] as number) < window.end) extraCount++;
  }
  let extras = NO_EXTRAS;
  if (extraCount > 0) {
    extras = new Int32Array(extraCount);
    for (let k = runEnd, e = 0; k < reachEnd; k++) {
      const position = positions[k] as number;
      if ((index.spanStart[position] as number) < window.end) extras[e++] = position;
    }
  }
  return { filtered, window, runStart, runEnd, extras, count: runEnd - runStart + extraCount };
}

/** The index position of the k-th event shown (0 <= k < view.count). */
export function positionAt(view: WindowView, k: number): number {
  const runLength = view.runEnd - view.runStart;
  if (k < runLength) return view.filtered.positions[view.runStart + k] ?? -1;
  return view.extras[k - runLength] ?? -1;
}

/** Where an index position sits in the view's order, or -1 when it is not shown. */
export function rankOf(view: WindowView, position: number): number {
  const { filtered } = view;
  if (!filtered.index.count || !filtered.mask[position]) return -1;
  const k = lowerBound(filtered.positions, position);
  if (filtered.positions[k] !== position) return -1;
  if (k >= view.runStart && k < view.runEnd) return k - view.runStart;
  for (let e = 0; e < view.extras.length; e++) {
    if (view.extras[e] === position) return view.runEnd - view.runStart + e;
  }
  return -1;
}

/**
 * How many filtered events overlap the window, by two binary searches (no scan): those ending on or after the
 * window's start, minus those starting at or after its end (which always end after its start).
 */
export function countInWindow(filtered: FilteredEvents, window: DayWindow | null): number {
  const total = filtered.positions.length;
  if (!window) return total;
  if (window.end <= window.start) return 0;
  const endingFromStart = total - lowerBound(filtered.days, window.start);
  const startingFromEnd = total - lowerBound(filtered.sortedSpanStarts, window.end);
  return endingFromStart - startingFromEnd;
}

/** Whether the event at an index position is shown: passes the filters and overlaps the window. */
export function isShown(filtered: FilteredEvents, window: DayWindow | null, position: number): boolean {
  if (!filtered.mask[position]) return false;
  if (!window) return true;
  const { index } = filtered;
  return (index.day[position] ?? 0) >= window.start && (index.spanStart[position] ?? 0) < window.end;
}
