/**
 * Picks, from whatever events the app holds (extracted from the bundled articles, or their gold events), the
 * ones the browsing specs act on, so the specs hold for any extraction of those articles.
 */
import type { ConflictEvent } from '../../src/pipeline/types';

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function precise(event: ConflictEvent): boolean {
  return (
    event.date !== null && event.time_precision === 1 && event.latitude !== null && event.longitude !== null
  );
}

/** The earliest day-precise located events (all those on that day). */
export function earliestPrecise(events: ConflictEvent[]): { day: number; ids: string[] } {
  const candidates = events.filter(precise);
  const day = Math.min(...candidates.map((event) => dayOf(event.date ?? '')));
  return { day, ids: candidates.filter((event) => dayOf(event.date ?? '') === day).map((event) => event.id) };
}

const SPAN_DAYS: Record<1 | 2 | 3, number> = { 1: 1, 2: 7, 3: 31 };

/**
 * The latest event drawn as a dot (located, not region-level) with no other event within half a degree, and
 * the last day a window may end on to leave it out (its date-precision span starts the day after).
 */
export function isolatedDot(events: ConflictEvent[]): { event: ConflictEvent; lastDayBefore: number } {
  const located = events.filter((event) => event.latitude !== null && event.longitude !== null);
  const alone = located.filter(
    (event) =>
      event.date !== null &&
      event.geo_precision !== 3 &&
      located.every(
        (other) =>
          other === event ||
          Math.abs((other.latitude ?? 0) - (event.latitude ?? 0)) > 0.5 ||
          Math.abs((other.longitude ?? 0) - (event.longitude ?? 0)) > 0.5,
      ),
  );
  const event = alone.reduce((best, candidate) =>
    (candidate.date ?? '') > (best.date ?? '') ? candidate : best,
  );
  return { event, lastDayBefore: dayOf(event.date ?? '') - SPAN_DAYS[event.time_precision] };
}

/** The sentence(s) the reader should highlight for an event in its first source article. */
export function evidenceIn(event: ConflictEvent, text: string): string {
  const articleId = event.sources[0]?.article_id;
  return event.sources
    .filter((source) => source.article_id === articleId)
    .sort((a, b) => a.start - b.start)
    .map((source) => text.slice(source.start, source.end))
    .join('');
}
