import { describe, it, expect } from 'vitest';
import { createTimeScale } from '../../../src/timeline/time-scale';
import {
  binStart,
  buildHistogram,
  chooseBinSize,
  impreciseSpans,
  timelineDomain,
} from '../../../src/timeline/bins';
import { shifted, withEnd, withStart, keyStep } from '../../../src/timeline/window-moves';
import { buildEventIndex, SUB_EVENT_TYPES } from '../../../src/store/event-index';
import { dayFromIso } from '../../../src/store/days';
import { EMPTY_FILTERS } from '../../../src/store/filters-slice';
import { filterEvents } from '../../../src/store/selectors/filtered-events';
import { makeEvent } from '../../fixtures/events/gold-events';

const domain = { start: 100, end: 110 };

describe('the timeline scale', () => {
  it('puts the domain start at the left edge and its end at the right edge', () => {
    const scale = createTimeScale(domain, 500, false);
    expect(scale.x(100)).toBe(0);
    expect(scale.x(110)).toBe(500);
    expect(scale.dayWidth).toBe(50);
  });

  it('runs right to left in the Arabic interface', () => {
    const scale = createTimeScale(domain, 500, true);
    expect(scale.x(100)).toBe(500);
    expect(scale.x(110)).toBe(0);
    expect(scale.dayAt(499)).toBe(100);
  });

  it('gives the day a pixel lies in, the last day at the right edge', () => {
    const scale = createTimeScale(domain, 500, false);
    expect(scale.dayAt(0)).toBe(100);
    expect(scale.dayAt(49.9)).toBe(100);
    expect(scale.dayAt(50)).toBe(101);
    expect(scale.dayAt(500)).toBe(109);
  });

  it('snaps a drag to the nearest day boundary and never leaves the domain', () => {
    const scale = createTimeScale(domain, 500, false);
    expect(scale.boundaryAt(74)).toBe(101);
    expect(scale.boundaryAt(76)).toBe(102);
    expect(scale.boundaryAt(-40)).toBe(100);
    expect(scale.boundaryAt(900)).toBe(110);
  });
});

describe('the timeline bins', () => {
  it('starts week bins on Mondays', () => {
    const wednesday = dayFromIso('2019-09-25') ?? 0;
    expect(binStart(wednesday, 7)).toBe(dayFromIso('2019-09-23'));
    expect(binStart(dayFromIso('2019-09-23') ?? 0, 7)).toBe(dayFromIso('2019-09-23'));
    expect(binStart(dayFromIso('2019-09-29') ?? 0, 7)).toBe(dayFromIso('2019-09-23'));
  });

  it('uses days when there is room, weeks when there is not', () => {
    expect(chooseBinSize({ start: 0, end: 100 }, 800)).toBe(1);
    expect(chooseBinSize({ start: 0, end: 1000 }, 800)).toBe(7);
  });

  it('covers every event with whole weeks and a margin', () => {
    const first = dayFromIso('2019-09-19') ?? 0;
    const last = dayFromIso('2020-03-28') ?? 0;
    const span = timelineDomain(first, last);
    expect(span && span.start < first && span.end > last).toBe(true);
    expect(span && (span.end - span.start) % 7).toBe(0);
    expect(timelineDomain(null, null)).toBeNull();
  });

  function histogramOf(events: ReturnType<typeof makeEvent>[], size: 1 | 7, start: string, end: string) {
    const filtered = filterEvents(buildEventIndex(events), EMPTY_FILTERS);
    return buildHistogram(filtered, { start: dayFromIso(start) ?? 0, end: dayFromIso(end) ?? 0 }, size);
  }

  it('counts an event on the last day of a week in that week, not the next (half-open bins)', () => {
    const histogram = histogramOf([makeEvent({ date: '2019-09-29' })], 7, '2019-09-23', '2019-10-07');
    expect(histogram.binCount).toBe(2);
    const strike = SUB_EVENT_TYPES.indexOf('Air/drone strike');
    expect(histogram.counts[0 * histogram.typeCount + strike]).toBe(1);
    expect(histogram.counts[1 * histogram.typeCount + strike]).toBe(0);
  });

  it('counts an event on a Monday in the week it opens', () => {
    const histogram = histogramOf([makeEvent({ date: '2019-09-30' })], 7, '2019-09-23', '2019-10-07');
    expect(histogram.counts[1 * histogram.typeCount]).toBe(1);
  });

  it('stacks events of one day by type', () => {
    const histogram = histogramOf(
      [makeEvent({ date: '2020-03-28' }), makeEvent({ date: '2020-03-28', sub_event_type: 'Armed clash' })],
      1,
      '2020-03-27',
      '2020-03-30',
    );
    expect(histogram.counts[1 * histogram.typeCount + SUB_EVENT_TYPES.indexOf('Armed clash')]).toBe(1);
    expect(histogram.counts[1 * histogram.typeCount + SUB_EVENT_TYPES.indexOf('Air/drone strike')]).toBe(1);
    expect(histogram.maxTotal).toBe(2);
  });

  it('leaves out an event on the domain end day', () => {
    const histogram = histogramOf([makeEvent({ date: '2020-03-30' })], 1, '2020-03-27', '2020-03-30');
    expect(histogram.maxTotal).toBe(0);
  });

  it('draws a month-precision event as a span, not a bar', () => {
    const events = [makeEvent({ date: '2019-10-02', time_precision: 3 })];
    const filtered = filterEvents(buildEventIndex(events), EMPTY_FILTERS);
    const histogram = buildHistogram(filtered, { start: 18_000, end: 18_300 }, 1);
    expect(histogram.maxTotal).toBe(0);
    const [span] = impreciseSpans(filtered);
    expect(span?.end).toBe((dayFromIso('2019-10-02') ?? 0) + 1);
    expect((span?.end ?? 0) - (span?.start ?? 0)).toBe(31);
  });
});

describe('moving the time window', () => {
  it('never lets the start pass the end', () => {
    expect(withStart({ start: 100, end: 105 }, domain, 107)).toEqual({ start: 104, end: 105 });
  });

  it('never lets the end pass the domain', () => {
    expect(withEnd({ start: 100, end: 105 }, domain, 200)).toEqual({ start: 100, end: 110 });
  });

  it('keeps its length when it hits the end of the domain', () => {
    expect(shifted({ start: 104, end: 107 }, domain, 7)).toEqual({ start: 107, end: 110 });
  });

  it('maps arrow keys to the direction time runs on screen', () => {
    expect(keyStep('ArrowRight', false, false)).toBe(1);
    expect(keyStep('ArrowRight', false, true)).toBe(-1);
    expect(keyStep('ArrowLeft', true, false)).toBe(-7);
    expect(keyStep('PageUp', false, true)).toBe(7);
    expect(keyStep('x', false, false)).toBeNull();
  });
});
