import { afterEach, describe, expect, it, vi } from 'vitest';
import { countTicks, dateTicks, tickLevel } from '../../../src/timeline/time-ticks';
import { windowText } from '../../../src/timeline/time-scale';
import { Playback, playedOn } from '../../../src/timeline/playback';
import { nextDayFrom } from '../../../src/timeline/timeline-controller';
import { datedCountsByType } from '../../../src/timeline/bins';
import { NUMBER_LOCALES } from '../../../src/ui/message-format';
import { buildEventIndex, SUB_EVENT_TYPES } from '../../../src/store/event-index';
import { EMPTY_FILTERS } from '../../../src/store/filters-slice';
import { filterEvents } from '../../../src/store/selectors/filtered-events';
import { dayFromIso, type DayWindow } from '../../../src/store/days';
import { makeEvent } from '../../fixtures/events/gold-events';

const day = (iso: string) => dayFromIso(iso) ?? 0;
const span = (from: string, to: string): DayWindow => ({ start: day(from), end: day(to) });
/** Pixels per day for a span drawn over a track this wide. */
const perDay = (window: DayWindow, width: number) => width / (window.end - window.start);
const labels = (window: DayWindow, width: number, language: 'en' | 'ar') =>
  dateTicks(window, perDay(window, width), NUMBER_LOCALES[language]).map((tick) => tick.label);

describe('the date axis names the years', () => {
  it('labels a year and a half by months, with the year on the first tick and alone at each January', () => {
    const window = span('2019-03-18', '2020-09-07');
    const ticks = dateTicks(window, perDay(window, 1100), 'en-GB');
    expect(ticks[0]).toMatchObject({ label: 'Apr 2019', strong: true, day: day('2019-04-01') });
    expect(ticks.map((tick) => tick.label)).toContain('2020');
    const january = ticks.find((tick) => tick.day === day('2020-01-01'));
    expect(january).toMatchObject({ label: '2020', strong: true });
    expect(ticks.filter((tick) => tick.strong)).toHaveLength(2);
    // Every other tick is a month name without a year.
    for (const tick of ticks.filter((tick) => !tick.strong)) expect(tick.label).toMatch(/^[A-Z][a-z]{2,3}$/);
  });

  it('writes the same ticks in Arabic with Libyan month names and Western digits', () => {
    const window = span('2019-03-18', '2020-09-07');
    const arabic = labels(window, 1100, 'ar');
    expect(arabic[0]).toBe('أبريل 2019');
    expect(arabic).toContain('2020');
    expect(arabic).toContain('يونيو');
    expect(arabic.join(' ')).not.toMatch(/[\u0660-\u0669]/u);
  });

  it('shows only years over a decade on a narrow track, every label a year', () => {
    const window = span('2011-02-14', '2022-06-01');
    const ticks = dateTicks(window, perDay(window, 600), 'en-GB');
    expect(tickLevel(perDay(window, 600)).unit).toBe('year');
    expect(ticks.map((tick) => tick.label)).toEqual(
      expect.arrayContaining(['2012', '2014', '2016', '2018', '2020', '2022']),
    );
    for (const tick of ticks) expect(tick.label).toMatch(/^\d{4}$/);
  });

  it('goes down to days for three weeks, naming the year on the first day and where it changes', () => {
    const window = span('2019-12-23', '2020-01-13');
    const ticks = dateTicks(window, perDay(window, 1400), 'en-GB');
    expect(tickLevel(perDay(window, 1400)).unit).toBe('day');
    expect(ticks[0]?.label).toBe('23 Dec 2019');
    expect(ticks.find((tick) => tick.day === day('2019-12-24'))?.label).toBe('24 Dec');
    expect(ticks.find((tick) => tick.day === day('2020-01-01'))).toMatchObject({
      label: '1 Jan 2020',
      strong: true,
    });
  });

  it('ticks weeks on Mondays when days would crowd', () => {
    const window = span('2019-09-16', '2019-12-30');
    const level = tickLevel(perDay(window, 1000));
    expect(level.unit).toBe('week');
    for (const tick of dateTicks(window, perDay(window, 1000), 'en-GB')) {
      expect(new Date(tick.day * 86_400_000).getUTCDay()).toBe(1);
    }
  });
});

