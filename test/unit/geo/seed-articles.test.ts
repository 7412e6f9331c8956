import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/pipeline/geo/geodesy.ts';
import { geocode, type Found } from './fixture.ts';

/** The seed articles as the repository keeps them (test/fixtures/seeds, copies of shared/seeds). */
const seeds = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');

function seed(name: string): string {
  return readFileSync(join(seeds, name), 'utf8');
}

function near(found: Found[], lat: number, lon: number, radius: number): Found | undefined {
  return found.find(
    (mention) =>
      mention.lat !== null &&
      mention.lon !== null &&
      distanceKm(mention.lat, mention.lon, lat, lon) <= radius,
  );
}

const articleAB = seed('000_d9f07bdb5968e1f1.txt');
const articleC = seed('003_a3f57f7face62d70.txt');

describe('the places of the seed articles', () => {
  it('finds the strike near Murzuq with precision 2', () => {
    const found = geocode(articleAB);
    const murzuq = found.find((mention) => mention.place?.id === 'ly-murzuq');
    expect(murzuq?.relation).toBe('near');
    expect(murzuq?.geo_precision).toBe(2);
  });

  it('finds al-Washka and Qasr bin Ghashir at their gold points', () => {
    const found = geocode(articleAB);
    expect(near(found, 31.3, 15.6, 60)?.place?.id).toBe('ly-washka');
    expect(near(found, 32.68, 13.18, 15)?.place?.id).toBe('ly-qasr-bin-ghashir');
  });

  it('never places the Guam caption in Libya', () => {
    const found = geocode(articleAB);
    expect(found.find((mention) => mention.text.includes('غوام'))?.place).toBeNull();
  });

  it('places Wadi al Hatiya about 40 km before Al Qatrun and southern Libya in Fezzan', () => {
    const found = geocode(articleC);
    const hatiya = found.find((mention) => mention.text.includes('الحطية'));
    expect(hatiya?.geo_precision).toBe(2);
    expect(distanceKm(hatiya?.lat ?? 0, hatiya?.lon ?? 0, 25.2, 14.55)).toBeLessThan(70);
    const south = found.filter((mention) => mention.text.includes('جنوب البلاد'));
    expect(south.length).toBeGreaterThan(0);
    for (const mention of south) {
      expect(mention.geo_precision).toBe(3);
      expect(distanceKm(mention.lat ?? 0, mention.lon ?? 0, 26.5, 14.0)).toBeLessThan(450);
    }
  });

  it('treats the glued dateline of article C as a dateline', () => {
    const found = geocode(articleC);
    const dateline = found.filter((mention) => mention.isDateline);
    expect(dateline.map((mention) => mention.place?.id ?? mention.foreign?.id)).toEqual([
      'us-washington',
      'ly-tripoli',
    ]);
  });
});
