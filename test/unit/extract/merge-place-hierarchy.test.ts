import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildPlaceHierarchy,
  placeHierarchyData,
  type PlaceOfReport,
} from '../../../src/pipeline/extract/place-hierarchy.ts';
import type { GazetteerData, Place } from '../../../src/pipeline/geo/gazetteer-types.ts';
import { repositoryRoot } from './resources.ts';

const gazetteer = JSON.parse(
  readFileSync(join(repositoryRoot, 'data', 'gazetteer', 'libya.json'), 'utf8'),
) as GazetteerData;
const hierarchy = buildPlaceHierarchy(gazetteer.places);
const byId = new Map(gazetteer.places.map((place) => [place.id, place]));

function at(id: string): PlaceOfReport {
  const place = byId.get(id) as Place;
  return { place_id: place.id, admin1: place.admin1, latitude: place.lat, longitude: place.lon };
}

describe('the place facts the app carries for the merge', () => {
  it('are those of the gazetteer (run the generator in place-hierarchy.ts again when it changes)', () => {
    const carried: unknown = JSON.parse(
      readFileSync(join(repositoryRoot, 'src', 'pipeline', 'extract', 'place-hierarchy-data.json'), 'utf8'),
    );
    expect(carried).toEqual(placeHierarchyData(gazetteer.places));
  });
});

describe('which places lie inside which', () => {
  it('puts Tripoli districts inside Tripoli, but not Janzour (another district) or Qasr bin Ghashir (23 km)', () => {
    expect(hierarchy.contains(at('ly-tripoli'), at('ly-tripoli-abu-salim'))).toBe(true);
    expect(hierarchy.contains(at('ly-tripoli'), at('ly-tripoli-ain-zara'))).toBe(true);
    expect(hierarchy.contains(at('ly-tripoli'), at('ly-tripoli-janzour'))).toBe(false);
    expect(hierarchy.contains(at('ly-tripoli'), at('ly-qasr-bin-ghashir'))).toBe(false);
  });

  it('puts a locality placed at its parent inside the parent, and never one district inside another', () => {
    expect(hierarchy.contains(at('ly-benghazi'), at('ly-benghazi-sabri'))).toBe(true);
    expect(hierarchy.contains(at('ly-benghazi-ganfouda'), at('ly-benghazi-sabri'))).toBe(false);
    expect(hierarchy.contains(at('ly-tripoli-abu-salim'), at('ly-tripoli-ain-zara'))).toBe(false);
    expect(hierarchy.contains(at('ly-tripoli-abu-salim'), at('ly-tripoli-abu-salim'))).toBe(false);
  });

  it('puts places inside the regions that reach them', () => {
    expect(hierarchy.contains(at('ly-region-fezzan'), at('ly-murzuq'))).toBe(true);
    expect(hierarchy.contains(at('ly-region-fezzan'), at('ly-benghazi'))).toBe(false);
  });
});
