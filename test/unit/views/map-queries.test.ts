import { describe, it, expect } from 'vitest';
import { EventHitTester } from '../../../src/map/event-hit-test';
import { clusterEvents } from '../../../src/map/event-clusters';
import {
  buildEventIndex,
  mercatorXFromLongitude,
  mercatorYFromLatitude,
} from '../../../src/store/event-index';
import { EMPTY_FILTERS } from '../../../src/store/filters-slice';
import { filterEvents } from '../../../src/store/selectors/filtered-events';
import { windowView } from '../../../src/store/selectors/window-view';
import { dayFromIso } from '../../../src/store/days';
import { makeEvent } from '../../fixtures/events/gold-events';

const zoom6 = 512 * 2 ** 6;

describe('hovering and clicking events on the map', () => {
  const events = [
    makeEvent({ id: 'murzuq', latitude: 25.92, longitude: 13.92, date: '2019-09-24' }),
    makeEvent({ id: 'sirte', latitude: 31.3, longitude: 15.6, date: '2020-03-28' }),
    makeEvent({ id: 'nowhere', latitude: null, longitude: null, geo_precision: null }),
  ];
  const filtered = filterEvents(buildEventIndex(events), EMPTY_FILTERS);
  const tester = new EventHitTester();
  tester.update(filtered.index);
  const at = (longitude: number, latitude: number) =>
    [mercatorXFromLongitude(longitude), mercatorYFromLatitude(latitude)] as const;

  it('finds the event under the pointer', () => {
    const position = tester.eventAt(filtered, null, ...at(13.92, 25.92), zoom6);
    expect(filtered.index.events[position]?.id).toBe('murzuq');
  });

  it('finds nothing a few dozen pixels away', () => {
    expect(tester.eventAt(filtered, null, ...at(14.5, 25.92), zoom6)).toBe(-1);
  });

  it('ignores an event the time window hides', () => {
    const window = { start: dayFromIso('2020-01-01') ?? 0, end: dayFromIso('2021-01-01') ?? 0 };
    expect(tester.eventAt(filtered, window, ...at(13.92, 25.92), zoom6)).toBe(-1);
  });
});

describe('clusters at low zoom', () => {
  const events = [
    makeEvent({ id: 'a', latitude: 25.92, longitude: 13.92 }),
    makeEvent({ id: 'b', latitude: 25.93, longitude: 13.93 }),
    makeEvent({ id: 'c', latitude: 32.89, longitude: 13.19 }),
  ];
  const view = windowView(filterEvents(buildEventIndex(events), EMPTY_FILTERS), null);

  it('counts two strikes at Murzuq as one cluster and leaves Tripoli alone', () => {
    const clusters = clusterEvents(view, 5);
    expect(clusters.features.map((feature) => feature.properties.count)).toEqual([2]);
  });

  it('draws no clusters once zoomed in', () => {
    expect(clusterEvents(view, 9).features).toEqual([]);
  });
});
