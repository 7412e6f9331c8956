import type { ConflictEvent } from '../../../src/pipeline/types.ts';

/** A plain event for tests; fields not given take neutral values. */
export function makeEvent(fields: Partial<ConflictEvent> & { id: string; article: string }): ConflictEvent {
  const { article, ...rest } = fields;
  return {
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike',
    date: '2019-09-24',
    time_precision: 1,
    location: 'Murzuq',
    place_id: null,
    admin1: 'Murzuq',
    latitude: 25.92,
    longitude: 13.92,
    geo_precision: 1,
    actor1: null,
    actor2: null,
    fatalities: null,
    fatalities_high: null,
    injuries: null,
    notes: 'evidence',
    confidence: 0.7,
    confidence_reasons: ['test'],
    sources: [{ article_id: article, start: 0, end: 10 }],
    highlights: [],
    ...rest,
  };
}
