import { describe, expect, it } from 'vitest';
import { bearingDegrees, destinationPoint, distanceKm } from '../../../src/pipeline/geo/geodesy.ts';
import { normalise } from '../../../src/pipeline/text/normalise.ts';
import { geocoder } from './fixture.ts';

describe('the place picker search', () => {
  it('finds a city by the start of its Arabic or Latin name', () => {
    expect(geocoder.search('مرز')[0]?.id).toBe('ly-murzuq');
    expect(geocoder.search('murz')[0]?.id).toBe('ly-murzuq');
    expect(geocoder.search('Benghazi')[0]?.id).toBe('ly-benghazi');
  });

  it('puts an exact name before longer names that contain it', () => {
    expect(geocoder.search('سرت')[0]?.id).toBe('ly-sirte');
  });

  it('respects the limit and returns nothing for an empty query', () => {
    expect(geocoder.search('ال', 3)).toHaveLength(3);
    expect(geocoder.search('')).toEqual([]);
    expect(geocoder.search('   ')).toEqual([]);
  });

  it('looks a place up by id', () => {
    expect(geocoder.placeById('ly-tripoli')?.name_en).toBe('Tripoli');
    expect(geocoder.placeById('nowhere')).toBeUndefined();
  });
});

describe('bad input', () => {
  it('returns no mention for empty or place-free text', () => {
    expect(geocoder.findPlaces(normalise(''))).toEqual([]);
    expect(geocoder.findPlaces(normalise('لا مكان هنا على الإطلاق'))).toEqual([]);
  });

  it('does not throw on odd characters and lone surrogates', () => {
    const odd = '\ud800سرت\u200d - \u0000 ((( 40 كم جنوب';
    expect(() => geocoder.findPlaces(normalise(odd))).not.toThrow();
  });
});

describe('geodesy', () => {
  it('measures the distance Tripoli–Benghazi (about 645 km)', () => {
    expect(distanceKm(32.887, 13.187, 32.115, 20.069)).toBeGreaterThan(630);
    expect(distanceKm(32.887, 13.187, 32.115, 20.069)).toBeLessThan(660);
  });

  it('moves a point 40 km due south and back', () => {
    const point = destinationPoint(27.0, 14.4, 180, 40);
    expect(point.lon).toBeCloseTo(14.4, 5);
    expect(distanceKm(27.0, 14.4, point.lat, point.lon)).toBeCloseTo(40, 3);
    expect(bearingDegrees(27.0, 14.4, point.lat, point.lon)).toBeCloseTo(180, 3);
  });
});
