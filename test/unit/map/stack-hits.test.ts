import { describe, expect, it } from 'vitest';
import { EventHitTester } from '../../../src/map/event-hit-test';
import {
  buildEventIndex,
  mercatorXFromLongitude,
  mercatorYFromLatitude,
} from '../../../src/store/event-index';
import { EMPTY_FILTERS } from '../../../src/store/filters-slice';
import { filterEvents } from '../../../src/store/selectors/filtered-events';
import { dayFromIso } from '../../../src/store/days';
import { makeEvent } from '../../fixtures/events/gold-events';

const zoom9 = 512 * 2 ** 9;

describe('a click on a stack of events at one place finds them all', () => {
  const events = [
    makeEvent({
      id: 'murzuq-strike-1',
      latitude: 25.9155,
      longitude: 13.9184,
      date: '2019-09-19',
      fatalities: 8,
    }),
    makeEvent({
      id: 'murzuq-strike-2',
      latitude: 25.9155,
      longitude: 13.9184,
      date: '2019-09-24',
      fatalities: 11,
    }),
    makeEvent({
      id: 'murzuq-clash',
      latitude: 25.9155,
      longitude: 13.9184,
      date: '2019-10-02',
      fatalities: null,
    }),
    // Ten kilometres off: a separate dot at this zoom.
    makeEvent({ id: 'traghen', latitude: 25.93, longitude: 14.02, date: '2019-09-20' }),
  ];
  const filtered = filterEvents(buildEventIndex(events), EMPTY_FILTERS);
  const tester = new EventHitTester();
  tester.update(filtered.index);
  const at = (longitude: number, latitude: number) =>
    [mercatorXFromLongitude(longitude), mercatorYFromLatitude(latitude)] as const;
  const ids = (positions: number[]) =>
    positions.map((position) => filtered.index.events[position]?.id).sort();

  it('lists the three Murzuq events and not the dot next to them', () => {
    expect(ids(tester.eventsAt(filtered, null, ...at(13.9184, 25.9155), zoom9))).toEqual([
      'murzuq-clash',
      'murzuq-strike-1',
      'murzuq-strike-2',
    ]);
  });

  it('leaves out the events the time window hides', () => {
    const window = { start: dayFromIso('2019-09-22') ?? 0, end: dayFromIso('2019-10-31') ?? 0 };
    expect(ids(tester.eventsAt(filtered, window, ...at(13.9184, 25.9155), zoom9))).toEqual([
      'murzuq-clash',
      'murzuq-strike-2',
    ]);
  });

  it('gives one event where only one is drawn (a click selects it as before)', () => {
    expect(ids(tester.eventsAt(filtered, null, ...at(14.02, 25.93), zoom9))).toEqual(['traghen']);
    expect(filtered.index.events[tester.eventAt(filtered, null, ...at(14.02, 25.93), zoom9)]?.id).toBe(
      'traghen',
    );
  });
});
