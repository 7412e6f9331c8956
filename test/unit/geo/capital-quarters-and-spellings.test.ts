import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/pipeline/geo/geodesy.ts';
import { geocode, only, placeIds } from './fixture.ts';

describe('the Libyan capital', () => {
  it('reads "the Libyan capital" as Tripoli', () => {
    expect(placeIds('Clashes erupted in the Libyan capital on Monday.')).toEqual(['ly-tripoli']);
  });

  it('reads "Libya\'s capital" as Tripoli', () => {
    expect(placeIds('Drones struck targets south of Libya’s capital.')).toEqual(['ly-tripoli']);
  });

  it('reads "the Libyan capital Tripoli" as one mention', () => {
    expect(only('fighting in the Libyan capital Tripoli').place?.id).toBe('ly-tripoli');
  });

  it("does not read another country's capital as Tripoli", () => {
    expect(placeIds('protests in the Tunisian capital')).toEqual([]);
  });
});

describe('"المدينة" is the city, not the village Al-Madina', () => {
  it('ignores "في محيط المدينة"', () => {
    expect(geocode('اشتباكات في محيط المدينة')).toEqual([]);
  });

  it('ignores "بمحيط المدينة" and "داخل المدينة"', () => {
    expect(geocode('قصف بمحيط المدينة وسقوط قذائف داخل المدينة')).toEqual([]);
  });

  it('ignores "للمدينة" and "بالمدينة"', () => {
    expect(geocode('وصلت التعزيزات للمدينة بعد المعارك بالمدينة')).toEqual([]);
  });

  it('ignores the hyphenated Latin "al-Madina"', () => {
    expect(geocode('shelling in al-Madina and el-Madina')).toEqual([]);
  });
});

describe('Latin spellings of articles and ayn marks', () => {
  it('matches "al-Fuqaha" to the gazetteer\'s "Al Fuqaha\'"', () => {
    expect(placeIds('an airstrike on al-Fuqaha')).toEqual(['ly-al-fuqaha']);
  });

  it('matches "el-Fuqaha" and "El Fuqaha"', () => {
    expect(placeIds('near el-Fuqaha')).toEqual(['ly-al-fuqaha']);
    expect(placeIds('near El Fuqaha')).toEqual(['ly-al-fuqaha']);
  });

  it('matches a name written with ʿ or ` for the ayn', () => {
    expect(placeIds('in Al Fuqahaʿ')).toEqual(['ly-al-fuqaha']);
    expect(placeIds('in al-Fuqaha`')).toEqual(['ly-al-fuqaha']);
  });

  it('matches a hyphenated two-word name', () => {
    expect(placeIds('convoy reached Bani-Walid')).toEqual(['ly-bani-walid']);
  });

  it('keeps the whole mention when the article is hyphenated', () => {
    expect(only('fighting near al-Fuqaha').text).toBe('near al-Fuqaha');
  });
});

describe('a quarter named before "بمدينة X" lies in X', () => {
  it('never resolves حي القلعة بمدينة مرزق to the distant Al Qalaa', () => {
    const [quarter] = geocode('اشتباكات في حي القلعة بمدينة مرزق');
    expect(quarter?.place?.id).toBe('ly-murzuq');
    expect(quarter?.geo_precision).toBe(2);
  });

  it('does the same with "في مدينة"', () => {
    const [quarter] = geocode('اشتباكات في حي القلعة في مدينة مرزق');
    expect(quarter?.place?.id).toBe('ly-murzuq');
    expect(quarter?.geo_precision).toBe(2);
  });

  it('keeps a quarter the gazetteer has inside the city', () => {
    const [quarter] = geocode('قصف حي الفرناج في مدينة طرابلس');
    expect(quarter?.place?.id).toBe('ly-tripoli-firnaj');
    expect(distanceKm(quarter?.lat ?? 0, quarter?.lon ?? 0, 32.887, 13.187)).toBeLessThan(20);
  });

  it('does not move a city named before "في بلدة X"', () => {
    const ids = placeIds('هجوم لسرايا الدفاع عن بنغازي في بلدة غدوة');
    expect(ids[0]).toBe('ly-benghazi');
  });
});
