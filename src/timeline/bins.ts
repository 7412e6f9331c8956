import type { DayNumber, DayWindow } from '../store/days';
import { SUB_EVENT_TYPES, UNDATED_DAY } from '../store/event-index';
import type { FilteredEvents } from '../store/selectors/filtered-events';

export type BinSize = 1 | 7;

/** Days bins when each day gets at least this many pixels, weeks otherwise. */
const MIN_DAY_BIN_PX = 3;

export function chooseBinSize(domain: DayWindow, width: number): BinSize {
  const days = Math.max(1, domain.end - domain.start);
  return width / days >= MIN_DAY_BIN_PX ? 1 : 7;
}

/** The first day of the bin holding `day`: the day itself, or the Monday of its ISO week. */
export function binStart(day: DayNumber, size: BinSize): DayNumber {
  if (size === 1) return day;
  // Day 0 (1970-01-01) was a Thursday: Monday is three days before.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The domain the timeline shows: every dated event's span, widened to whole bins and a little margin. */
export function timelineDomain(firstDay: DayNumber | null, lastDay: DayNumber | null): DayWindow | null {
  if (firstDay === null || lastDay === null) return null;
  const start = binStart(firstDay - 3, 7);
  const end = binStart(lastDay + 3, 7) + 7;
  return { start, end };
}

/**
 * Precise events (day precision) counted per bin and type, for a stacked histogram. Bins are half-open:
 * bin k holds days [start + k·size, start + (k + 1)·size). Week- and month-precision events are not counted
 * here: they are drawn as spans (see `impreciseSpans`).
 */
export interface Histogram {
  start: DayNumber;
  size: BinSize;
  binCount: number;
  /** counts[bin * typeCount + type] */
  counts: Uint32Array;
  typeCount: number;
  /** Largest bin total. */
  maxTotal: number;
}

export function buildHistogram(filtered: FilteredEvents, domain: DayWindow, size: BinSize): Histogram {
  const start = binStart(domain.start, size);
  const binCount = Math.max(1, Math.ceil((domain.end - start) / size));
  const typeCount = SUB_EVENT_TYPES.length;
  const counts = new Uint32Array(binCount * typeCount);
  const totals = new Uint32Array(binCount);
  const { index, positions } = filtered;
  for (let k = 0; k < positions.length; k++) {
    const position = positions[k] ?? 0;
    const day = index.day[position] ?? UNDATED_DAY;
    if (day === UNDATED_DAY || index.timePrecision[position] !== 1) continue;
    if (day < start || day >= domain.end) continue;
    const bin = Math.floor((day - start) / size);
    const slot = bin * typeCount + (index.type[position] ?? 0);
    counts[slot] = (counts[slot] ?? 0) + 1;
    totals[bin] = (totals[bin] ?? 0) + 1;
  }
  let maxTotal = 0;
  for (const total of totals) if (total > maxTotal) maxTotal = total;
  return { start, size, binCount, counts, typeCount, maxTotal };
}

/** Dated events of each type among the filtered ones (what a lane of the timeline counts). */
export function datedCountsByType(filtered: FilteredEvents): number[] {
  const counts = SUB_EVENT_TYPES.map(() => 0);
  const { index, positions, days } = filtered;
  for (let k = 0; k < positions.length && days[k] !== UNDATED_DAY; k++) {
    const type = index.type[positions[k] ?? 0] ?? 0;
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

/** A week- or month-precision event as a span of days [start, end) with its type. */
export interface DaySpan {
  start: DayNumber;
  end: DayNumber;
  type: number;
}

/** The spans of the filtered imprecise events, at most `limit` of them (the timeline draws a lane of these). */
export function impreciseSpans(filtered: FilteredEvents, limit = 5000): DaySpan[] {
  const spans: DaySpan[] = [];
  const { index, positions } = filtered;
  for (let k = 0; k < positions.length && spans.length < limit; k++) {
    const position = positions[k] ?? 0;
    if ((index.timePrecision[position] ?? 1) === 1 || index.day[position] === UNDATED_DAY) continue;
    spans.push({
      start: index.spanStart[position] ?? 0,
      end: (index.day[position] ?? 0) + 1,
      type: index.type[position] ?? 0,
    });
  }
  return spans;
}
