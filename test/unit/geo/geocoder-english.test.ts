import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/pipeline/geo/geodesy.ts';
import { geocode, only, placeIds } from './fixture.ts';

describe('finding places in English text', () => {
  it('finds transliteration variants', () => {
    expect(placeIds('A strike near Murzuk')).toEqual(['ly-murzuq']);
    expect(placeIds('fighting in Surt')).toEqual(['ly-sirte']);
    expect(placeIds('shelling on Gasr Ben Gashir')).toEqual(['ly-qasr-bin-ghashir']);
    expect(placeIds('clashes in Misurata and Zawiyah')).toEqual(['ly-misrata', 'ly-zawiya']);
  });

  it('reads "40 km south of Sabha" as an offset point', () => {
    const mention = only('militants 40 km south of Sabha');
    expect(mention.relation).toBe('south');
    expect(mention.distance_km).toBe(40);
    expect(distanceKm(mention.lat ?? 0, mention.lon ?? 0, 27.0377, 14.4283)).toBeCloseTo(40, 0);
  });

  it('reads "about 40 km before Qatrun" as an offset towards the nearest city', () => {
    const mention = only('an airstrike about 40 km before Qatrun');
    expect(mention.place?.id).toBe('ly-qatrun');
    expect(mention.relation).toBe('before');
    expect(mention.distance_km).toBe(40);
    expect(mention.reason).toContain('Murzuq');
    expect(distanceKm(mention.lat ?? 0, mention.lon ?? 0, 25.2, 14.55)).toBeLessThan(70);
  });

  it('reads near, outside and the outskirts as precision 2', () => {
    expect(only('near Sirte').relation).toBe('near');
    expect(only('outside Sirte').relation).toBe('outskirts');
    expect(only('on the outskirts of Derna').relation).toBe('outskirts');
    expect(only('on the outskirts of Derna').text).toBe('on the outskirts of Derna');
    expect(only('south of Tripoli').relation).toBe('south');
  });

  it('maps "southern Libya" to the region with precision 3', () => {
    const mention = only('US strikes in southern Libya');
    expect(mention.place?.id).toBe('ly-region-fezzan');
    expect(mention.geo_precision).toBe(3);
  });

  it('miles are converted to kilometres', () => {
    expect(only('25 miles east of Misrata').distance_km).toBeCloseTo(40.2, 1);
  });

  it('ignores a foreign capital in an English report', () => {
    const found = geocode('WASHINGTON officials said a drone struck near Ubari');
    expect(found.map((mention) => mention.place?.id ?? mention.foreign?.id)).toEqual([
      'us-washington',
      'ly-ubari',
    ]);
  });
});

describe('English distances and adjectives', () => {
  it('uses the kilometres written first in "150 kilometres (90 miles) southeast of Sabha"', () => {
    const mention = only('strikes some 150 kilometres (90 miles) southeast of Sabha');
    expect(mention.distance_km).toBe(150);
    expect(mention.relation).toBe('southeast');
    expect(mention.text).toBe('some 150 kilometres (90 miles) southeast of Sabha');
  });

  it('does not read "the nearby X" as near X', () => {
    expect(
      only('seized Ubari and the nearby El Sharara oil field'.replace('Ubari and ', '')).relation,
    ).toBeNull();
  });
});
