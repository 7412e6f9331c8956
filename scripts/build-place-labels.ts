/**
 * Builds the basemap's place labels (data/basemap/places.json) from the gazetteer (data/gazetteer/libya.json):
 * every city, town, base, oil facility, crossing and neighbourhood, with Arabic and Latin names and a rank that
 * decides from which zoom level it is labelled. Run: npx tsx scripts/build-place-labels.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GazetteerData, PlaceKind } from '../src/pipeline/geo/gazetteer-types';

const root = join(import.meta.dirname, '..');
const gazetteer = JSON.parse(
  readFileSync(join(root, 'data', 'gazetteer', 'libya.json'), 'utf8'),
) as GazetteerData;

/** The three largest cities are labelled at every zoom. */
const LARGEST = new Set(['ly-tripoli', 'ly-benghazi', 'ly-misrata']);
/** Zoom-in rank per kind: a label shows when rank <= 1 + zoom. Villages and regions are not labelled. */
const RANK: Partial<Record<PlaceKind, number>> = {
  city: 3,
  town: 5,
  base: 6,
  oil_facility: 6,
  crossing: 6,
  neighbourhood: 9,
};

const features: Feature<Point>[] = [];
for (const place of gazetteer.places) {
  const rank = LARGEST.has(place.id) ? 1 : RANK[place.kind];
  if (rank === undefined) continue;
  features.push({
    type: 'Feature',
    properties: { id: place.id, name_ar: place.name_ar, name_en: place.name_en, kind: place.kind, rank },
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
  });
}
features.sort((a, b) => Number(a.properties?.['rank']) - Number(b.properties?.['rank']));

const output: FeatureCollection & { about: string } = {
  about:
    'Place labels built from data/gazetteer/libya.json by scripts/build-place-labels.ts (sources: see the gazetteer).',
  type: 'FeatureCollection',
  features,
};
writeFileSync(join(root, 'data', 'basemap', 'places.json'), JSON.stringify(output));
console.log(`wrote data/basemap/places.json with ${features.length} labels`);
