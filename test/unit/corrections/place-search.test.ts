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
