import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/pipeline/geo/geodesy.ts';
import { geocode, only } from './fixture.ts';

describe('relative place phrases', () => {
  it('returns the anchor with precision 2 for "قرب مدينة مرزق"', () => {
    const mention = only('ضربة جوية قرب مدينة مرزق');
    expect(mention.place?.id).toBe('ly-murzuq');
    expect(mention.relation).toBe('near');
    expect(mention.geo_precision).toBe(2);
    expect(mention.text).toBe('قرب مدينة مرزق');
  });

  it('reads محيط، ضواحي and أطراف as the outskirts', () => {
    for (const phrase of ['في محيط سرت', 'في ضواحي سرت', 'على أطراف سرت', 'بضواحي سرت']) {
      const mention = only(`اشتباكات ${phrase}`);
      expect(mention.place?.id, phrase).toBe('ly-sirte');
      expect(mention.relation, phrase).toBe('outskirts');
      expect(mention.geo_precision, phrase).toBe(2);
    }
  });

  it('reads a bearing without a distance as the anchor place, precision 2', () => {
    const mention = only('مبنى في جنوب طرابلس');
    expect(mention.place?.id).toBe('ly-tripoli');
    expect(mention.relation).toBe('south');
    expect(mention.distance_km).toBeNull();
    expect([mention.lat, mention.lon]).toEqual([mention.place?.lat, mention.place?.lon]);
  });

  it('moves the point for "40 كم جنوب سبها"', () => {
    const mention = only('اشتباكات على بعد 40 كم جنوب سبها');
    expect(mention.place?.id).toBe('ly-sabha');
    expect(mention.relation).toBe('south');
    expect(mention.distance_km).toBe(40);
    expect(mention.geo_precision).toBe(2);
    const sabha = mention.place;
    expect(distanceKm(sabha?.lat ?? 0, sabha?.lon ?? 0, mention.lat ?? 0, mention.lon ?? 0)).toBeCloseTo(
      40,
      0,
    );
    expect(mention.lat ?? 0).toBeLessThan(sabha?.lat ?? 0);
    expect(mention.text).toBe('على بعد 40 كم جنوب سبها');
  });

  it('reads a glued distance and a two-word bearing ("30كم جنوب شرق سرت")', () => {
    const mention = only('غارة 30كم جنوب شرق سرت');
    expect(mention.relation).toBe('southeast');
    expect(mention.distance_km).toBe(30);
    expect(mention.lat ?? 0).toBeLessThan(mention.place?.lat ?? 0);
    expect(mention.lon ?? 0).toBeGreaterThan(mention.place?.lon ?? 0);
  });

  it('reads "إلى الجنوب من" as a bearing', () => {
    const mention = only('تقع إلى الجنوب من بني وليد');
    expect(mention.place?.id).toBe('ly-bani-walid');
    expect(mention.relation).toBe('south');
  });

  it('reads "على بعد 20 كيلومترا من" as near with a distance and no bearing', () => {
    const mention = only('على بعد 20 كيلومترا من غريان');
    expect(mention.relation).toBe('near');
    expect(mention.distance_km).toBe(20);
    expect([mention.lat, mention.lon]).toEqual([mention.place?.lat, mention.place?.lon]);
  });

  it('places "وادي الحطية الواقعة قبل منطقة القطرون بحوالي 40كم" before Al Qatrun, not at a namesake', () => {
    const mention = only('استهدف عناصر في منطقة وادي الحطية الواقعة قبل منطقة القطرون بحوالي 40كم، مشيرا');
    expect(mention.place?.id).toBe('ly-qatrun');
    expect(mention.relation).toBe('before');
    expect(mention.distance_km).toBe(40);
    expect(mention.geo_precision).toBe(2);
    // gold: about 25.2, 14.55 within 70 km
    expect(distanceKm(mention.lat ?? 0, mention.lon ?? 0, 25.2, 14.55)).toBeLessThan(70);
    expect(mention.text.startsWith('في منطقة وادي الحطية')).toBe(true);
  });

  it('keeps a named place when the clause that follows agrees with it', () => {
    const found = geocode('في منطقة الوشكة الواقعة قرب سرت');
    expect(found.map((mention) => mention.place?.id)).toEqual(['ly-washka', 'ly-sirte']);
    expect(found[0]?.reason).toContain('confirmed');
  });

  it('returns al-Washka itself and the relative phrase after it as separate mentions', () => {
    const snippet = 'في منطقة الوشكة قرب سرت، شرق طرابلس';
    const found = geocode(snippet);
    expect(found.map((mention) => [mention.place?.id, mention.relation, mention.geo_precision])).toEqual([
      ['ly-washka', 'in', 1],
      ['ly-sirte', 'near', 2],
      ['ly-tripoli', 'east', 2],
    ]);
  });

  it('keeps precision 3 for a bearing from a region', () => {
    const mention = only('في شمال فزان');
    expect(mention.place?.id).toBe('ly-region-fezzan');
    expect(mention.geo_precision).toBe(3);
  });
});

describe('distances after the place', () => {
  it('reads "جنوب سبها بنحو 40 كم"', () => {
    const mention = only('اشتباكات جنوب سبها بنحو 40 كم');
    expect(mention.relation).toBe('south');
    expect(mention.distance_km).toBe(40);
    expect(mention.text).toBe('جنوب سبها بنحو 40 كم');
  });

  it('does not read a count of people as a distance ("غرب طرابلس 3 قتلى")', () => {
    expect(only('اشتباكات غرب طرابلس 3 قتلى').distance_km).toBeNull();
  });
});

describe('locating clauses and foreign places', () => {
  it('does not rewrite a foreign place followed by a locating clause', () => {
    const found = geocode('غوام الواقعة جنوب طرابلس');
    expect(found[0]?.foreign?.id).toBe('gu-guam');
  });
});