describe('the window written out', () => {
  it('gives the first and last day of the window, the year once when both share it', () => {
    expect(windowText(span('2019-04-04', '2019-05-04'), 'en')).toBe('4 Apr – 3 May 2019');
    expect(windowText(span('2019-12-28', '2020-01-04'), 'en')).toBe('28 Dec 2019 – 3 Jan 2020');
    expect(windowText(span('2019-04-04', '2019-04-05'), 'en')).toBe('4 Apr 2019');
  });

  it('writes it in Arabic with Western digits', () => {
    expect(windowText(span('2019-04-04', '2019-05-04'), 'ar')).toBe('4 أبريل – 3 مايو 2019');
  });
});

describe('the histogram scale', () => {
  it('marks a few round counts under the highest bar', () => {
    expect(countTicks(37)).toEqual([0, 10, 20, 30]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(12_400)).toEqual([0, 5000, 10_000]);
  });
});

describe('the lanes by type', () => {
  it('counts the dated shown events of each type, leaving the undated out', () => {
    const events = [
      makeEvent({ date: '2019-09-20', sub_event_type: 'Armed clash' }),
      makeEvent({ date: '2019-09-21', sub_event_type: 'Armed clash' }),
      makeEvent({ date: '2019-10-02', sub_event_type: 'Air/drone strike', time_precision: 3 }),
      makeEvent({ date: '', sub_event_type: 'Suicide bomb' }),
    ];
    const counts = datedCountsByType(filterEvents(buildEventIndex(events), EMPTY_FILTERS));
    expect(counts[SUB_EVENT_TYPES.indexOf('Armed clash')]).toBe(2);
    expect(counts[SUB_EVENT_TYPES.indexOf('Air/drone strike')]).toBe(1);
    expect(counts[SUB_EVENT_TYPES.indexOf('Suicide bomb')]).toBe(0);
  });
});

describe('playback skips empty time', () => {
  const domain = { start: 0, end: 400 };
  const eventDays = Int32Array.from([10, 12, 200, 210]);
  const next = (from: number) => nextDayFrom(eventDays, from);

  it('finds the next day with an event', () => {
    expect(nextDayFrom(eventDays, 0)).toBe(10);
    expect(nextDayFrom(eventDays, 13)).toBe(200);
    expect(nextDayFrom(eventDays, 211)).toBeNull();
    expect(nextDayFrom(Int32Array.from([5, 2_147_483_647]), 6)).toBeNull();
  });

  it('moves as usual while the window still holds an event', () => {
    expect(playedOn({ start: 6, end: 13 }, domain, 1, next)).toEqual({ start: 7, end: 14 });
  });

  it('jumps over a gap to the next event, which enters at the window’s leading edge', () => {
    expect(playedOn({ start: 10, end: 17 }, domain, 3, next)).toEqual({ start: 194, end: 201 });
  });

  it('goes to the end when no event is left', () => {
    expect(playedOn({ start: 205, end: 212 }, domain, 1, next)).toEqual({ start: 206, end: 213 });
    expect(playedOn({ start: 211, end: 218 }, domain, 1, next)).toEqual({ start: 393, end: 400 });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('crosses a half-year gap in one frame at 7 days a second instead of 26 seconds', () => {
    let pending: FrameRequestCallback | null = null;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      pending = callback;
      return 1;
    });
    vi.stubGlobal('cancelAnimationFrame', () => (pending = null));
    vi.spyOn(performance, 'now').mockReturnValue(0);
    let window: DayWindow = { start: 6, end: 13 };
    const playback = new Playback(
      () => ({ window, domain }),
      (moved) => (window = moved),
      () => undefined,
      next,
    );
    playback.daysPerSecond = 7;
    playback.play();
    const frame = (time: number) => {
      const callback = pending as FrameRequestCallback | null;
      pending = null;
      callback?.(time);
    };
    frame(1000);
    expect(window).toEqual({ start: 194, end: 201 });
    frame(2000);
    expect(window).toEqual({ start: 204, end: 211 });
  });
});
