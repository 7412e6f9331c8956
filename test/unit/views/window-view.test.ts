import { describe, it, expect } from 'vitest';
import { buildEventIndex } from '../../../src/store/event-index';
import { dayFromIso, type DayWindow } from '../../../src/store/days';
import { EMPTY_FILTERS } from '../../../src/store/filters-slice';
import { filterEvents } from '../../../src/store/selectors/filtered-events';
import {
  countInWindow,
  isShown,
  positionAt,
  rankOf,
  windowView,
} from '../../../src/store/selectors/window-view';
import { makeEvent } from '../../fixtures/events/gold-events';

function day(iso: string): number {
  return dayFromIso(iso) ?? NaN;
}

function windowOf(start: string, end: string): DayWindow {
  return { start: day(start), end: day(end) };
}

function shownIds(events: ReturnType<typeof makeEvent>[], window: DayWindow | null): string[] {
  const filtered = filterEvents(buildEventIndex(events), EMPTY_FILTERS);
  const view = windowView(filtered, window);
  expect(countInWindow(filtered, window)).toBe(view.count);
  const ids: string[] = [];
  for (let k = 0; k < view.count; k++) ids.push(filtered.index.events[positionAt(view, k)]?.id ?? '?');
  return ids;
}

describe('the time window', () => {
  const events = [
    makeEvent({ id: 'sep-19', date: '2019-09-19' }),
    makeEvent({ id: 'sep-24', date: '2019-09-24' }),
    makeEvent({ id: 'sep-29', date: '2019-09-29' }),
  ];

  it('includes an event on its start day', () => {
    expect(shownIds(events, windowOf('2019-09-24', '2019-09-25'))).toEqual(['sep-24']);
  });

  it('excludes an event on its end day (half-open)', () => {
    expect(shownIds(events, windowOf('2019-09-20', '2019-09-24'))).toEqual([]);
  });

  it('shows everything, undated events too, when there is no window', () => {
    expect(shownIds([...events, makeEvent({ id: 'undated', date: null })], null)).toHaveLength(4);
  });

  it('hides undated events once a window is set', () => {
    expect(
      shownIds([makeEvent({ id: 'undated', date: null })], windowOf('1970-01-01', '2100-01-01')),
    ).toEqual([]);
  });

  it('shows nothing for an empty or reversed window', () => {
    expect(shownIds(events, windowOf('2019-09-24', '2019-09-24'))).toEqual([]);
    expect(shownIds(events, windowOf('2019-09-29', '2019-09-19'))).toEqual([]);
  });

  it('shows a month-precision event when the window overlaps its span, after the precise ones', () => {
    const month = makeEvent({ id: 'month', date: '2019-10-02', time_precision: 3 });
    expect(shownIds([month, ...events], windowOf('2019-09-20', '2019-09-25'))).toEqual(['sep-24', 'month']);
  });

  it('does not show a week-precision event when the window ends before its span starts', () => {
    const week = makeEvent({ id: 'week', date: '2019-10-02', time_precision: 2 });
    expect(shownIds([week], windowOf('2019-09-20', '2019-09-26'))).toEqual([]);
    expect(shownIds([week], windowOf('2019-09-20', '2019-09-27'))).toEqual(['week']);
  });

  it('agrees with the per-event test the map uses', () => {
    const mixed = [
      ...events,
      makeEvent({ id: 'week', date: '2019-10-02', time_precision: 2 }),
      makeEvent({ id: 'undated', date: null }),
    ];
    const filtered = filterEvents(buildEventIndex(mixed), EMPTY_FILTERS);
    for (let start = day('2019-09-15'); start < day('2019-10-05'); start++) {
      for (const length of [1, 3, 9]) {
        const window = { start, end: start + length };
        const view = windowView(filtered, window);
        let shown = 0;
        for (let position = 0; position < mixed.length; position++) {
          if (isShown(filtered, window, position)) shown++;
        }
        expect(view.count).toBe(shown);
        expect(countInWindow(filtered, window)).toBe(shown);
      }
    }
  });

  it('finds where a shown event sits in the list', () => {
    const filtered = filterEvents(buildEventIndex(events), EMPTY_FILTERS);
    const view = windowView(filtered, windowOf('2019-09-20', '2019-10-01'));
    expect(rankOf(view, filtered.index.positionById.get('sep-29') ?? -1)).toBe(1);
    expect(rankOf(view, filtered.index.positionById.get('sep-19') ?? -1)).toBe(-1);
  });
});
