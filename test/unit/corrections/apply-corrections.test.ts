import { describe, expect, it } from 'vitest';
import { applyCorrections, differingFields, mergedMembers } from '../../../src/corrections/apply-corrections';
import type { EventCorrection } from '../../../src/corrections/correction-types';
import { event } from '../library/library-fixtures';

const strike = event('e1', 'a');

describe('applying corrections', () => {
  it('shows the corrected fatalities and marks the field as corrected', () => {
    const corrections: Record<string, EventCorrection> = {
      e1: { kind: 'edit', event_id: 'e1', fields: { fatalities: 3 }, updatedAt: 1 },
    };
    const [shown] = applyCorrections([strike], corrections);
    expect(shown?.fatalities).toBe(3);
    expect(shown?.corrected).toEqual(['fatalities']);
    expect(strike.fatalities).toBe(8);
  });

  it('leaves out an event marked "not an event"', () => {
    const corrections: Record<string, EventCorrection> = {
      e1: { kind: 'not-event', event_id: 'e1', updatedAt: 1 },
    };
    expect(applyCorrections([strike, event('e2', 'b')], corrections).map((item) => item.id)).toEqual(['e2']);
  });

  it('adds the events the user made, marked as added', () => {
    const added = event('user-a-0-10', 'a', { location: null, latitude: null, longitude: null });
    const corrections: Record<string, EventCorrection> = {
      [added.id]: { kind: 'added', event_id: added.id, event: added, updatedAt: 1 },
    };
    const shown = applyCorrections([strike], corrections);
    expect(shown.map((item) => item.id)).toEqual(['e1', 'user-a-0-10']);
    expect(shown[1]?.corrected).toEqual(['added']);
  });

  it('keeps a correction when a newly merged report gives the event a lower id', () => {
    const first = event('e5', 'a', { sources: [{ article_id: 'a', start: 0, end: 10 }] });
    const second = event('e2', 'b', { sources: [{ article_id: 'b', start: 4, end: 30 }] });
    const merged = { ...second, sources: [...second.sources, ...first.sources] };
    const corrections: Record<string, EventCorrection> = {
      e5: { kind: 'edit', event_id: 'e5', fields: { actor2: 'LNA' }, updatedAt: 1 },
    };
    const [shown] = applyCorrections([merged], corrections, mergedMembers([first, second], [merged]));
    expect(shown?.id).toBe('e2');
    expect(shown?.actor2).toBe('LNA');
  });

  it('stores only the fields the user changed', () => {
    expect(differingFields(strike, { fatalities: 8, location: 'Sabha', actor1: 'US Forces' })).toEqual({
      location: 'Sabha',
    });
  });

  it('treats setting a count to unknown as a change', () => {
    expect(differingFields(strike, { fatalities: null })).toEqual({ fatalities: null });
  });
});
