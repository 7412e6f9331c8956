import { describe, expect, it } from 'vitest';
import type { EventCorrection } from '../../../src/corrections/correction-types';
import { applyCorrections } from '../../../src/corrections/apply-corrections';
import {
  mergeConstraints,
  mergeCorrection,
  splitCorrection,
} from '../../../src/corrections/incident-corrections';
import { decodeEvents, encodeEvents } from '../../../src/persistence/event-columns';
import { makeEvent } from '../extract/make-event';

const byKey = (...corrections: EventCorrection[]) =>
  Object.fromEntries(corrections.map((correction) => [correction.event_id, correction]));

describe('split and merge decisions', () => {
  it('are kept under keys no event id can take, so they never replace an edit of the event', () => {
    expect(splitCorrection(['b', 'a']).event_id).toBe('split:a');
    expect(mergeCorrection(['b', 'a']).event_id).toBe('merge:a+b');
  });

  it('become cannot-link and must-link lists for the merge', () => {
    expect(mergeConstraints(byKey(splitCorrection(['a', 'b'], 1), mergeCorrection(['c', 'd'], 2)))).toEqual({
      together: [['c', 'd']],
      apart: [['a', 'b']],
    });
  });

  it('let a later split win over an earlier merge of the same reports', () => {
    const constraints = mergeConstraints(
      byKey(mergeCorrection(['a', 'b', 'c'], 1), splitCorrection(['a', 'b'], 2)),
    );
    expect(constraints.apart).toEqual([['a', 'b']]);
    expect(constraints.together).toEqual([]);
  });

  it('let a later merge win over an earlier split of the same reports, others staying apart', () => {
    const constraints = mergeConstraints(
      byKey(splitCorrection(['a', 'b', 'c'], 1), mergeCorrection(['a', 'b'], 2)),
    );
    expect(constraints.together).toEqual([['a', 'b']]);
    expect(constraints.apart).toEqual([['c', 'a']]);
  });

  it('do not hide or change any event when the corrections are applied', () => {
    const events = [makeEvent({ id: 'a', article: 'one' }), makeEvent({ id: 'b', article: 'two' })];
    const corrections = byKey(splitCorrection(['a', 'b']), mergeCorrection(['a', 'b']));
    expect(applyCorrections(events, corrections)).toEqual(events);
  });
});

describe('the incident summary in storage', () => {
  it('survives the column encoding the library stores events in', () => {
    const merged = makeEvent({
      id: 'a',
      article: 'one',
      incident: { reports: 3, place: 'contained', place_name: 'Abu Salim', day_span: 1, by_user: true },
    });
    expect(decodeEvents(encodeEvents([merged]))).toEqual([merged]);
  });
});
