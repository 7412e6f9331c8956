import { describe, expect, it } from 'vitest';
import { formFromEvent, patchFromForm } from '../../../src/corrections/editor-form';
import { event } from '../library/library-fixtures';

const form = formFromEvent(event('e1', 'a'));

describe('the event editor form', () => {
  it('reads back the event it was filled from', () => {
    const { patch, problems } = patchFromForm(form);
    expect(problems).toEqual([]);
    expect(patch).toMatchObject({ fatalities: 8, latitude: 25.9155, location: 'Murzuq', date: '2019-09-24' });
  });

  it('reads an empty fatalities field as unknown, not zero', () => {
    expect(patchFromForm({ ...form, fatalities: '' }).patch.fatalities).toBeNull();
  });

  it('refuses a negative or fractional count', () => {
    expect(patchFromForm({ ...form, fatalities: '-2' }).problems).toContain('fatalities');
    expect(patchFromForm({ ...form, fatalities: '2.5' }).problems).toContain('fatalities');
  });

  it('refuses a high count below the low count', () => {
    expect(patchFromForm({ ...form, fatalities: '5', fatalities_high: '3' }).problems).toEqual([
      'fatalities_high',
    ]);
  });

  it('refuses a latitude off the globe', () => {
    expect(patchFromForm({ ...form, latitude: '95' }).problems).toEqual(['latitude']);
  });

  it('sets the event type that goes with the sub-event type', () => {
    expect(patchFromForm({ ...form, sub_event_type: 'Armed clash' }).patch.event_type).toBe('Battles');
  });

  it('drops the point and its precision when the place is cleared', () => {
    const { patch } = patchFromForm({
      ...form,
      location: '',
      latitude: '',
      longitude: '',
      geo_precision: null,
    });
    expect(patch).toMatchObject({ location: null, latitude: null, longitude: null, geo_precision: null });
  });
});
