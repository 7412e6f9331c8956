import { describe, it, expect } from 'vitest';
import { buildEventIndex } from '../../../src/store/event-index';
import { EMPTY_FILTERS, type EventFilters } from '../../../src/store/filters-slice';
import { filterEvents, hasActiveFilters } from '../../../src/store/selectors/filtered-events';
import { goldEvents, makeEvent } from '../../fixtures/events/gold-events';

function passing(events: ReturnType<typeof makeEvent>[], patch: Partial<EventFilters>): string[] {
  const filtered = filterEvents(buildEventIndex(events), { ...EMPTY_FILTERS, ...patch });
  return [...filtered.positions].map((position) => filtered.index.events[position]?.id ?? '?');
}

describe('the event filters', () => {
  const gold = goldEvents();

  it('shows every event with no filter set', () => {
    expect(passing(gold, {})).toHaveLength(8);
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('keeps only the chosen event types', () => {
    expect(passing(gold, { types: ['Armed clash'] })).toEqual(['gold-C3']);
  });

  it('matches an actor on either side', () => {
    expect(passing(gold, { actors: ['Wagner Group'] }).sort()).toEqual(['gold-B2', 'gold-B3']);
    expect(passing(gold, { actors: ['LNA'] }).sort()).toEqual(['gold-B1', 'gold-C3']);
  });

  it('hides unknown fatality counts once a minimum is set', () => {
    expect(passing(gold, { minFatalities: 10 }).sort()).toEqual(['gold-A1', 'gold-B1']);
  });

  it('counts the minimum itself as enough', () => {
    expect(passing([makeEvent({ id: 'eight', fatalities: 8 })], { minFatalities: 8 })).toEqual(['eight']);
  });

  it('keeps only the chosen date precisions', () => {
    expect(passing(gold, { precisions: [3] }).sort()).toEqual(['gold-C2', 'gold-C3']);
  });

  it('finds Arabic notes whatever the hamza and vowel marks', () => {
    const event = makeEvent({ id: 'ar', notes: 'قالت القوات الأميركية إنها قتلت' });
    expect(passing([event], { search: 'الاميركية' })).toEqual(['ar']);
    expect(passing([event], { search: 'الأَمِيركية' })).toEqual(['ar']);
  });

  it('searches English notes without regard to case', () => {
    const event = makeEvent({ id: 'en', notes: 'Clashes erupted in Tripoli.' });
    expect(passing([event], { search: 'tripoli' })).toEqual(['en']);
    expect(passing([event], { search: 'Benghazi' })).toEqual([]);
  });

  it('searches place and actor names too', () => {
    expect(passing(gold, { search: 'qasr bin' })).toEqual(['gold-B2']);
  });

  it('combines filters: all must hold', () => {
    expect(passing(gold, { actors: ['US Forces'], minFatalities: 9 })).toEqual(['gold-A1']);
  });
});
