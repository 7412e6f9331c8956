import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types';
import { buildEventIndex, SUB_EVENT_TYPES } from '../../../src/store/event-index';
import { EMPTY_FILTERS } from '../../../src/store/filters-slice';
import { filterEvents } from '../../../src/store/selectors/filtered-events';
import { positionAt, windowView } from '../../../src/store/selectors/window-view';
import { dayFromIso } from '../../../src/store/days';
import { totalsOf } from '../../../src/events/totals';
import { syntheticEvents } from '../../../src/events/synthetic-events';
import { makeEvent } from '../../fixtures/events/gold-events';

const day = (iso: string) => dayFromIso(iso) ?? 0;

/** A week of reports: tolls known, ranged and unknown, on either side. */
const week: ConflictEvent[] = [
  makeEvent({
    id: 'a',
    date: '2020-01-01',
    fatalities: 4,
    fatalities_high: 6,
    actor1: 'LNA',
    actor2: 'GNA Forces',
  }),
  makeEvent({
    id: 'b',
    date: '2020-01-02',
    fatalities: 2,
    sub_event_type: 'Armed clash',
    actor1: 'GNA Forces',
  }),
  makeEvent({ id: 'c', date: '2020-01-03', fatalities: null, actor1: 'Turkish Forces', actor2: 'LNA' }),
  makeEvent({ id: 'd', date: '2020-01-09', fatalities: 10, actor1: 'LNA', actor2: 'Civilians' }),
];

describe('totals of the events shown', () => {
  it('adds up the events, the killed low–high and those with no toll, by type and by actor', () => {
    const filtered = filterEvents(buildEventIndex(week), EMPTY_FILTERS);
    const totals = totalsOf(windowView(filtered, { start: day('2020-01-01'), end: day('2020-01-04') }));
    expect(totals.events).toBe(3);
    expect([totals.killedLow, totals.killedHigh, totals.noToll]).toEqual([6, 8, 1]);
    expect(totals.byType[SUB_EVENT_TYPES.indexOf('Air/drone strike')]).toBe(2);
    expect(totals.byType[SUB_EVENT_TYPES.indexOf('Armed clash')]).toBe(1);
    expect(totals.byActor).toEqual([
      { actor: 'GNA Forces', events: 2 },
      { actor: 'LNA', events: 2 },
      { actor: 'Turkish Forces', events: 1 },
    ]);
  });

  it('follows the window as it is scrubbed: the same totals as counting the shown events afresh', () => {
    const events = syntheticEvents(5_000, 3);
    const filtered = filterEvents(buildEventIndex(events), EMPTY_FILTERS);
    const first = filtered.index.firstDay ?? 0;
    for (let step = 0; step < 60; step++) {
      const start = first + step * 5;
      const view = windowView(filtered, { start, end: start + 40 + (step % 7) * 10 });
      const totals = totalsOf(view);
      let low = 0;
      let high = 0;
      let noToll = 0;
      const byActor = new Map<string, number>();
      for (let k = 0; k < view.count; k++) {
        const event = filtered.index.events[positionAt(view, k)] as ConflictEvent;
        for (const actor of new Set([event.actor1, event.actor2]))
          if (actor) byActor.set(actor, (byActor.get(actor) ?? 0) + 1);
        if (event.fatalities === null) noToll++;
        else {
          low += event.fatalities;
          high += Math.max(event.fatalities, event.fatalities_high ?? event.fatalities);
        }
      }
      expect([totals.events, totals.killedLow, totals.killedHigh, totals.noToll]).toEqual([
        view.count,
        low,
        high,
        noToll,
      ]);
      expect([...totals.byType].reduce((sum, count) => sum + count, 0)).toBe(view.count);
      const expectedActors = [...byActor]
        .map(([actor, count]) => ({ actor, events: count }))
        .sort((a, b) => b.events - a.events || a.actor.localeCompare(b.actor))
        .slice(0, 6);
      expect(totals.byActor).toEqual(expectedActors);
    }
  });
});
