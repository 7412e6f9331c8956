import { describe, it, expect } from 'vitest';
import { decodeUrlState, encodeUrlState, type ShareableState } from '../../../src/url/url-state';
import { EMPTY_FILTERS } from '../../../src/store/filters-slice';
import { dayFromIso } from '../../../src/store/days';
import { createMarsadStore } from '../../../src/store/store';
import { applyUrl } from '../../../src/url/url-sync';

const full: ShareableState = {
  timeWindow: { start: dayFromIso('2019-09-20') ?? 0, end: dayFromIso('2019-10-01') ?? 0 },
  filters: {
    ...EMPTY_FILTERS,
    types: ['Air/drone strike', 'Armed clash'],
    actors: ['US Forces', 'قوات حفتر'],
    minFatalities: 5,
    precisions: [1, 3],
    search: 'مرزق & co',
  },
  selectedEventId: 'gold-A1',
  mapView: { zoom: 6.5, latitude: 26.1, longitude: 14.2 },
};

function roundTrip(state: ShareableState): ShareableState {
  return decodeUrlState(new URLSearchParams(encodeUrlState(state).toString()));
}

describe('the shareable URL', () => {
  it('reproduces window, filters, selection and map view', () => {
    expect(roundTrip(full)).toEqual(full);
  });

  it('writes the last day shown, not the exclusive end', () => {
    const params = encodeUrlState(full);
    expect(params.get('from')).toBe('2019-09-20');
    expect(params.get('to')).toBe('2019-09-30');
  });

  it('stays empty for the default view', () => {
    const empty: ShareableState = {
      timeWindow: null,
      filters: EMPTY_FILTERS,
      selectedEventId: null,
      mapView: null,
    };
    expect(encodeUrlState(empty).toString()).toBe('');
    expect(roundTrip(empty)).toEqual(empty);
  });

  it('keeps parameters that are not its own', () => {
    const params = encodeUrlState(full, new URLSearchParams('debug=1&from=1999-01-01'));
    expect(params.get('debug')).toBe('1');
    expect(params.get('from')).toBe('2019-09-20');
  });

  it('ignores unknown types, bad dates, reversed windows and impossible map views', () => {
    const decoded = decodeUrlState(
      new URLSearchParams('type=Picnic&from=2020-02-30x&to=nope&min=-4&precision=7,2&map=99/0/0'),
    );
    expect(decoded.filters.types).toEqual([]);
    expect(decoded.filters.minFatalities).toBe(0);
    expect(decoded.filters.precisions).toEqual([2]);
    expect(decoded.mapView).toBeNull();
    expect(decodeUrlState(new URLSearchParams('from=2020-03-01&to=2020-02-01')).timeWindow).toBeNull();
  });

  it('restores the store from a link, marked as coming from the URL', () => {
    const store = createMarsadStore();
    applyUrl(store, `?${encodeUrlState(full).toString()}`);
    const state = store.getState();
    expect(state.timeWindow).toEqual(full.timeWindow);
    expect(state.filters).toEqual(full.filters);
    expect(state.selectedEventId).toBe('gold-A1');
    expect(state.selectionOrigin).toBe('url');
    expect(state.mapView).toEqual(full.mapView);
  });
});
