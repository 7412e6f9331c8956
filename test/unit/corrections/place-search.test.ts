import { describe, expect, it } from 'vitest';
import { loadGazetteer, precisionOfPlace, searchPlaces } from '../../../src/corrections/place-search';

describe('searching the gazetteer for a place', () => {
  it('finds Murzuq by its Arabic name', async () => {
    const places = await loadGazetteer();
    expect(searchPlaces(places, 'مرزق')[0]?.name_en).toMatch(/Murzuq/);
  });

  it('finds Tarhuna from the first letters of its Latin name, whatever the case', async () => {
    const places = await loadGazetteer();
    expect(searchPlaces(places, 'tarhu').map((place) => place.name_en)).toContain('Tarhuna');
  });

  it('offers nothing for an empty query', async () => {
    expect(searchPlaces(await loadGazetteer(), '  ')).toEqual([]);
  });

  it('pins a region only roughly', async () => {
    const region = (await loadGazetteer()).find((place) => place.kind === 'region');
    expect(region && precisionOfPlace(region)).toBe(3);
  });
});

describe('ranking the places offered for a name', () => {
  it('offers the city of Sirte before its airport (the Ghardabiya base) and Sirte District', async () => {
    const ids = searchPlaces(await loadGazetteer(), 'Sirte').map((place) => place.id);
    expect(ids[0]).toBe('ly-sirte');
    expect(ids).toContain('ly-base-ghardabiya');
    expect(ids.indexOf('ly-base-ghardabiya')).toBeGreaterThan(0);
    expect(ids.indexOf('ly-district-76')).toBeGreaterThan(ids.indexOf('ly-base-ghardabiya'));
  });

  it('offers the city of Tripoli before Tripoli District, in both scripts', async () => {
    const places = await loadGazetteer();
    for (const query of ['Tripoli', 'طرابلس']) {
      const ids = searchPlaces(places, query).map((place) => place.id);
      expect(ids[0]).toBe('ly-tripoli');
      expect(ids).toContain('ly-district-77');
    }
  });

  it('offers settlements before facilities when only the start of a name is typed', async () => {
    const places = await loadGazetteer();
    const kinds = searchPlaces(places, 'Trip', 20).map((place) => place.kind);
    const firstFacility = kinds.findIndex((kind) => kind === 'landmark' || kind === 'base');
    const lastSettlement = kinds.map((kind) => kind === 'city' || kind === 'town').lastIndexOf(true);
    expect(lastSettlement).toBeGreaterThanOrEqual(0);
    expect(firstFacility === -1 || firstFacility > lastSettlement).toBe(true);
  });
});
