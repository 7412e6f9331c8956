import { beforeAll, describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types';
import { buildEventIndex } from '../../../src/store/event-index';
import { EMPTY_FILTERS, type EventFilters } from '../../../src/store/filters-slice';
import { filterEvents } from '../../../src/store/selectors/filtered-events';
import { loadSearchVocabulary } from '../../../src/events/search-vocabulary';
import type { SearchVocabulary } from '../../../src/events/search-fold';
import { makeEvent } from '../../fixtures/events/gold-events';

let vocabulary: SearchVocabulary;
beforeAll(async () => {
  vocabulary = await loadSearchVocabulary();
});

function passing(events: ConflictEvent[], patch: Partial<EventFilters>): string[] {
  const filtered = filterEvents(buildEventIndex(events), { ...EMPTY_FILTERS, ...patch }, vocabulary);
  return [...filtered.positions].map((position) => filtered.index.events[position]?.id ?? '?').sort();
}

const span = (article_id: string) => ({ article_id, start: 0, end: 10 });

/** Reports of strikes near Murzuq written as outlets write them, and one elsewhere. */
const events: ConflictEvent[] = [
  makeEvent({
    id: 'en-strike',
    location: 'Murzuq',
    place_id: 'ly-murzuq',
    notes: 'A drone strike on a gathering outside Murzuq killed seven people.',
    actor1: 'Unidentified military forces',
    actor2: 'Civilians',
    sources: [span('wire-1')],
  }),
  makeEvent({
    id: 'ar-strike',
    location: 'Murzuq',
    place_id: 'ly-murzuq',
    notes: 'قتل خمسة أشخاص في غارة لطائرة مسيّرة استهدفت حيا في مُرزُق',
    actor1: 'LNA',
    actor2: 'Civilians',
    confidence: 0.55,
    sources: [span('local-2')],
  }),
  makeEvent({
    id: 'fr-spelling',
    location: null,
    place_id: null,
    notes: 'Heavy fighting was reported around Mourzouk on Tuesday.',
    sub_event_type: 'Armed clash',
    actor1: 'Chadian Rebels',
    actor2: null,
    confidence: 0.7,
    corrected: ['fatalities'],
    sources: [span('wire-1'), span('local-3')],
  }),
  makeEvent({
    id: 'sirte-clash',
    location: 'Sirte',
    place_id: 'ly-sirte',
    notes: 'Clashes broke out west of Sirte.',
    sub_event_type: 'Armed clash',
    actor1: 'GNA Forces',
    actor2: 'LNA',
    sources: [span('local-3')],
  }),
];

describe('searching events in any spelling of a place', () => {
  it('finds the same three Murzuq events for "murzuk", "Murzuq" and "مرزق"', () => {
    const expected = ['ar-strike', 'en-strike', 'fr-spelling'];
    expect(passing(events, { search: 'murzuk' })).toEqual(expected);
    expect(passing(events, { search: 'Murzuq' })).toEqual(expected);
    expect(passing(events, { search: 'مرزق' })).toEqual(expected);
  });

  it('finds events by their type in either language ("drone", "مسيرة", "clash")', () => {
    expect(passing(events, { search: 'drone' })).toEqual(['ar-strike', 'en-strike']);
    expect(passing(events, { search: 'مسيرة' })).toEqual(['ar-strike', 'en-strike']);
    expect(passing(events, { search: 'clash' })).toEqual(['fr-spelling', 'sirte-clash']);
  });

  it('finds an actor by an Arabic alias of its name', () => {
    expect(passing(events, { search: 'الجيش الوطني الليبي' })).toEqual(['ar-strike', 'sirte-clash']);
  });

  it('still narrows to nothing for a name no event has', () => {
    expect(passing(events, { search: 'Benghazi' })).toEqual([]);
  });
});

describe('the review filters', () => {
  it('hides events coded with less confidence than asked', () => {
    expect(passing(events, { minConfidence: 0.6 })).toEqual(['en-strike', 'fr-spelling', 'sirte-clash']);
  });

  it('keeps the events one article reports', () => {
    expect(passing(events, { articleId: 'local-3' })).toEqual(['fr-spelling', 'sirte-clash']);
  });

  it('splits corrected events from the machine’s own', () => {
    expect(passing(events, { review: 'corrected' })).toEqual(['fr-spelling']);
    expect(passing(events, { review: 'machine' })).toEqual(['ar-strike', 'en-strike', 'sirte-clash']);
  });
});
